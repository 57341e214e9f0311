// mistakes: 2
// The impl-block form's shape mistakes, made through a struct-level `#[conforms]`: a wrong
// receiver and a wrong number of arguments, each reported as rustc's fn-pointer mismatch at
// the protocol's name.
use protocol::{conforms, protocol};

#[protocol]
pub trait Swims {
    fn swim(&mut self, metres: u32);
    fn float(&self) -> bool;
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
}

fn main() {}
