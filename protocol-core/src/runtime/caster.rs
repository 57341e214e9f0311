//! The casts of one conformance, and the crate's only `unsafe` code.
//!
//! The invariant everything here rests on: an [`Entry`](super::entry::Entry) is made only by
//! `Entry::new::<C>`, which sets its `protocol` to `TypeId::of::<C::Protocol>`, its
//! `concrete` to `TypeId::of::<C::Concrete>` and its `caster` to `CasterOf::<C>::CASTER`, a
//! `&'static Caster<C::Protocol>` whose functions take a `C::Concrete`. The registry stores
//! each `caster` under the key `(protocol, concrete)` of its own entry. So a caster found
//! under `(TypeId::of::<P>(), value.type_id())` is a `Caster<P>`, and its functions take
//! exactly the value's concrete type: the pointer casts below are the ones `downcast_ref`
//! would make, without asking the value's vtable for its `TypeId` a second time.

use core::any::{Any, TypeId};
use core::marker::PhantomData;
use core::ptr;
use std::boxed::Box;

use super::entry::Conformance;
use super::table::Registry;

/// The casts from a type-erased value of one concrete type to `P`.
pub(crate) struct Caster<P: ?Sized + 'static> {
    shared: unsafe fn(&dyn Any) -> &P,
    unique: unsafe fn(&mut dyn Any) -> &mut P,
    boxed: unsafe fn(Box<dyn Any>) -> Box<P>,
}

/// Holds the one `Caster` of a conformance, as a constant (so a `&'static` to it needs no
/// `static` item and no allocation).
pub(crate) struct CasterOf<C>(PhantomData<C>);

impl<C: Conformance> CasterOf<C> {
    pub(crate) const CASTER: &'static Caster<C::Protocol> = &Caster {
        shared: shared::<C>,
        unique: unique::<C>,
        boxed: boxed::<C>,
    };
}

/// # Safety
///
/// The concrete type of `any` is `C::Concrete`.
unsafe fn shared<C: Conformance>(any: &dyn Any) -> &C::Protocol {
    debug_assert!(any.is::<C::Concrete>());
    // SAFETY: the caller's promise: this is `downcast_ref_unchecked`.
    C::as_protocol(unsafe { &*ptr::from_ref(any).cast::<C::Concrete>() })
}

/// # Safety
///
/// The concrete type of `any` is `C::Concrete`.
unsafe fn unique<C: Conformance>(any: &mut dyn Any) -> &mut C::Protocol {
    debug_assert!(any.is::<C::Concrete>());
    // SAFETY: the caller's promise: this is `downcast_mut_unchecked`.
    C::as_protocol_mut(unsafe { &mut *ptr::from_mut(any).cast::<C::Concrete>() })
}

/// # Safety
///
/// The concrete type of `any` is `C::Concrete`.
unsafe fn boxed<C: Conformance>(any: Box<dyn Any>) -> Box<C::Protocol> {
    debug_assert!(any.is::<C::Concrete>());
    // SAFETY: the caller's promise: this is `Box::downcast_unchecked`.
    C::into_protocol(unsafe { Box::from_raw(Box::into_raw(any).cast::<C::Concrete>()) })
}

/// The caster stored under `(TypeId::of::<P>(), concrete)`, its type restored.
///
/// # Safety
///
/// `erased` was found in a [`Registry`] under a key whose first `TypeId` is `P`'s.
unsafe fn restore<P: ?Sized + 'static>(erased: &'static (dyn Any + Sync)) -> &'static Caster<P> {
    debug_assert!(<dyn Any>::is::<Caster<P>>(erased));
    // The pointer came from a `&Caster<P>`, so it is aligned for one.
    #[allow(clippy::cast_ptr_alignment)]
    let caster = ptr::from_ref::<dyn Any + Sync>(erased).cast::<Caster<P>>();
    // SAFETY: by the module's invariant, the pointee is a `Caster<P>`, alive for the whole
    // program.
    unsafe { &*caster }
}

impl Registry {
    /// [`cast`](crate::cast), against this table.
    #[inline]
    #[must_use]
    pub fn cast<'a, P: ?Sized + 'static>(&self, any: &'a dyn Any) -> Option<&'a P> {
        let erased = self.find(TypeId::of::<P>(), any.type_id())?;
        // SAFETY: found under `(P, the concrete type of any)`; see the module's invariant.
        Some(unsafe { (restore::<P>(erased).shared)(any) })
    }

    /// [`cast_mut`](crate::cast_mut), against this table.
    #[inline]
    #[must_use]
    pub fn cast_mut<'a, P: ?Sized + 'static>(&self, any: &'a mut dyn Any) -> Option<&'a mut P> {
        let erased = self.find(TypeId::of::<P>(), (*any).type_id())?;
        // SAFETY: found under `(P, the concrete type of any)`; see the module's invariant.
        Some(unsafe { (restore::<P>(erased).unique)(any) })
    }

    /// [`cast_box`](crate::cast_box), against this table.
    ///
    /// # Errors
    ///
    /// The box, when its value's type has no conformance to `P` in the table.
    #[inline]
    pub fn cast_box<P: ?Sized + 'static>(&self, any: Box<dyn Any>) -> Result<Box<P>, Box<dyn Any>> {
        match self.find(TypeId::of::<P>(), (*any).type_id()) {
            // SAFETY: found under `(P, the concrete type of any)`; see the module's invariant.
            Some(erased) => Ok(unsafe { (restore::<P>(erased).boxed)(any) }),
            None => Err(any),
        }
    }
}
