// mistakes: 2
// An inherent method named like an optional member serves it, so its signature must match:
// the default is not a silent fallback for a method written wrong.
use protocol::{conform, conforms, protocol};

#[protocol]
pub trait Len {
    fn len(&self) -> usize;
    fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

#[conforms(Len)]
pub struct Stack {
    items: Vec<u8>,
}

impl Stack {
    pub fn len(&self) -> usize {
        self.items.len()
    }
    pub fn is_empty(&self) -> usize {
        0
    }
}

// The same through a newtype: the field's type has the wrongly written method.
pub struct Inner;

impl Inner {
    pub fn len(&self) -> usize {
        0
    }
    pub fn is_empty(&self) -> u8 {
        0
    }
}

conform!(impl Len for pub struct Wrapped(Inner));

fn main() {}
