//! What one registration puts in the registry: an [`Entry`] naming a protocol, a concrete
//! type and the casts between them.

use core::any::{Any, TypeId};
use std::boxed::Box;

use super::caster::CasterOf;
#[allow(unused_imports)] // named in the docs
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
    /// (`register!` checks that it is [`RuntimeCheckable`] first, once, at the user's path.)
    type Protocol: ?Sized + 'static;
    /// The registered type.
    type Concrete: Any;
    /// `concrete as &dyn P`.
    fn as_protocol(concrete: &Self::Concrete) -> &Self::Protocol;
    /// `concrete as &mut dyn P`.
    fn as_protocol_mut(concrete: &mut Self::Concrete) -> &mut Self::Protocol;
    /// `concrete as Box<dyn P>`.
    fn into_protocol(concrete: Box<Self::Concrete>) -> Box<Self::Protocol>;
}

/// One element of the registry's distributed slice.
///
/// Made only by [`Entry::new`], from one [`Conformance`]: the two `TypeId`s and the casts
/// all come from the same `C`, which is what makes the registry's unchecked casts sound
/// (see the `caster` module).
pub struct Entry {
    pub(crate) protocol: fn() -> TypeId,
    pub(crate) concrete: fn() -> TypeId,
    /// A `&'static Caster<C::Protocol>` for `C::Concrete`, its type erased.
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
