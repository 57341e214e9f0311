//! A protocol with only supertraits is their intersection: every type that conforms to all
//! of them conforms to it, usable as `impl Pet` and `dyn Pet`.
#![deny(warnings)]

use protocol::{assert_conforms, conforms, protocol};

#[protocol]
pub trait Named {
    fn name(&self) -> String;
}

#[protocol]
pub trait Feeds {
    fn feed(&mut self) -> u32;
}

#[protocol]
pub trait Pet: Named + Feeds {}

#[protocol]
pub trait Keeps<'a, T: 'a>: Named + AsRef<[T]> {}

pub struct Dog {
    meals: u32,
    toys: Vec<&'static str>,
}

#[conforms(Named, Feeds)]
impl Dog {
    pub fn name(&self) -> String {
        "Rex".into()
    }
    pub fn feed(&mut self) -> u32 {
        self.meals += 1;
        self.meals
    }
}

impl AsRef<[&'static str]> for Dog {
    fn as_ref(&self) -> &[&'static str] {
        &self.toys
    }
}

assert_conforms!(Dog: Pet);
assert_conforms!(Dog: Keeps<'static, &'static str>);

fn care(pet: &mut impl Pet) -> String {
    format!("{} ate {} meals", pet.name(), pet.feed())
}

fn main() {
    let mut dog = Dog { meals: 0, toys: vec!["ball"] };
    assert_eq!(care(&mut dog), "Rex ate 1 meals");
    let mut pets: Vec<Box<dyn Pet>> = vec![Box::new(dog)];
    assert_eq!(pets[0].feed(), 2);
}
