// mistakes: 2
// Generic associated types: a binding with the wrong parameters, and one that no method
// lets the macro infer (the message shows how to write it).
use protocol::{conforms, protocol};

#[protocol]
pub trait LendingIterator {
    type Item<'a>
    where
        Self: 'a;
    fn next(&mut self) -> Option<Self::Item<'_>>;
}

#[protocol]
pub trait Family {
    type Member<T>;
    fn name(&self) -> &str;
}

pub struct Cells(Vec<u8>);

#[conforms(LendingIterator<Item<'a, 'b> = &'a mut u8>)]
impl Cells {
    pub fn next(&mut self) -> Option<&mut u8> {
        self.0.first_mut()
    }
}

pub struct Boxes;

#[conforms(Family)]
impl Boxes {
    pub fn name(&self) -> &str {
        "boxes"
    }
}

fn main() {}
