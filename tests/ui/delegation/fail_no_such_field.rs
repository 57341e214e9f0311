// mistakes: 4
use protocol::{conforms, protocol};

#[protocol]
pub trait EatsBread {
    fn eat_bread(&self) -> String;
}

pub struct Duck;

#[conforms(EatsBread)]
impl Duck {
    pub fn eat_bread(&self) -> String {
        "quack".into()
    }
}

#[conforms(EatsBread via dcuk)]
pub struct Decoy {
    duck: Duck,
    paint: u8,
}

#[conforms(EatsBread via 1)]
pub struct Pair(Duck);

#[conforms(EatsBread via variants)]
pub struct NotAnEnum {
    duck: Duck,
}

#[conforms(EatsBread via duck)]
pub enum NotAStruct {
    Duck(Duck),
}

fn main() {}
