// mistakes: 1
use protocol::{conforms, protocol};

#[protocol]
pub trait Animal {
    fn name(&self) -> String;
    fn legs(&self) -> u8;
    fn sound(&mut self, loud: bool) -> Option<&'static str>;
    const KIND: &'static str;
    fn rests(&self) -> bool {
        true
    }
}

pub struct Rock;

#[conforms(Animal)]
impl Rock {
    pub fn name(&self) -> String {
        "rock".into()
    }
}

fn main() {}
