// mistakes: 3
// `#[conforms]` with an open protocol: a missing member is the usual one error at the
// protocol's path; a member written with another signature is reported there too, as the
// type not conforming.
use protocol::{conforms, protocol};

#[protocol(open)]
pub trait EatsBread {
    fn eat_bread(&self) -> String;
    fn crumbs(&self) -> usize;
}

#[protocol(open)]
pub trait Kind {
    const KIND: &'static str = "animal";
}

pub struct Duck;

#[conforms(EatsBread)]
impl Duck {
    pub fn eat_bread(&self) -> String {
        "quack".into()
    }
}

pub struct Pigeon;

#[conforms(EatsBread)]
impl Pigeon {
    pub fn eat_bread(&self) -> u32 {
        1
    }
    pub fn crumbs(&self) -> usize {
        0
    }
}

pub struct Rock;

#[conforms(Kind)]
impl Rock {}

fn main() {}
