// mistakes: 3
use protocol::{conforms, protocol};

#[protocol]
pub trait Swims {
    fn swim(&mut self, metres: u32);
    fn float(&self) -> bool;
    fn new() -> Self;
}

pub struct Duck;

#[conforms(Swims)]
impl Duck {
    pub fn swim(&self, metres: u32) {
        let _ = metres;
    }
    pub fn float() -> bool {
        true
    }
    pub fn new(&self) -> Self {
        Duck
    }
}

fn main() {}
