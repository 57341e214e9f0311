// mistakes: 2
use protocol::{conforms, protocol};

#[protocol]
pub trait Source<T> {
    fn get(&self) -> T;
    fn count(&self) -> usize;
}

#[protocol]
pub trait Container {
    type Item;
    fn len(&self) -> usize;
}

pub struct Counter;

// `get` is missing, so nothing says what `T` is.
#[conforms(Source)]
impl Counter {
    pub fn count(&self) -> usize {
        0
    }
}

pub struct Bag;

#[conforms(Container)]
impl Bag {
    pub fn len(&self) -> usize {
        0
    }
}

fn main() {}
