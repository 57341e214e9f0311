// mistakes: 4
use protocol::{conform, protocol};

#[protocol]
pub trait Len {
    fn len(&self) -> usize;
}

#[protocol]
pub trait Named {
    fn to_string(&self) -> String;
}

// `i32` has no inherent `len`.
conform!(impl Len for i32);

// `i32` has `to_string` only through `ToString`: a trait method does not count.
conform!(impl Named for i32);

conform!(impl Len i32);

conform!(impl Len for pub struct Two(u8, u16));

fn main() {}
