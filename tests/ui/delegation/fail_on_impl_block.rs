// mistakes: 1
use protocol::{conforms, protocol};

#[protocol]
pub trait EatsBread {
    fn eat_bread(&self) -> String;
}

pub struct Duck;

#[conforms(EatsBread via duck)]
impl Duck {
    pub fn eat_bread(&self) -> String {
        "quack".into()
    }
}

fn main() {}
