// mistakes: 4
// Signature mistakes made through a struct-level `#[conforms]`: a wrong receiver, a wrong
// number of arguments and a wrong argument type are each one error naming the protocol and
// the declared signature, the method's own in the help line. A result borrowed from another
// argument than the protocol's is rustc's own check of lifetimes, at the protocol's name.
use protocol::{conforms, protocol};

#[protocol]
pub trait Swims {
    fn swim(&mut self, metres: u32);
    fn float(&self) -> bool;
    fn dive(&self, depth: f32) -> u32;
    fn pick(&self, name: &str) -> &str;
}

#[conforms(Swims)]
pub struct Fish;

impl Fish {
    pub fn swim(&self, metres: u32) {
        let _ = metres;
    }
    pub fn float(&self, deep: bool) -> bool {
        deep
    }
    pub fn dive(&self, depth: u32) -> u32 {
        depth
    }
    pub fn pick<'a>(&self, name: &'a str) -> &'a str {
        name
    }
}

fn main() {}
