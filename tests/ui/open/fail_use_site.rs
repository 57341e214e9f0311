// mistakes: 3
// A type that publishes nothing, or a member with another signature, used where an open
// protocol (or `Open<T>` where a protocol) is expected: one error at the use site, naming
// the type, the protocol and the signatures wanted, and the fix.
use protocol::{protocol, Open};

#[protocol(open)]
pub trait EatsBread {
    fn eat_bread(&self) -> String;
    fn crumbs(&self) -> usize {
        0
    }
}

#[protocol]
pub trait Named {
    fn name(&self) -> &str;
}

fn feed_bread(animal: &impl EatsBread) -> String {
    animal.eat_bread()
}

fn greet(who: &impl Named) -> String {
    who.name().to_owned()
}

pub struct Rock;

/// Publishes `eat_bread` with another return type, and no `crumbs`.
pub struct Pigeon;

#[protocol::methods]
impl Pigeon {
    pub fn eat_bread(&self) -> u32 {
        1
    }
}

fn main() {
    feed_bread(&Rock);
    feed_bread(&Pigeon);
    greet(Open::from_ref(&Rock));
}
