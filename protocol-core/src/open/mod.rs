//! Open conformance: the capability traits a type's published members implement, the
//! [`Open`] adapter, and the capabilities of std types.
//!
//! A *capability* is one member published under its name: `#[protocol::methods]` on an
//! inherent `impl` block implements, for each `pub` method, one capability trait keyed by a
//! hash of the method's name ([`key`]). A protocol conforms a type through the capabilities
//! of its members' names and signatures, so neither side names the other.

mod capability;
mod pointers;
mod std_types;
mod wrapper;

pub use capability::{key, Assoc, Const, Mut, Reads, ReadsMut, Ref, Returns, Val, Yields};
pub use wrapper::Open;
