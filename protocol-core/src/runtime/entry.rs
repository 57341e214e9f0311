//! What one registration puts in the registry: an [`Entry`] naming a protocol, a concrete
//! type and the [`Caster`] between them.

use core::any::{Any, TypeId};
use core::marker::PhantomData;
use std::boxed::Box;

use super::RuntimeCheckable;

/// One conformance of a concrete type to a protocol, as `register!` declares it.
///
/// The macro implements it for a unit struct of its own, in the crate that registers, where
/// the concrete type is known: the three functions are where `Concrete` is unsized into
/// `dyn P` (which generic code cannot do on stable Rust). Everything else about the cast is
/// written once, here, from this impl, so the protocol and the concrete type of an
/// [`Entry`] always come from the same registration.
pub trait Conformance: 'static {
    /// `dyn P`.
    type Protocol: ?Sized + RuntimeCheckable;
    /// The registered type.
    type Concrete: Any;
    /// `concrete as &dyn P`.
    fn as_protocol(concrete: &Self::Concrete) -> &Self::Protocol;
    /// `concrete as &mut dyn P`.
    fn as_protocol_mut(concrete: &mut Self::Concrete) -> &mut Self::Protocol;
    /// `concrete as Box<dyn P>`.
    fn into_protocol(concrete: Box<Self::Concrete>) -> Box<Self::Protocol>;
}

/// The casts from a type-erased value to `P`, for one concrete type.
pub(crate) struct Caster<P: ?Sized + 'static> {
    pub(crate) shared: fn(&dyn Any) -> Option<&P>,
    pub(crate) unique: fn(&mut dyn Any) -> Option<&mut P>,
    pub(crate) boxed: BoxCast<P>,
}

/// The `Box` cast: `Err` gives the box back.
type BoxCast<P> = fn(Box<dyn Any>) -> Result<Box<P>, Box<dyn Any>>;

/// Holds the one `Caster` of a conformance, as a constant (so a `&'static` to it needs no
/// `static` item and no allocation).
struct CasterOf<C>(PhantomData<C>);

impl<C: Conformance> CasterOf<C> {
    const CASTER: &'static Caster<C::Protocol> = &Caster {
        shared: |any| any.downcast_ref().map(C::as_protocol),
        unique: |any| any.downcast_mut().map(C::as_protocol_mut),
        boxed: |any| any.downcast().map(C::into_protocol),
    };
}

/// One element of the registry's distributed slice.
///
/// Made only by [`Entry::new`], from one [`Conformance`]: the protocol's `TypeId` and the
/// caster's type both come from `C::Protocol`, which is what makes the registry's one
/// `unsafe` block sound.
pub struct Entry {
    pub(crate) protocol: fn() -> TypeId,
    pub(crate) concrete: fn() -> TypeId,
    /// A `&'static Caster<C::Protocol>`, its type erased.
    pub(crate) caster: &'static (dyn Any + Sync),
}

impl Entry {
    /// The entry for the conformance `C`.
    #[must_use]
    pub const fn new<C: Conformance>() -> Self {
        Self {
            protocol: TypeId::of::<C::Protocol>,
            concrete: TypeId::of::<C::Concrete>,
            caster: CasterOf::<C>::CASTER,
        }
    }
}
