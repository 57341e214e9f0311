//! Run-time checks (section 5 of the contract): `cast::<dyn P>(&dyn Any)`, Python's
//! `isinstance(x, P)` for a `@runtime_checkable` protocol.
//!
//! How it works: each registration (`register!`, or the code `#[conforms]` generates for a
//! `runtime_checkable` protocol) adds one [`Entry`] to a distributed slice, which the linker
//! gathers from every crate of the program — no code runs before `main`. The first lookup
//! builds a hash table from the slice, keyed by the pair of `TypeId`s (protocol, concrete
//! type); each lookup after it is one hash of two words and one probe.

mod checkable;
mod register;

pub use checkable::RuntimeCheckable;

#[cfg(feature = "std")]
mod cast;
// The unchecked casts behind a registry hit, sound by construction of the registry's
// entries: the module's documentation states the invariant.
#[cfg(feature = "std")]
#[allow(unsafe_code)]
mod caster;
#[cfg(feature = "std")]
mod entry;
#[cfg(feature = "std")]
mod hasher;
#[cfg(feature = "std")]
mod table;

#[cfg(feature = "std")]
pub use cast::{cast, cast_box, cast_mut, conforms_to};
#[cfg(feature = "std")]
pub use checkable::AnyObject;

/// The items `register!` names in the code it generates.
#[cfg(feature = "std")]
pub(crate) mod private {
    pub use super::entry::{Conformance, Entry};
    pub use super::table::{Registry, CONFORMANCES};
    pub use linkme;
}
