// mistakes: 7
use protocol::{conforms, protocol};
use std::fmt;

#[protocol]
pub trait Describe {
    fn describe(&self) -> String;
    fn to_string(&self) -> String;
    fn len(&self) -> usize;
    fn weigh(&self, unit: &str) -> f64;
}

// `describe` is missing; `to_string` exists only through `Display` (a trait method);
// `len` only through `Deref<Target = Vec<u8>>`; `weigh` has the wrong signature.
#[conforms(Describe)]
pub struct Rock {
    bytes: Vec<u8>,
}

impl fmt::Display for Rock {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "rock")
    }
}

impl std::ops::Deref for Rock {
    type Target = Vec<u8>;
    fn deref(&self) -> &Vec<u8> {
        &self.bytes
    }
}

impl Rock {
    pub fn weigh(&self) -> f64 {
        1.0
    }
}

#[protocol]
pub trait Kinded {
    const KIND: &'static str;
    fn convert<T: Into<u8>>(&self, value: T) -> u8;
}

#[conforms(Kinded)]
pub struct Pebble;

fn main() {}

#[protocol]
pub trait Len {
    fn len(&self) -> usize;
}

// `len` exists only for `T: Clone`, a bound the struct's own `T` does not have.
#[conforms(Len)]
pub struct Stack<T> {
    items: Vec<T>,
}

impl<T: Clone> Stack<T> {
    pub fn len(&self) -> usize {
        self.items.len()
    }
}

#[protocol]
pub trait Named {
    #[field]
    fn name(&self) -> &str;
}

// A tuple struct has no named fields, and no inherent `name` either.
#[conforms(Named)]
pub struct Anonymous(String);

// A named field of another name.
#[conforms(Named)]
pub struct Titled {
    pub title: String,
}

// A required member returning `impl Trait` cannot be adapted (an `Fn` bound cannot name
// it): the error says so and points to the impl-block form.
#[protocol]
pub trait Produces {
    fn produce(&self) -> impl Iterator<Item = u8>;
}

#[conforms(Produces)]
pub struct Factory;
