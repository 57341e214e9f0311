// Delegation forms that must compile: borrowed and boxed fields, generic protocols, open
// protocols, several protocols in one attribute, `#[cfg]` members, tuple structs.

use protocol::{conforms, protocol};

#[protocol]
pub trait EatsBread {
    fn eat_bread(&self) -> String;
    #[cfg(any())]
    fn never(&self);
}

#[protocol]
pub trait Named {
    fn name(&self) -> String;
}

#[protocol]
pub trait Source<T> {
    fn take(&mut self) -> Option<T>;
}

#[protocol(open)]
pub trait Swims {
    fn swim(&self) -> u32;
}

pub struct Duck;

#[conforms(EatsBread, Named, Swims)]
impl Duck {
    pub fn eat_bread(&self) -> String {
        "quack".into()
    }
    pub fn name(&self) -> String {
        "duck".into()
    }
    pub fn swim(&self) -> u32 {
        3
    }
}

pub struct Counter(u32);

#[conforms(Source<u32>)]
impl Counter {
    pub fn take(&mut self) -> Option<u32> {
        self.0 += 1;
        Some(self.0)
    }
}

/// A borrowed field: `&Duck` conforms through the forwarding impl.
#[conforms(EatsBread via duck, Named)]
pub struct View<'a> {
    duck: &'a Duck,
}

impl View<'_> {
    pub fn name(&self) -> String {
        "view".into()
    }
}

/// A boxed trait object.
#[conforms(EatsBread via 0, Swims via 1)]
pub struct Boxed(Box<dyn EatsBread>, Duck);

#[conforms(Source<u32> via counter)]
pub struct Limited {
    counter: Counter,
}

#[conforms(Swims via 1)]
pub struct Pond(u8, Duck);

fn feed(bird: &impl EatsBread) -> String {
    bird.eat_bread()
}

fn main() {
    let duck = Duck;
    let view = View { duck: &duck };
    assert_eq!(feed(&view), "quack");
    assert_eq!(Named::name(&view), "view");
    let mut limited = Limited { counter: Counter(0) };
    assert_eq!(limited.take(), Some(1));
    assert_eq!(Pond(0, Duck).swim(), 3);
}
