// mistakes: 1
use protocol::{conforms, protocol};

#[protocol]
pub trait EatsBread {
    fn eat_bread(&self) -> String;
}

pub struct Rock;

#[conforms(EatsBread via stone)]
pub struct Decoy {
    stone: Rock,
}

fn main() {}
