//! Callback protocols: closures and fn items with the method's signature conform; named
//! types conform through `#[conforms]`.
#![deny(warnings)]

use protocol::{assert_conforms, conforms, protocol};

pub struct Event {
    pub name: &'static str,
}

/// `&self`: every `Fn(&Event) -> bool`.
#[protocol(callback)]
pub trait Handler {
    fn handle(&self, event: &Event) -> bool;
    /// Optional members keep their defaults.
    fn label(&self) -> &'static str {
        "handler"
    }
}

/// `&mut self`: every `FnMut(u32)`.
#[protocol(callback)]
pub trait Sink {
    fn push(&mut self, value: u32);
}

/// `self`: every `FnOnce() -> String`.
#[protocol(callback)]
pub trait Finisher {
    fn finish(self) -> String;
}

/// A method lifetime becomes a higher-ranked bound: `for<'a> Fn(&'a str) -> &'a str`.
#[protocol(callback)]
pub trait Trim {
    fn trim<'a>(&self, text: &'a str) -> &'a str;
}

/// Supertraits hold for closures that have them.
#[protocol(callback)]
pub trait SendHandler: Send + Sync {
    fn call(&self, value: u8) -> u8;
}

fn is_named(event: &Event) -> bool {
    event.name == "named"
}

pub struct Logger {
    seen: std::cell::Cell<u32>,
}

#[conforms(Handler)]
impl Logger {
    pub fn handle(&self, _event: &Event) -> bool {
        self.seen.set(self.seen.get() + 1);
        true
    }
    pub fn label(&self) -> &'static str {
        "logger"
    }
}

assert_conforms!(fn(&Event) -> bool: Handler);
assert_conforms!(Box<dyn Fn(&Event) -> bool>: Handler);

fn dispatch(handlers: &[&dyn Handler], event: &Event) -> Vec<bool> {
    handlers.iter().map(|h| h.handle(event)).collect()
}

fn main() {
    let closure = |event: &Event| event.name.len() > 3;
    let logger = Logger { seen: std::cell::Cell::new(0) };
    let handlers: [&dyn Handler; 3] = [&closure, &is_named, &logger];
    assert_eq!(dispatch(&handlers, &Event { name: "named" }), [true, true, true]);
    assert_eq!(dispatch(&handlers, &Event { name: "x" }), [false, false, true]);
    assert_eq!(logger.seen.get(), 2);
    assert_eq!(Handler::label(&closure), "handler");
    assert_eq!(Handler::label(&logger), "logger");

    let mut total = 0;
    let mut add = |value: u32| total += value;
    Sink::push(&mut add, 2);
    Sink::push(&mut add, 3);
    assert_eq!(total, 5);

    let owned = String::from("done");
    assert_eq!(Finisher::finish(move || owned), "done");

    // (A closure cannot return a borrow of its argument in stable Rust; a fn item can.)
    assert_eq!(Trim::trim(&str::trim, "  x "), "x");
    let doubled = |value: u8| value * 2;
    assert_eq!(SendHandler::call(&doubled, 4), 8);
}
