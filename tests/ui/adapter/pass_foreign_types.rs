//! A protocol of another crate whose signature names that crate's own type (`Bread`): the
//! adapter forms spell the signature without the user importing the type.
#![deny(warnings)]

use protocol::conforms;

#[conforms(animals::Feeds)]
pub struct Pigeon {
    hunger: u32,
}

impl Pigeon {
    pub fn feed(&mut self, bread: &animals::Bread) -> u32 {
        self.hunger = self.hunger.saturating_sub(bread.grams);
        self.hunger
    }
}

fn main() {
    let mut pigeon = Pigeon { hunger: 10 };
    assert_eq!(animals::Feeds::feed(&mut pigeon, &animals::Bread { grams: 3 }), 7);
}
