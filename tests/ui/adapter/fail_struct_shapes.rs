// mistakes: 3
// Signature mistakes made through a struct-level `#[conforms]`: a wrong receiver, a wrong
// number of arguments and a wrong argument type are each one error naming the protocol and
// the declared signature, the method's own in the help line.
use protocol::{conforms, protocol};

#[protocol]
pub trait Swims {
    fn swim(&mut self, metres: u32);
    fn float(&self) -> bool;
    fn dive(&self, depth: f32) -> u32;
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
}

fn main() {}
