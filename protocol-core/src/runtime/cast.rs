//! The casts: Python's `isinstance(x, P)` for a `@runtime_checkable` protocol.

use std::any::Any;
use std::boxed::Box;

use super::table::Registry;
use super::{AnyObject, RuntimeCheckable};

/// Casts a type-erased reference to the protocol `P`, if its concrete type registered a
/// conformance to `P`: `isinstance(x, P)` that hands back the typed view.
///
/// `P` is `dyn Protocol` for a protocol declared with `#[protocol(runtime_checkable)]`;
/// conformances are registered by `#[conforms]` and `conform!` (of non-generic types) and
/// by [`register!`](crate::register). The lookup costs O(1) in the number of
/// registrations. Unlike Python's `isinstance`, which checks member names only, a hit
/// means every signature was checked at compile time.
///
/// ```
/// use std::any::Any;
/// use protocol::{conforms, protocol};
///
/// #[protocol(runtime_checkable)]
/// pub trait Quacks { fn quack(&self) -> String; }
///
/// pub struct Duck;
///
/// #[conforms(Quacks)] // registers `Duck: Quacks`
/// impl Duck { pub fn quack(&self) -> String { "quack".into() } }
///
/// pub struct Rock;
///
/// let pond: Vec<Box<dyn Any>> = vec![Box::new(Duck), Box::new(Rock)];
/// let sounds: Vec<String> = pond
///     .iter()
///     .filter_map(|thing| protocol::cast::<dyn Quacks>(thing.as_ref()))
///     .map(|quacker| quacker.quack())
///     .collect();
/// assert_eq!(sounds, ["quack"]);
/// ```
///
/// Pass a `dyn Any` (`dyn Any + Send`, `dyn Any + Send + Sync`) or any plain `'static`
/// value (`cast::<dyn Quacks>(&duck)`); a `&Box<dyn Any>` is looked through to the boxed
/// value (see [`AnyObject`]).
///
/// # What is not found
///
/// A miss means the value's type has no *registered* conformance to `P`, which is not
/// always "does not conform":
///
/// - **A hand-written `impl P for T`** is found only once `register!(T: P)` is written
///   beside it. Nothing can make its absence a compile error: Rust cannot see an impl from
///   a macro elsewhere, and a hidden supertrait that only registrations implement would
///   conflict (E0119) with `register!` of an instantiation of a generic conformance, which
///   needs the same supertrait for every instantiation. Prefer `#[conforms]` or `conform!`,
///   which register for you.
/// - **An instantiation of a generic type** (`Stack<u8>`) is found once registered by name,
///   `register!(Stack<u8>: P)`: rustc only creates instantiations where code uses them, and
///   a registration is code.
/// - `Open<T>` and pointers (`&T`, `Box<T>` …) are types of their own: register them by
///   name too.
#[inline]
#[must_use]
pub fn cast<P: ?Sized + RuntimeCheckable>(any: &(impl AnyObject + ?Sized)) -> Option<&P> {
    Registry::global().cast(any.__as_any())
}

/// Like [`cast`], for a mutable reference.
///
/// ```
/// use std::any::Any;
/// use protocol::{conforms, protocol};
///
/// #[protocol(runtime_checkable)]
/// pub trait Counter { fn bump(&mut self) -> u32; }
///
/// pub struct Clicks(u32);
///
/// #[conforms(Counter)]
/// impl Clicks { pub fn bump(&mut self) -> u32 { self.0 += 1; self.0 } }
///
/// let mut clicks = Clicks(0);
/// let any: &mut dyn Any = &mut clicks;
/// protocol::cast_mut::<dyn Counter>(any).unwrap().bump();
/// assert_eq!(clicks.0, 1);
/// ```
#[inline]
#[must_use]
pub fn cast_mut<P: ?Sized + RuntimeCheckable>(
    any: &mut (impl AnyObject + ?Sized),
) -> Option<&mut P> {
    Registry::global().cast_mut(any.__as_any_mut())
}

/// Like [`cast`], for an owned box: `Ok` with the same allocation as a `Box<P>`, or, when
/// the concrete type did not register a conformance to `P`, `Err` with the box given.
///
/// The box given back is a `Box<dyn Any>` whichever of `Box<dyn Any>`,
/// `Box<dyn Any + Send>` and `Box<dyn Any + Send + Sync>` was passed (a function called as
/// `cast_box::<dyn P>` has no name for the type it was given). To keep a `Send` box
/// `Send`, ask [`conforms_to`] first: then `cast_box` cannot fail.
///
/// ```
/// use std::any::Any;
/// use protocol::{conforms, protocol};
///
/// #[protocol(runtime_checkable)]
/// pub trait Quacks { fn quack(&self) -> String; }
///
/// pub struct Duck;
///
/// #[conforms(Quacks)]
/// impl Duck { pub fn quack(&self) -> String { "quack".into() } }
///
/// let duck: Box<dyn Any> = Box::new(Duck);
/// let duck: Box<dyn Quacks> = protocol::cast_box(duck).ok().unwrap();
/// assert_eq!(duck.quack(), "quack");
///
/// let number: Box<dyn Any> = Box::new(7_u8);
/// let number = protocol::cast_box::<dyn Quacks>(number).err().unwrap();
/// assert_eq!(number.downcast_ref::<u8>(), Some(&7));
/// ```
///
/// # Errors
///
/// The box, when its value's type did not register a conformance to `P`.
#[inline]
pub fn cast_box<P: ?Sized + RuntimeCheckable>(
    boxed: Box<impl AnyObject + ?Sized>,
) -> Result<Box<P>, Box<dyn Any>> {
    Registry::global().cast_box(boxed.__into_any())
}

/// Whether the value's concrete type registered a conformance to `P`: Python's
/// `isinstance(x, P)` as a `bool`.
///
/// ```
/// use std::any::Any;
/// use protocol::{conforms, protocol};
///
/// #[protocol(runtime_checkable)]
/// pub trait Quacks { fn quack(&self) -> String; }
///
/// pub struct Duck;
///
/// #[conforms(Quacks)]
/// impl Duck { pub fn quack(&self) -> String { "quack".into() } }
///
/// assert!(protocol::conforms_to::<dyn Quacks>(&Duck as &dyn Any));
/// assert!(!protocol::conforms_to::<dyn Quacks>(&"a str" as &dyn Any));
/// ```
#[inline]
#[must_use]
pub fn conforms_to<P: ?Sized + RuntimeCheckable>(any: &(impl AnyObject + ?Sized)) -> bool {
    Registry::global().contains::<P>((*any.__as_any()).type_id())
}
