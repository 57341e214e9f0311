// mistakes: 1
// A type that has one half of an intersection: the error names the intersection, its
// supertraits, and the one the type lacks.
use protocol::{conforms, protocol};

#[protocol]
pub trait Named {
    fn name(&self) -> String;
}

#[protocol]
pub trait Feeds {
    fn feed(&mut self, grams: u32);
}

#[protocol]
pub trait Pet: Named + Feeds {}

pub struct Dog;

#[conforms(Named)]
impl Dog {
    pub fn name(&self) -> String {
        "rex".into()
    }
}

fn adopt(_: &impl Pet) {}

fn main() {
    adopt(&Dog);
}
