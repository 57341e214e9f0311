// A method named close to an optional member, on purpose: `#[protocol::inherent]` says so,
// and nothing warns (under `deny(warnings)`). A method close to a member the block does
// write is no near miss either.
#![deny(warnings)]

use protocol::{conforms, protocol};

#[protocol]
pub trait Polite {
    fn greet(&self) -> String;
    fn thanks(&self) -> String {
        "thanks".into()
    }
    fn bow(&self) -> u8 {
        1
    }
}

pub struct Bank;

#[conforms(Polite)]
impl Bank {
    pub fn greet(&self) -> String {
        "hello".into()
    }
    #[protocol::inherent]
    pub fn tanks(&self) -> u32 {
        2
    }
    pub fn bow(&self) -> u8 {
        3
    }
    pub fn bows(&self) -> u8 {
        4
    }
}

fn main() {
    assert_eq!(Polite::thanks(&Bank), "thanks");
    assert_eq!((Bank.tanks(), Bank.bows(), Polite::bow(&Bank)), (2, 4, 3));
}
