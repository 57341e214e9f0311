// mistakes: 5
// `#[protocol::methods]` on what it cannot publish: an error at the item, saying what it
// goes on.
pub trait Speak {
    fn speak(&self) -> String;
}

pub struct Duck;

#[protocol::methods]
impl Speak for Duck {
    fn speak(&self) -> String {
        "quack".into()
    }
}

#[protocol::methods]
pub enum Pond {
    Empty,
}

#[protocol::methods]
pub struct Pair(pub u8, pub u8);

#[protocol::methods]
pub fn alone() {}

#[protocol::methods(frobnicate)]
impl Duck {
    pub fn quack(&self) {}
}

fn main() {
    let _ = (Pond::Empty, Pair(1, 2), alone(), Duck.speak(), Duck.quack());
}
