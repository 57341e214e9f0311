// mistakes: 1
// A newtype over a `Box<dyn Shout>` conforms through its own inherent methods, not through
// the box's trait impl: the message says how to delegate to the field instead.
use protocol::{conforms, protocol};

#[protocol]
pub trait Shout {
    fn shout(&self) -> String;
}

#[conforms(Shout)]
pub struct Loud(Box<dyn Shout>);

fn main() {}
