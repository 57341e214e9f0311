#![doc = include_str!("../README.md")]
#![no_std]

/// Declares a protocol: a trait that types conform to by having its members.
///
/// The trait is emitted unchanged, with `#[diagnostic::on_unimplemented]` so that a
/// non-conforming type reads "`Rock` does not conform to protocol `EatsBread`" and lists the
/// required members, and with a hidden *signature carrier*, reachable by the trait's own
/// path, through which `#[conforms]` and [`members!`] read the trait's definition from any
/// module or crate.
///
/// ```
/// use protocol::{conforms, protocol};
///
/// #[protocol]
/// pub trait EatsBread {
///     fn eat_bread(&self) -> String;
///     fn crumbs(&self) -> usize { 0 } // a default: optional to provide
/// }
///
/// pub struct Duck;
///
/// #[conforms(EatsBread)]
/// impl Duck {
///     pub fn eat_bread(&self) -> String { "quack".into() }
/// }
///
/// fn feed(animal: &impl EatsBread) -> usize { animal.eat_bread().len() + animal.crumbs() }
/// assert_eq!(feed(&Duck), 5);
/// ```
///
/// Any trait works: generic parameters (type, lifetime, const), where clauses, supertraits,
/// associated types and consts, `async fn`, `unsafe fn`, receivers of every kind, `#[cfg]`
/// on items, any visibility, and traits declared inside a function body.
///
/// Options:
///
/// - `forward(&, &mut, Box, Rc, Arc)`: the pointer kinds that conform when their pointee
///   does. Without the option, every kind that can forward all members is generated;
///   `forward()` generates none. Asking for a kind a member prevents is an error naming the
///   member. What each pointer can pass on to its pointee:
///
///   | member | `&T` | `&mut T` | `Box<T>` | `Rc<T>`, `Arc<T>` | why not |
///   |---|:-:|:-:|:-:|:-:|---|
///   | `&self` method | ✅ | ✅ | ✅ | ✅ | |
///   | `&mut self` method | — | ✅ | ✅ | — | shared pointers give no `&mut` to the pointee |
///   | `self` method | — | — | ✅ (`T: Sized`) | — | only a `Box` can give its pointee up |
///   | `self: Pin<&mut Self>` method | — | ✅ (`T: Unpin`) | ✅ (`T: Unpin`) | — | as futures and tokio forward `poll_next`, `poll_read`: pinning the pointee anew needs it `Unpin` |
///   | `self: Box<Self>`, `Rc<Self>` … | — | — | — | — | the pointer is not that box |
///   | associated type, const, fn | ✅ | ✅ | ✅ | ✅ | `type X = T::X;`, `const C: … = T::C;`, a call of `T`'s |
///   | `Self` itself outside the receiver (`-> Self`, `other: &Self`) | — | — | — | — | it would be the pointer, not the pointee (`Self::Item` is fine) |
///   | a supertrait's `Self::V` | — | — | — | — | the pointer's own impl of the supertrait decides it |
///
///   A protocol with `self: Pin<&mut Self>` methods whose other members are `&self` methods
///   and associated types is also implemented for `Pin<P>` where `P: DerefMut + Unpin` and
///   `P::Target` conforms.
/// - `callback`: every closure and `fn` with the one required method's signature conforms
///   (for every value of the protocol's own type and const parameters).
/// - `no_implicit_prelude`: for a trait declared inside a `#[no_implicit_prelude]` module,
///   where rustc resolves no tool attribute (`diagnostic::`, `rustfmt::` …); leaves out the
///   `on_unimplemented` attribute, which could not compile there.
/// - `crate = path`: where this crate is, when it is re-exported under another name (only
///   `runtime_checkable` names it).
/// - `runtime_checkable`: `dyn P` can be cast to from `dyn Any` at run time (`cast` and
///   its siblings); `#[conforms]` and `conform!` register every conformance of a non-generic
///   type, `register!` the rest. The trait must be dyn-compatible: each member that keeps
///   `dyn P` from existing is an error that names it. A hand-written `impl P for T` that is
///   not registered is *not* a compile error (nothing can detect it: see "What is not
///   found" in [`cast`]); `cast` answers `None` for it until `register!(T: P)` is written.
///
/// - `open`: the protocol is implemented for every type that publishes its members with
///   [`methods`] (and for pointers to one), so `feed(&duck)` compiles with no conformance
///   line; `open(dyn)` also makes `dyn P` publish P's members, so `Box<dyn P>` conforms and a
///   `dyn P3` conforms to every open protocol whose members `P3` has. Every member is then
///   required, those with a default included. `open` excludes `callback`, `forward(...)`
///   and `runtime_checkable`.
///
/// Every protocol but a callback protocol or an intersection is also implemented for
/// [`Open<T>`](Open) wherever `T` publishes its members.
///
/// Inside the trait, `#[field]` marks a method that a struct field of its name can supply
/// (`fn x(&self) -> &T`, `fn x(&self) -> T`, `fn x_mut(&mut self) -> &mut T`,
/// `fn set_x(&mut self, value: T)`), and `#[keep_default]` a method with a default body
/// that forwarding impls leave to its default instead of passing it to the pointee (so that
/// its `where Self: Clone`-style bounds ask nothing of the pointee).
#[doc(inline)]
pub use protocol_macros::protocol;

/// Makes the type of an inherent `impl` block conform to one or more protocols, checking
/// every member against the protocol's signature.
///
/// ```
/// use protocol::{conforms, protocol};
///
/// #[protocol]
/// pub trait Source<T> {
///     fn get(&self) -> T;
/// }
///
/// #[protocol]
/// pub trait Named {
///     fn name(&self) -> String;
/// }
///
/// pub struct Counter(u32);
///
/// #[conforms(Source, Named)] // `Source<u32>` is inferred from `get`
/// impl Counter {
///     pub fn get(&self) -> u32 { self.0 }
///     pub fn name(&self) -> String { format!("counter at {}", self.0) }
///     pub fn reset(&mut self) { self.0 = 0 } // not a member: stays an inherent method
/// }
///
/// fn read(source: &impl Source<u32>) -> u32 { source.get() }
/// assert_eq!(read(&Counter(7)), 7);
/// assert_eq!(Counter(7).name(), "counter at 7"); // no trait import needed
/// ```
///
/// The block's methods stay inherent; the generated trait impl repeats each member's
/// signature, with your tokens, and calls your method. A wrong receiver, number of
/// arguments or of generic parameters, `async` or `unsafe` is reported at your token with the
/// protocol's signature, a wrong type by rustc with expected and found. Missing members are
/// listed in one error with the signatures to write, and a near-miss name is pointed out (a
/// near miss of an *optional* member is a warning: see [`inherent`]):
///
/// ```text
/// error: `Duck` does not conform to protocol `EatsBread`: missing `fn eat_bread(&self) -> String`
/// error: `eat_bred` is similar to `eat_bread`: did you mean the member `fn eat_bread(&self) -> String` of protocol `EatsBread`?
/// ```
///
/// On a struct, enum or union, `#[conforms(P)]` makes the type conform through its
/// *inherent* methods, wherever they are written, and its fields for `#[field]` members (see
/// [`conform!`] for the rules, which are the same):
///
/// ```
/// use protocol::{conforms, protocol};
///
/// #[protocol]
/// pub trait Named {
///     #[field]
///     fn name(&self) -> &str;
///     fn greet(&self) -> String;
/// }
///
/// #[conforms(Named)]
/// pub struct User { name: String }
///
/// impl User {
///     pub fn greet(&self) -> String { format!("hi, {}", self.name) }
/// }
///
/// # fn main() {
/// let user = User { name: "Ann".into() };
/// assert_eq!((Named::name(&user), Named::greet(&user)), ("Ann", "hi, Ann".to_owned()));
/// # }
/// ```
///
/// `via` delegates instead: `#[conforms(P via field)]` (or `via 0`) passes every member the
/// type has no inherent method for to the field's conformance, and `#[conforms(P via
/// variants)]` on an enum dispatches each member to the value its variant holds:
///
/// ```
/// use protocol::{conforms, protocol};
///
/// #[protocol]
/// pub trait Area { fn area(&self) -> f64; }
///
/// pub struct Square(f64);
///
/// #[conforms(Area)]
/// impl Square { pub fn area(&self) -> f64 { self.0 * self.0 } }
///
/// #[conforms(Area via 0)]
/// pub struct Framed(Square, &'static str);
///
/// #[conforms(Area via variants)]
/// pub enum Tile { Plain(Square), Framed(Framed) }
///
/// # fn main() {
/// let tiles = [Tile::Plain(Square(2.0)), Tile::Framed(Framed(Square(3.0), "gold"))];
/// let total: f64 = tiles.iter().map(Area::area).sum();
/// assert_eq!(total, 13.0);
/// # }
/// ```
///
/// Generic arguments and associated types are written (`#[conforms(Source<u32>)]`,
/// `#[conforms(Container<Item = Book>)]`) or inferred from the block's signatures.
/// Associated consts are written in the block as inherent consts. `crate = path` names this
/// crate when it is re-exported under another name; `no_implicit_prelude` is for a
/// conformance written inside a `#[no_implicit_prelude]` module (a protocol declared with
/// that option passes it on by itself). With an `open` protocol, the conformance publishes
/// the members instead of implementing the trait.
#[doc(inline)]
pub use protocol_macros::conforms;

/// Makes types you do not own conform to a protocol through their inherent methods.
///
/// ```
/// use protocol::{conform, protocol};
/// use std::collections::{HashMap, VecDeque};
///
/// #[protocol]
/// pub trait Len {
///     fn len(&self) -> usize;
///     fn is_empty(&self) -> bool;
/// }
///
/// conform!(impl Len for String);
/// conform!(impl<T> Len for Vec<T>);
/// conform! {
///     impl<K, V, S> Len for HashMap<K, V, S>;
///     impl<T> Len for VecDeque<T>;
/// }
///
/// fn sizes(items: &[&dyn Len]) -> Vec<usize> {
///     items.iter().map(|i| i.len()).collect()
/// }
///
/// fn main() {
///     let words = String::from("abc");
///     assert_eq!(sizes(&[&words, &vec![1, 2], &VecDeque::<u8>::new()]), [3, 2, 0]);
/// }
/// ```
///
/// Write `conform!` (and struct-level `#[conforms]`) at module level: the types it names are
/// resolved in the module, so a `use` inside a function body is not seen.
///
/// Only inherent methods count: `conform!(impl Len for i32)` is an error naming `i32`, the
/// member and the protocol (an `i32` has a `to_string`, but only through a trait). A member
/// with a default is served by the inherent method of its name when the type has one, else
/// by the default:
///
/// ```
/// use protocol::{conform, protocol};
///
/// #[protocol]
/// pub trait Collection {
///     fn len(&self) -> usize;
///     fn is_empty(&self) -> bool { self.len() == 0 }         // `Vec` has its own
///     fn describe(&self) -> String { format!("{} items", self.len()) } // `Vec` has none
/// }
///
/// conform!(impl<T> Collection for Vec<T>);
///
/// # fn main() {
/// assert!(Collection::is_empty(&Vec::<u8>::new()));
/// assert_eq!(Collection::describe(&vec![1, 2]), "2 items");
/// # }
/// ```
///
/// When both
/// the protocol and the type are foreign, the orphan rule forbids the impl; the newtype form
/// defines an adapter type instead, with `Deref`, `DerefMut` and `From`:
///
/// ```
/// # mod other { #[protocol::protocol] pub trait Len { fn len(&self) -> usize; } }
/// protocol::conform!(impl other::Len for pub struct Text(String));
///
/// fn main() {
///     let text = Text::from(String::from("hello"));
///     assert_eq!(other::Len::len(&text), 5);
///     assert_eq!(text.to_uppercase(), "HELLO"); // through `Deref`
/// }
/// ```
#[doc(inline)]
pub use protocol_macros::conform;

/// Checks at compile time that types conform to protocols; emits no run-time code.
///
/// ```
/// use protocol::{assert_conforms, conforms, protocol};
///
/// #[protocol]
/// pub trait Len {
///     fn len(&self) -> usize;
/// }
///
/// pub struct Stack<T>(Vec<T>);
///
/// #[conforms(Len)]
/// impl<T: Clone> Stack<T> {
///     pub fn len(&self) -> usize { self.0.len() }
/// }
///
/// assert_conforms!(Stack<u8>: Len);
/// assert_conforms!(for<T: Clone> Stack<T>: Len);
/// ```
///
/// Several protocols are separated by `,` or `+`, several assertions by `;`. A failed check
/// reads "`Rock` does not conform to protocol `Len`" at the type.
#[doc(inline)]
pub use protocol_macros::assert_conforms;

/// The members of a protocol, as a `&'static [Member]`, in declaration order.
///
/// ```
/// use protocol::{protocol, MemberKind};
///
/// #[protocol]
/// pub trait Shape {
///     const SIDES: usize;
///     fn area(&self) -> f64;
///     fn describe(&self) -> String { String::from("a shape") }
/// }
///
/// let members = protocol::members!(Shape);
/// assert_eq!(members.len(), 3);
/// assert_eq!(members[1].signature, "fn area(&self) -> f64");
/// assert_eq!(members[1].kind, MemberKind::Method);
/// assert!(!members[2].required);
/// ```
///
/// Supertraits' members are not repeated: each supertrait has its own list. The list is a
/// constant, usable in `const` items. `members!(path, crate = my::protocol)` names this
/// crate when it is re-exported under another name.
#[doc(inline)]
pub use protocol_macros::members;

pub use protocol_core::{Member, MemberKind, Open};

/// Publishes a type's `pub` members for open conformance, naming no protocol.
///
/// On an inherent `impl` block it publishes each `pub` method (receivers `&self`,
/// `&mut self`, `self`, or none) and each `pub` associated const; on a struct, each `pub`
/// named field. The item itself is unchanged. A published type conforms, wrapped in
/// [`Open`], to every protocol whose members it has, and directly to every
/// `#[protocol(open)]` protocol:
///
/// ```
/// use protocol::{protocol, Open};
///
/// #[protocol(open)]
/// pub trait Named {
///     fn name(&self) -> &str;
/// }
///
/// pub struct Duck { name: String }
///
/// #[protocol::methods]
/// impl Duck {
///     pub fn name(&self) -> &str { &self.name }
/// }
///
/// fn greet(who: &impl Named) -> String { format!("hello, {}", who.name()) }
/// assert_eq!(greet(&Duck { name: "Donald".into() }), "hello, Donald");
/// ```
///
/// Not published: methods with type or const parameters or `impl Trait` arguments (a
/// capability is one function), `async fn` and methods returning `impl Trait` (their types
/// cannot be named), `unsafe fn`, receivers such as `self: Box<Self>`, and anything not
/// `pub`. Options: `crate = path` (this crate re-exported under another name) and
/// `no_implicit_prelude` (accepted for symmetry; nothing generated needs it).
#[doc(inline)]
pub use protocol_macros::methods;

/// Says that a method of a `#[conforms]` impl block is an ordinary method, not a misspelt
/// optional member: `#[conforms]` warns at a method whose name is close to an optional
/// member's that the block does not write (`thnaks` for `thanks`), since the protocol's
/// default would then run silently; this attribute silences that warning.
///
/// ```
/// use protocol::{conforms, protocol};
///
/// #[protocol]
/// pub trait Polite {
///     fn greet(&self) -> String;
///     fn thanks(&self) -> String { "thanks".into() }
/// }
///
/// pub struct Bank;
///
/// #[conforms(Polite)]
/// impl Bank {
///     pub fn greet(&self) -> String { "hello".into() }
///     #[protocol::inherent] // `tanks` is meant, not a misspelt `thanks`
///     pub fn tanks(&self) -> u32 { 2 }
/// }
/// # fn main() { assert_eq!(Polite::thanks(&Bank), "thanks"); }
/// ```
#[doc(inline)]
pub use protocol_macros::inherent;

pub use protocol_core::RuntimeCheckable;
#[cfg(feature = "std")]
pub use protocol_core::{cast, cast_box, cast_mut, conforms_to, AnyObject};

mod register;

#[doc = include_str!("../docs/python.md")]
pub mod coming_from_python {}

#[doc = include_str!("../docs/guide.md")]
pub mod guide {}

/// Items that generated code names by absolute path. Not public API.
#[doc(hidden)]
pub mod __private {
    pub use protocol_core::__private::*;
    pub use protocol_macros::{
        __adapter_callback, __conforms_callback, __members_callback, __register_one,
    };
}
