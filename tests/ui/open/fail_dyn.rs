// mistakes: 2
// Without `open(dyn)`, `dyn P` publishes nothing: `Box<dyn P>` does not conform to an open
// `P` (the note names the fix for the type's side; `open(dyn)` is the protocol's).
use protocol::protocol;

#[protocol(open)]
pub trait Named {
    fn name(&self) -> String;
}

#[protocol(open(yes))]
pub trait Malformed {
    fn value(&self) -> u8;
}

fn greet(who: &impl Named) -> String {
    who.name()
}

pub struct Duck;

#[protocol::methods]
impl Duck {
    pub fn name(&self) -> String {
        "Donald".into()
    }
}

fn main() {
    let boxed: Box<dyn Named> = Box::new(Duck);
    let _ = boxed.name(); // fine: `dyn Named`'s own method
    greet(&boxed);
}
