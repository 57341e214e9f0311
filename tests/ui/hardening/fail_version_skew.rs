// mistakes: 7
//! Version skew across crates: the carrier's request (`P! { @protocol_v1 { callback } … }`)
//! and the definition it hands back (`{ @protocol_def_v1 trait … }`) are an interface
//! between crates that may be built by different copies of `protocol`. Each mismatch, as an
//! older or newer copy would produce it, is one clear error, not a parse failure deep in the
//! expansion: a request of another version to a carrier of this crate and of another crate,
//! an untagged request, and a definition of another version (or none) to each callback.
use protocol::protocol;

#[protocol]
pub trait EatsBread {
    fn eat_bread(&self) -> String;
}

pub struct Duck;

// A newer `#[conforms]` asks a carrier of this version.
EatsBread! { @protocol_v2 { ::protocol::__private::__conforms_callback } { ::protocol } { EatsBread } impl Duck {} }

// The same, to a protocol declared in another crate.
animals::EatsBread! { @protocol_v2 { ::protocol::__private::__conforms_callback } { ::protocol } { animals::EatsBread } impl Duck {} }

// A request with no version tag at all.
EatsBread! { { ::protocol::__private::__conforms_callback } { ::protocol } { EatsBread } impl Duck {} }

// A newer carrier answers the conformance callback of this version.
::protocol::__private::__conforms_callback! {
    { { ::protocol } { EatsBread } impl Duck {} }
    { @protocol_def_v2 pub trait EatsBread { fn eat_bread(&self) -> String; } }
}

// ... the adapter callback (struct-level `#[conforms]`, `conform!`).
::protocol::__private::__adapter_callback! {
    { { ::protocol } { EatsBread } { Duck } { } { } impl __ProtocolAdapter for Duck {} }
    { @protocol_def_v2 pub trait EatsBread { fn eat_bread(&self) -> String; } }
}

// ... and the `members!` callback.
const MEMBERS: &[protocol::Member] = ::protocol::__private::__members_callback! {
    { { ::protocol } { EatsBread } }
    { @protocol_def_v2 pub trait EatsBread { fn eat_bread(&self) -> String; } }
};

// An older carrier, whose definition has no version tag.
::protocol::__private::__conforms_callback! {
    { { ::protocol } { EatsBread } impl Duck {} }
    { pub trait EatsBread { fn eat_bread(&self) -> String; } }
}

fn main() {
    let _ = MEMBERS;
}
