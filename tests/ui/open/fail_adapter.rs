// mistakes: 2
// Struct-level `#[conforms]` and `conform!` with an open protocol: a missing inherent
// method, and one with another signature, are reported as for any protocol.
use protocol::{conform, conforms, protocol};

#[protocol(open)]
pub trait Len {
    fn len(&self) -> usize;
}

#[conforms(Len)]
pub struct Empty;

pub struct Wrong;

impl Wrong {
    pub fn len(&self) -> u8 {
        0
    }
}

conform!(impl Len for Wrong);

fn main() {}
