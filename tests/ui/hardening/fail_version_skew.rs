// mistakes: 7
//! Version skew across crates: the carrier's request (`P! { @protocol_v1 { callback } … }`)
//! and the definition it hands back (`{ @protocol_def_v1 trait … }`) are an interface
//! between crates that may be built by different copies of `protocol`. Each mismatch, as an
//! older or newer copy would produce it, is one clear error, not a parse failure deep in the
//! expansion: a request of another version to a carrier of this crate and of another crate,
//! an untagged request, and a definition of another version (or none) to each callback.
//! The macros below stand for another copy's `#[conforms]` (a request) and carrier (an
//! answer): what they write, the user never sees.
use protocol::protocol;

#[protocol]
pub trait EatsBread {
    fn eat_bread(&self) -> String;
}

pub struct Duck;

/// The conformance callback, which these requests name (a carrier that understands them
/// calls it).
macro_rules! conforms_callback {
    ($($request:tt)*) => {
        ::protocol::__private::__conforms_callback! { $($request)* }
    };
}

/// A newer `#[conforms]`: a request tagged `protocol_v2`.
macro_rules! newer_conforms {
    ($($protocol:ident)::+ for $ty:ident) => {
        $($protocol)::+! {
            @protocol_v2 { conforms_callback }
            { ::protocol } { $($protocol)::+ } impl $ty {}
        }
    };
}

/// A request with no version tag at all.
macro_rules! untagged_conforms {
    ($protocol:ident for $ty:ident) => {
        $protocol! {
            { conforms_callback }
            { ::protocol } { $protocol } impl $ty {}
        }
    };
}

/// A newer carrier's answer, `protocol_def_v2`, to each callback of this version; `none` for
/// an older carrier, whose definition has no version tag.
macro_rules! newer_carrier {
    (conforms $protocol:ident for $ty:ident) => {
        ::protocol::__private::__conforms_callback! {
            { { ::protocol } { $protocol } impl $ty {} }
            { @protocol_def_v2 pub trait $protocol { fn eat_bread(&self) -> String; } }
        }
    };
    (adapter $protocol:ident for $ty:ident) => {
        ::protocol::__private::__adapter_callback! {
            { { ::protocol } { $protocol } { $ty } { } { }
              impl Adapter for $ty {} }
            { @protocol_def_v2 pub trait $protocol { fn eat_bread(&self) -> String; } }
        }
    };
    (members $protocol:ident) => {
        ::protocol::__private::__members_callback! {
            { { ::protocol } { $protocol } }
            { @protocol_def_v2 pub trait $protocol { fn eat_bread(&self) -> String; } }
        }
    };
    (none $protocol:ident for $ty:ident) => {
        ::protocol::__private::__conforms_callback! {
            { { ::protocol } { $protocol } impl $ty {} }
            { pub trait $protocol { fn eat_bread(&self) -> String; } }
        }
    };
}

// A newer `#[conforms]` asks a carrier of this version.
newer_conforms!(EatsBread for Duck);

// The same, to a protocol declared in another crate.
newer_conforms!(animals::EatsBread for Duck);

// A request with no version tag at all.
untagged_conforms!(EatsBread for Duck);

// A newer carrier answers the conformance callback of this version ...
newer_carrier!(conforms EatsBread for Duck);

// ... the adapter callback (struct-level `#[conforms]`, `conform!`) ...
newer_carrier!(adapter EatsBread for Duck);

// ... and the `members!` callback.
const MEMBERS: &[protocol::Member] = newer_carrier!(members EatsBread);

// An older carrier, whose definition has no version tag.
newer_carrier!(none EatsBread for Duck);

fn main() {
    let _ = MEMBERS;
}
