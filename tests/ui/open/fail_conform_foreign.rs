// mistakes: 2
// With an open protocol, `conform!` publishes members through impls of `protocol-core`'s
// traits, which the orphan rule allows for the crate's own types only: for a std type the
// macro says so and names the way out; for another crate's type rustc refuses the impls
// (E0117). The std collections publish `len` and `is_empty` already; a foreign type reaches
// an open protocol through a newtype (`conform!(impl P for pub struct W(T))`).
use protocol::{conform, protocol};

#[protocol(open)]
pub trait Len {
    fn len(&self) -> usize;
}

pub struct Stack(Vec<u8>);

impl Stack {
    pub fn len(&self) -> usize {
        self.0.len()
    }
}

conform!(impl Len for Stack); // a type of this crate: fine
conform!(impl<T> Len for std::collections::BinaryHeap<T>);
conform!(impl Len for u8);
conform!(impl Len for pub struct Heap(std::collections::BinaryHeap<u8>)); // a newtype: fine

fn main() {
    let _ = Len::len(&vec![1]); // `Vec` publishes `len` already
}
