//! protocol
#![no_std]
pub use protocol_macros::{assert_conforms, conforms, members, protocol};
pub use protocol_core::{Member, MemberKind};
#[doc(hidden)]
pub mod __private {
    pub use protocol_core::__private::*;
    pub use protocol_macros::{__conforms_callback, __members_callback};
}
