// mistakes: 1
use protocol::{conforms, protocol};

#[protocol]
pub trait Named {
    fn name(&self) -> String;
}

#[protocol]
pub trait Greets: Named {
    fn greet(&self) -> String;
}

pub struct Robot;

#[conforms(Greets)]
impl Robot {
    pub fn name(&self) -> String {
        "R2".into()
    }
    pub fn greet(&self) -> String {
        "beep".into()
    }
}

fn main() {}
