// mistakes: 1
// `thnaks` is meant as `thanks`, an optional member: the protocol's default would run
// silently, so `#[conforms]` warns at the method (an error here, under `deny(warnings)`).
#![deny(warnings)]

use protocol::{conforms, protocol};

#[protocol]
pub trait Polite {
    fn greet(&self) -> String;
    fn thanks(&self) -> String {
        "thanks".into()
    }
}

pub struct Guest;

#[conforms(Polite)]
impl Guest {
    pub fn greet(&self) -> String {
        "hello".into()
    }
    pub fn thnaks(&self) -> String {
        "thank you so much".into()
    }
}

fn main() {}
