//! `#[field]` data members: satisfied by a struct field of the member's name when the block
//! does not define them, or by a method of that name.
#![deny(warnings)]

use protocol::{conforms, protocol, MemberKind};

#[protocol]
pub trait Named {
    /// `&self.name`; a `String` field gives `&str` through `Deref`.
    #[field]
    fn name(&self) -> &str;
    /// A clone of `self.age`.
    #[field]
    fn age(&self) -> u32;
    /// `&mut self.tags`.
    #[field]
    fn tags_mut(&mut self) -> &mut Vec<String>;
    /// `self.age = value`.
    #[field]
    fn set_age(&mut self, value: u32);
    /// An ordinary member beside them.
    fn greet(&self) -> String;
}

pub struct User {
    name: String,
    age: u32,
    tags: Vec<String>,
}

#[conforms(Named)]
impl User {
    pub fn greet(&self) -> String {
        format!("hi, {}", self.name)
    }
}

pub struct Robot {
    serial: u32,
    tags: Vec<String>,
}

// A method of the member's name satisfies a `#[field]` member too.
#[conforms(Named)]
impl Robot {
    pub fn name(&self) -> &str {
        "robot"
    }
    pub fn age(&self) -> u32 {
        self.serial
    }
    pub fn set_age(&mut self, value: u32) {
        self.serial = value;
    }
    pub fn greet(&self) -> String {
        "beep".into()
    }
}

fn birthday(person: &mut impl Named) -> u32 {
    let next = person.age() + 1;
    person.set_age(next);
    person.tags_mut().push(format!("{next}"));
    person.age()
}

fn main() {
    let mut user = User { name: "Ann".into(), age: 41, tags: Vec::new() };
    assert_eq!(birthday(&mut user), 42);
    assert_eq!(Named::name(&user), "Ann");
    assert_eq!(user.tags, ["42"]);
    assert_eq!(user.greet(), "hi, Ann");

    let mut robot = Robot { serial: 7, tags: Vec::new() };
    assert_eq!(birthday(&mut robot), 8);
    assert_eq!(Named::name(&robot), "robot");

    let kinds: Vec<MemberKind> = protocol::members!(Named).iter().map(|m| m.kind).collect();
    assert_eq!(
        kinds,
        [MemberKind::Field, MemberKind::Field, MemberKind::Field, MemberKind::Field, MemberKind::Method]
    );
}
