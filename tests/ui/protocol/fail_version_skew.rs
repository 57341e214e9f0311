// mistakes: 2
//! The signature carrier's grammar is an interface between crates that may be built by
//! different versions of this crate: a request or a definition in another version is a
//! clear error, not a parse failure deep inside the expansion.
use protocol::protocol;

#[protocol]
pub trait EatsBread {
    fn eat_bread(&self) -> String;
}

pub struct Duck;

// A request in a grammar this carrier does not know (as a future `#[conforms]` would send).
EatsBread! { @protocol_v99 { some::callback } { ::protocol } { EatsBread } impl Duck {} }

// A definition in a grammar this callback does not know (as a future carrier would send).
::protocol::__private::__conforms_callback! {
    { { ::protocol } { EatsBread } impl Duck {} }
    { @protocol_def_v99 pub trait EatsBread { fn eat_bread(&self) -> String; } }
}

fn main() {}
