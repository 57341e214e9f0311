//! `#[conforms]` on a type definition: the type conforms through its inherent methods,
//! wherever they are written, and its fields for `#[field]` members.
#![deny(warnings)]

use protocol::{assert_conforms, conforms, protocol};

#[protocol]
pub trait Named {
    #[field]
    fn name(&self) -> &str;
    fn greet(&self, other: &str) -> String;
}

#[protocol]
pub trait EatsBread {
    fn eat_bread(&self) -> String;
    fn crumbs(&self) -> usize {
        0
    }
}

#[protocol]
pub trait Counter {
    fn bump(&mut self, by: u32) -> u32;
    fn new(start: u32) -> Self;
    fn into_count(self) -> u32;
}

#[conforms(Named, EatsBread)]
pub struct User {
    name: String,
}

impl User {
    pub fn eat_bread(&self) -> String {
        format!("{} eats", self.name)
    }
}

mod elsewhere {
    impl super::User {
        pub fn greet(&self, other: &str) -> String {
            format!("{} greets {other}", self.name)
        }
    }
}

#[conforms(Counter)]
pub struct Clicks(u32);

impl Clicks {
    pub fn bump(&mut self, by: u32) -> u32 {
        self.0 += by;
        self.0
    }
    pub fn new(start: u32) -> Self {
        Self(start)
    }
    pub fn into_count(self) -> u32 {
        self.0
    }
}

#[conforms(EatsBread)]
pub enum Bird {
    Duck,
    Goose,
}

impl Bird {
    pub fn eat_bread(&self) -> String {
        match self {
            Self::Duck => "quack".into(),
            Self::Goose => "honk".into(),
        }
    }
}

#[conforms(crate::EatsBread)]
pub struct Stack<T: Clone> {
    items: Vec<T>,
}

impl<T: Clone> Stack<T> {
    pub fn eat_bread(&self) -> String {
        format!("{} items", self.items.len())
    }
}

// A borrowing view: `T: 'a` is inferred from the field, not written.
#[conforms(crate::EatsBread)]
pub struct View<'a, T> {
    items: &'a [T],
}

impl<T> View<'_, T> {
    pub fn eat_bread(&self) -> String {
        format!("{} in view", self.items.len())
    }
}

// Bounds that name the type's lifetime.
#[conforms(crate::EatsBread)]
pub struct Crumbs<'a, I: Iterator<Item = &'a u8> + Clone, T: 'a> {
    bytes: I,
    owner: &'a T,
}

impl<'a, I: Iterator<Item = &'a u8> + Clone, T: 'a> Crumbs<'a, I, T> {
    pub fn eat_bread(&self) -> String {
        let _ = self.owner;
        format!("{} crumbs", self.bytes.clone().count())
    }
}

assert_conforms!(User: Named, EatsBread; Bird: EatsBread; for<T: Clone> Stack<T>: EatsBread);

fn main() {
    let user = User { name: "Ann".into() };
    assert_eq!(Named::name(&user), "Ann");
    assert_eq!(Named::greet(&user, "Bo"), "Ann greets Bo");
    assert_eq!(EatsBread::eat_bread(&user), "Ann eats");
    assert_eq!(EatsBread::crumbs(&user), 0);
    let zoo: Vec<Box<dyn EatsBread>> = vec![Box::new(Bird::Duck), Box::new(Bird::Goose), Box::new(user)];
    let sounds: Vec<String> = zoo.iter().map(|b| b.eat_bread()).collect();
    assert_eq!(sounds, ["quack", "honk", "Ann eats"]);

    let mut clicks = <Clicks as Counter>::new(1);
    assert_eq!(Counter::bump(&mut clicks, 2), 3);
    assert_eq!(Counter::into_count(clicks), 3);
    assert_eq!(EatsBread::eat_bread(&Stack { items: vec![1, 2] }), "2 items");
    assert_eq!(EatsBread::eat_bread(&View { items: &[1, 2, 3][..] }), "3 in view");
    let bytes = [1_u8, 2];
    let crumbs = Crumbs { bytes: bytes.iter(), owner: &() };
    assert_eq!(EatsBread::eat_bread(&crumbs), "2 crumbs");
}
