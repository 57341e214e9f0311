// mistakes: 2
// A field of the wrong type for its `#[field]` member: through a struct-level
// `#[conforms]` (reported at the field), and through an impl block (which cannot see the
// struct: reported at the attribute).
use protocol::{conforms, protocol};

#[protocol]
pub trait Named {
    #[field]
    fn name(&self) -> &str;
}

#[conforms(Named)]
pub struct User {
    pub name: i32,
}

pub struct Person {
    name: u8,
}

#[conforms(Named)]
impl Person {}

fn main() {}
