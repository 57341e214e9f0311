//! `assert_conforms!` checks conformances at compile time and emits no run-time code.
#![deny(warnings)]

use protocol::{assert_conforms, conforms, protocol};

#[protocol]
pub trait Len {
    fn len(&self) -> usize;
}

#[protocol]
pub trait Swims {
    fn swim(&self);
}

pub struct Duck;

#[conforms(Len, Swims)]
impl Duck {
    pub fn len(&self) -> usize {
        1
    }
    pub fn swim(&self) {}
}

pub struct Stack<T>(Vec<T>);

#[conforms(Len)]
impl<T: Clone> Stack<T> {
    pub fn len(&self) -> usize {
        self.0.len()
    }
}

assert_conforms!(Duck: Len, Swims);
assert_conforms!(Duck: Len + Swims);
assert_conforms!(for<T: Clone> Stack<T>: Len);
assert_conforms!(Stack<u8>: Len; Duck: Swims);

fn main() {
    assert_conforms!(Duck: Len);
    assert_eq!(Stack(vec![1]).len(), 1);
}
