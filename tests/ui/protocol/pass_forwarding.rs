//! Forwarding impls: by default every pointer kind whose impl can be written for all
//! members; `forward(...)` picks kinds; `forward()` turns forwarding off.
#![deny(warnings)]

use protocol::{assert_conforms, conforms, protocol};
use std::rc::Rc;
use std::sync::Arc;

/// Only `&self` methods: `&T`, `&mut T`, `Box<T>`, `Rc<T>`, `Arc<T>` all conform.
#[protocol]
pub trait Speaks {
    fn speak(&self) -> String;
    fn volume(&self) -> u8 {
        1
    }
}

/// Generic and `async` methods forward too (this protocol is not dyn-compatible).
#[protocol]
pub trait Fancy {
    fn echo<T: Clone + Into<String>>(&self, what: T) -> String {
        what.into()
    }
    #[allow(async_fn_in_trait)]
    async fn later(&self) -> String;
}

/// A `&mut self` method: `&mut T` and `Box<T>` only.
#[protocol]
pub trait Counts {
    fn bump(&mut self) -> u32;
    fn peek(&self) -> u32;
}

/// A `self` method: `Box<T>` only, and `T: Sized`.
#[protocol]
pub trait Consumes {
    fn into_name(self) -> String;
}

/// `where Self: Sized` with a default is left to the default; `dyn` still works.
#[protocol]
pub trait Builder {
    fn name(&self) -> String;
    fn renamed(self, name: &str) -> String
    where
        Self: Sized,
    {
        format!("{} → {name}", self.name())
    }
}

/// An associated function: nothing can forward.
#[protocol]
pub trait Makes {
    fn make() -> Self;
}

/// Only the kinds asked for.
#[protocol(forward(&, Box))]
pub trait Picky {
    fn pick(&self) -> u8;
}

/// Forwarding off, so the user may write their own impl for `&Duck`.
#[protocol(forward())]
pub trait Own {
    fn own(&self) -> u8;
}

/// Generic protocol with a supertrait.
#[protocol]
pub trait Source<T>: Speaks {
    fn get(&self) -> T;
}

#[derive(Clone)]
pub struct Duck {
    count: u32,
}

#[conforms(Speaks, Fancy, Counts, Consumes, Builder, Makes, Picky, Own, Source)]
impl Duck {
    pub fn speak(&self) -> String {
        "quack".into()
    }
    pub fn volume(&self) -> u8 {
        9
    }
    pub async fn later(&self) -> String {
        "later".into()
    }
    pub fn bump(&mut self) -> u32 {
        self.count += 1;
        self.count
    }
    pub fn peek(&self) -> u32 {
        self.count
    }
    pub fn into_name(self) -> String {
        format!("duck {}", self.count)
    }
    pub fn name(&self) -> String {
        "Duck".into()
    }
    pub fn make() -> Self {
        Self { count: 0 }
    }
    pub fn pick(&self) -> u8 {
        4
    }
    pub fn own(&self) -> u8 {
        5
    }
    pub fn get(&self) -> u64 {
        6
    }
}

impl Own for &Duck {
    fn own(&self) -> u8 {
        50
    }
}

assert_conforms!(&'static Duck: Speaks, Picky, Own, Source<u64>, Builder);
assert_conforms!(&'static mut Duck: Speaks, Counts);
assert_conforms!(Box<Duck>: Speaks, Counts, Consumes, Picky, Source<u64>);
assert_conforms!(Box<dyn Speaks>: Speaks);
assert_conforms!(Box<dyn Counts>: Counts);
assert_conforms!(Rc<Duck>: Speaks, Builder);
assert_conforms!(Arc<Duck>: Speaks, Fancy, Source<u64>);
assert_conforms!(&'static dyn Builder: Builder);

fn loudness(speaker: &impl Speaks) -> u8 {
    speaker.volume()
}

fn main() {
    let duck = Duck::make();
    // Defaults are forwarded too: the boxed type's own override answers.
    let boxed: Box<dyn Speaks> = Box::new(duck.clone());
    assert_eq!(loudness(&boxed), 9);
    assert_eq!(loudness(&&duck), 9);
    assert_eq!(loudness(&Rc::new(duck.clone())), 9);
    assert_eq!(Fancy::echo(&Arc::new(duck.clone()), "hi"), "hi");
    drop(Fancy::later(&&duck));

    let mut counter: Box<dyn Counts> = Box::new(duck.clone());
    assert_eq!(counter.bump(), 1);
    let mut duck_mut = duck.clone();
    assert_eq!(Counts::bump(&mut &mut duck_mut), 1);
    assert_eq!(duck_mut.peek(), 1);

    assert_eq!(Consumes::into_name(Box::new(duck.clone())), "duck 0");
    assert_eq!(Builder::renamed(&duck, "Donald"), "Duck → Donald");
    assert_eq!(Picky::pick(&Box::new(duck.clone())), 4);
    assert_eq!(Own::own(&&duck), 50);
    assert_eq!(Source::get(&Arc::new(duck)), 6);
}
