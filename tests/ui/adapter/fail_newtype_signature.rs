// mistakes: 1
// A newtype over a type whose method has another result than the protocol declares: one
// error naming the field's type, the member, the protocol and the declared signature.
use protocol::protocol;

#[protocol]
pub trait Len {
    fn len(&self) -> usize;
    fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

pub struct Shelf;

impl Shelf {
    pub fn len(&self) -> u8 {
        0
    }
}

protocol::conform!(impl Len for pub struct Books(Shelf));

fn main() {}
