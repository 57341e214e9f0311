//! Run-time checks: a heterogeneous pond of `Box<dyn Any>` filtered by protocol, Python's
//! `[x for x in pond if isinstance(x, Quacks)]` with full signatures checked at compile time.
//!
//! Run it with `cargo run --example pond`.

// Protocol methods take `&self` whether or not a type needs it.
#![allow(clippy::unused_self)]

use protocol::{conform, conforms, protocol};
use std::any::Any;

/// Anything that quacks. `runtime_checkable`: `dyn Quacks` can be cast to from `dyn Any`.
#[protocol(runtime_checkable)]
trait Quacks {
    /// The sound.
    fn quack(&self) -> String;
    /// How loud; 1 unless the type says otherwise.
    fn volume(&self) -> u8 {
        1
    }
}

/// Anything that swims, checked separately.
#[protocol(runtime_checkable)]
trait Swims {
    /// Metres per minute.
    fn speed(&self) -> u32;
}

/// Conforms through its impl block (to both protocols).
struct Duck;

#[conforms(Quacks, Swims)]
impl Duck {
    fn quack(&self) -> String {
        "quack".to_owned()
    }
    fn speed(&self) -> u32 {
        20
    }
}

/// Conforms through inherent methods written anywhere in the crate.
#[conforms(Quacks)]
struct RubberDuck {
    squeaks: usize,
}

impl RubberDuck {
    fn quack(&self) -> String {
        "squeak".repeat(self.squeaks)
    }
    fn volume(&self) -> u8 {
        3
    }
}

/// A type from "elsewhere", adapted by a newtype that `conform!` writes.
mod vendor {
    /// A fish that happens to have the right method.
    pub struct Carp;
    impl Carp {
        pub fn speed(&self) -> u32 {
            35
        }
    }
}
conform!(impl Swims for pub struct Carp(vendor::Carp));

/// Conforms to nothing.
struct Rock;

/// A generic type: each instantiation is registered by hand.
struct Decoy<T>(T);

#[conforms(Quacks)]
impl<T: std::fmt::Display> Decoy<T> {
    fn quack(&self) -> String {
        format!("decoy #{}", self.0)
    }
}

protocol::register!(Decoy<u32>: Quacks);

fn main() {
    let pond: Vec<Box<dyn Any>> = vec![
        Box::new(Duck),
        Box::new(Rock),
        Box::new(RubberDuck { squeaks: 2 }),
        Box::new(Carp(vendor::Carp)),
        Box::new(Decoy(7_u32)),
        Box::new(Decoy("unregistered")),
    ];
    println!("pond of {} things", pond.len());
    for (index, thing) in pond.iter().enumerate() {
        let quacks = protocol::cast::<dyn Quacks>(thing.as_ref())
            .map(|q| format!("quacks {:?} at volume {}", q.quack(), q.volume()));
        let swims = protocol::cast::<dyn Swims>(thing.as_ref())
            .map(|s| format!("swims {} m/min", s.speed()));
        let found: Vec<String> = quacks.into_iter().chain(swims).collect();
        let found = if found.is_empty() {
            "neither".to_owned()
        } else {
            found.join(", ")
        };
        println!("  #{index}: {found}");
    }
    let quackers = pond
        .iter()
        .filter(|thing| protocol::conforms_to::<dyn Quacks>(thing.as_ref()))
        .count();
    println!("{quackers} of them quack");
    // `cast_box` moves a box over, or gives it back untouched.
    let mut pond = pond;
    let rock = pond.swap_remove(1);
    match protocol::cast_box::<dyn Quacks>(rock) {
        Ok(_) => unreachable!("rocks do not quack"),
        Err(rock) => println!("the rock is still a rock: {}", rock.is::<Rock>()),
    }
}
