//! A protocol's supertraits hold when listed in the same attribute or implemented elsewhere.
#![deny(warnings)]

use protocol::{conforms, protocol};

#[protocol]
pub trait Named {
    fn name(&self) -> String;
}

#[protocol]
pub trait Greets: Named {
    fn greet(&self) -> String {
        format!("hello, {}", self.name())
    }
}

#[protocol]
pub trait Pet: Named + core::fmt::Debug {
    fn owner(&self) -> &str;
}

#[derive(Debug)]
pub struct Dog;

#[conforms(Named, Greets, Pet)]
impl Dog {
    pub fn name(&self) -> String {
        "Rex".into()
    }
    pub fn owner(&self) -> &str {
        "Ann"
    }
}

pub struct Cat;

impl Named for Cat {
    fn name(&self) -> String {
        "Tom".into()
    }
}

#[conforms(Greets)]
impl Cat {}

fn main() {
    assert_eq!(Dog.greet(), "hello, Rex");
    assert_eq!(Pet::owner(&Dog), "Ann");
    assert_eq!(Cat.greet(), "hello, Tom");
}
