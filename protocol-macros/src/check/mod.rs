//! Checks of a conformance against its protocol: which members the block supplies and which
//! it misses, the protocol's generic arguments, and the messages for each mistake.

pub(crate) mod dyn_compat;
pub(crate) mod forward;
pub(crate) mod infer;
pub(crate) mod members;
pub(crate) mod shape;
pub(crate) mod similar;
pub(crate) mod subst;
