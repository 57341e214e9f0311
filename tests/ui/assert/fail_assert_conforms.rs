// mistakes: 4
use protocol::{assert_conforms, protocol};

#[protocol]
pub trait Len {
    fn len(&self) -> usize;
}

#[protocol]
pub trait Swims {
    fn swim(&self);
}

pub struct Rock;

assert_conforms!(Rock: Len, Swims);
assert_conforms!(for<T> Vec<T>: Swims);
assert_conforms!(Rock Len);

fn main() {}
