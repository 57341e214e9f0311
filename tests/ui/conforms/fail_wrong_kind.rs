// mistakes: 3
use protocol::{conforms, protocol};

#[protocol]
pub trait Kinded {
    const KIND: &'static str;
    fn describe(&self) -> String;
}

pub struct Duck;

#[conforms(Kinded)]
impl Duck {
    pub fn KIND() -> &'static str {
        "duck"
    }
    pub const describe: &'static str = "a duck";
    type Extra = u8;
}

fn main() {}
