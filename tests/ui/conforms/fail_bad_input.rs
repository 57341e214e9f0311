// mistakes: 6
use protocol::{conforms, protocol};

#[protocol]
pub trait Named {
    fn name(&self) -> String;
}

#[conforms]
pub struct NoArguments;

#[conforms("Named")]
pub struct StringArgument;

#[conforms(Named)]
pub struct OnAStruct {
    pub name: String,
}

pub struct Duck;

#[conforms(Named)]
impl Named for Duck {
    fn name(&self) -> String {
        "duck".into()
    }
}

#[conforms(Named)]
fn a_function() {}

pub struct Goose;

#[conforms(Named Other)]
impl Goose {
    pub fn name(&self) -> String {
        "goose".into()
    }
}

fn main() {
    a_function();
}
