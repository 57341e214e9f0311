// mistakes: 1
use protocol::{conforms, protocol};

#[protocol]
pub trait EatsBread {
    fn eat_bread(&self) -> String;
}

pub struct Duck;

#[conforms(EatsBread)]
impl Duck {
    pub fn eat_bred(&self) -> String {
        "quack".into()
    }
}

fn main() {}
