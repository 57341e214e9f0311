// mistakes: 6
use protocol::protocol;
use std::rc::Rc;

#[protocol(forward(&, Rc, Box))]
pub trait Counts {
    fn bump(&mut self) -> u32;
    fn reset(self);
}

#[protocol(forward(&mut))]
pub trait Makes {
    fn make() -> Self;
    fn same(&self, other: &Self) -> bool;
    const KIND: &'static str;
}

#[protocol(forward(&, Cow))]
pub trait UnknownKind {
    fn f(&self);
}

#[protocol(forward(Box, Box))]
pub trait Twice {
    fn f(&self);
}

#[protocol(forward())]
pub trait Off {
    fn off(&self) -> u8;
}

pub struct Duck;

impl Off for Duck {
    fn off(&self) -> u8 {
        1
    }
}

fn takes(_: &impl Off) {}

fn main() {
    takes(&&Duck);
    let _ = Rc::new(Duck);
}
