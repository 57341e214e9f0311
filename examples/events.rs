//! A callback protocol as event handlers: closures, plain functions and a struct with state,
//! registered side by side in one bus.
//!
//! Run it with `cargo run --example events`.

use protocol::{conforms, protocol};
use std::cell::Cell;

/// What the bus delivers.
struct Event<'a> {
    topic: &'a str,
    payload: u32,
}

/// Anything that can handle an event: every `Fn(&Event) -> bool` conforms as it is.
#[protocol(callback)]
trait Handler {
    /// Handles `event`; `true` when it did something with it.
    fn handle(&self, event: &Event<'_>) -> bool;
    /// A name for the log; closures keep this default.
    fn name(&self) -> String {
        "closure".to_owned()
    }
}

/// A bus that owns its handlers, whatever their kind.
#[derive(Default)]
struct Bus<'h> {
    handlers: Vec<Box<dyn Handler + 'h>>,
}

impl<'h> Bus<'h> {
    fn on(&mut self, handler: impl Handler + 'h) -> &mut Self {
        self.handlers.push(Box::new(handler));
        self
    }

    fn publish(&self, event: &Event<'_>) {
        for handler in &self.handlers {
            let handled = handler.handle(event);
            println!(
                "  {:<8} {}",
                handler.name(),
                if handled { "handled" } else { "ignored" }
            );
        }
    }
}

/// A named handler with state conforms through `#[conforms]`, like any other type. (A
/// callback protocol has no forwarding impls — every closure conforms, and `&F` of a
/// closure is a closure too — so the bus takes the counter itself, which borrows its tally.)
struct Counter<'a> {
    topic: &'static str,
    count: &'a Cell<u32>,
}

#[conforms(Handler)]
impl Counter<'_> {
    fn handle(&self, event: &Event<'_>) -> bool {
        if event.topic != self.topic {
            return false;
        }
        self.count.set(self.count.get() + event.payload);
        true
    }

    fn name(&self) -> String {
        format!("count {}", self.topic)
    }
}

fn is_large(event: &Event<'_>) -> bool {
    event.payload >= 100
}

fn main() {
    let tally = Cell::new(0);
    let mut bus = Bus::default();
    bus.on(|event: &Event<'_>| event.topic.starts_with('o'))
        .on(is_large)
        .on(Counter {
            topic: "order",
            count: &tally,
        });

    for (topic, payload) in [("order", 3), ("refund", 120), ("order", 250)] {
        println!("{topic} {payload}:");
        bus.publish(&Event { topic, payload });
    }
    drop(bus);
    println!("orders counted: {}", tally.get());
}
