//! Optional members in the duck-typed adapters (SPEC 2b, 2c): the type's inherent method
//! when it has one, else the protocol's default, which runs with `Self` the conforming type.

#![allow(missing_docs, clippy::must_use_candidate, clippy::len_without_is_empty)] // test items
use animals::EatsBread;
use protocol::{conform, conforms, protocol};

#[protocol]
pub trait Greets {
    fn name(&self) -> &str;
    fn greet(&self) -> String {
        format!("hi {}", self.name())
    }
    fn shout(&self, times: u8) -> String {
        format!("{}{}", self.name(), "!".repeat(usize::from(times)))
    }
    fn pair<'a>(&'a self, other: &'a str) -> (&'a str, &'a str) {
        (self.name(), other)
    }
    fn rename(&mut self, (first, last): (&str, &str)) -> String {
        format!("{first} {last} was {}", self.name())
    }
    fn into_len(self) -> usize
    where
        Self: Sized,
    {
        self.name().len()
    }
}

#[conforms(Greets)]
pub struct User {
    name: String,
}

impl User {
    pub fn name(&self) -> &str {
        &self.name
    }
    pub fn shout(&self, times: u8) -> String {
        format!("{} SHOUTS x{times}", self.name)
    }
    pub fn into_len(self) -> usize {
        100 + self.name.len()
    }
}

#[test]
fn an_inherent_method_overrides_the_default_and_the_rest_keep_theirs() {
    let mut user = User { name: "ann".into() };
    assert_eq!(Greets::greet(&user), "hi ann"); // default, calling the inherent `name`
    assert_eq!(Greets::shout(&user, 2), "ann SHOUTS x2"); // inherent
    assert_eq!(Greets::pair(&user, "bob"), ("ann", "bob")); // default, with its lifetimes
    assert_eq!(Greets::rename(&mut user, ("a", "b")), "a b was ann"); // default, a pattern
    assert_eq!(Greets::into_len(user), 103); // inherent, by value
}

#[conforms(Greets)]
pub struct Tagged<T: Clone> {
    name: String,
    tag: T,
}

impl<T: Clone> Tagged<T> {
    pub fn name(&self) -> &str {
        &self.name
    }
    pub fn greet(&self) -> String {
        format!("tagged {}", self.name)
    }
    pub fn tag(&self) -> T {
        self.tag.clone()
    }
}

#[test]
fn generic_types_pick_per_member_too() {
    let tagged = Tagged {
        name: "t".into(),
        tag: 7u8,
    };
    assert_eq!(Greets::greet(&tagged), "tagged t");
    assert_eq!(Greets::shout(&tagged, 1), "t!");
    assert_eq!(tagged.tag(), 7);
}

#[protocol]
pub trait Len {
    fn len(&self) -> usize;
    fn is_empty(&self) -> bool {
        self.len() == 0
    }
    fn describe(&self) -> String {
        format!("{} items", self.len())
    }
}

conform!(impl<T> Len for Vec<T>);
conform!(impl Len for pub struct Text(String));

#[test]
fn conform_uses_std_inherent_methods_for_optional_members() {
    // `Vec::is_empty` is inherent; `describe` is the default.
    assert!(Len::is_empty(&Vec::<u8>::new()));
    assert_eq!(Len::describe(&vec![1, 2]), "2 items");
    let text = Text::from(String::from("four"));
    assert!(!Len::is_empty(&text));
    assert_eq!(Len::describe(&text), "4 items");
}

/// Counts the calls of its inherent `is_empty`, to tell it from the default.
pub struct Probe(core::cell::Cell<u32>);

impl Probe {
    pub fn len(&self) -> usize {
        0
    }
    pub fn is_empty(&self) -> bool {
        self.0.set(self.0.get() + 1);
        false
    }
}

conform!(impl Len for Probe);

#[test]
fn the_inherent_method_is_what_runs() {
    let probe = Probe(core::cell::Cell::new(0));
    assert!(!Len::is_empty(&probe)); // the default would say `true` (len is 0)
    assert_eq!(probe.0.get(), 1);
}

#[conforms(EatsBread)]
pub struct Sparrow;

impl Sparrow {
    pub fn eat_bread(&self) -> String {
        "peck".into()
    }
    pub fn crumbs(&self) -> usize {
        3
    }
}

#[conforms(EatsBread)]
pub struct Pigeon;

impl Pigeon {
    pub fn eat_bread(&self) -> String {
        "coo".into()
    }
}

#[test]
fn a_foreign_protocols_default_is_overridden_or_kept() {
    assert_eq!(EatsBread::crumbs(&Sparrow), 3);
    assert_eq!(EatsBread::crumbs(&Pigeon), 0);
}

#[protocol]
pub trait Bag {
    fn count(&self) -> usize;
    // `-> impl Trait` cannot be named in the adapter's `Fn` bound: the default serves.
    fn items(&self) -> impl Iterator<Item = u8> {
        core::iter::repeat_n(0, self.count())
    }
}

#[conforms(Bag)]
pub struct Sack {
    count: usize,
}

impl Sack {
    pub fn count(&self) -> usize {
        self.count
    }
}

#[test]
fn an_optional_member_returning_impl_trait_keeps_its_default() {
    assert_eq!(Bag::items(&Sack { count: 3 }).count(), 3);
}

#[protocol]
pub trait Measured {
    fn len(&self) -> usize;
    // Only for sized types: for `str` the default stays (it could never run there).
    fn twice(self) -> usize
    where
        Self: Sized,
    {
        self.len() * 2
    }
}

conform!(impl Measured for str);
conform!(impl Measured for String);

#[test]
fn an_unsized_type_conforms_despite_a_sized_only_optional_member() {
    assert_eq!(Measured::len("abc"), 3);
    assert_eq!(Measured::twice(String::from("ab")), 4);
}

/// An adapter inside a function body: the hidden module then sits in the body's block, and
/// names nothing outside it.
#[test]
#[allow(
    clippy::unused_self,
    clippy::needless_lifetimes,
    clippy::unnecessary_literal_bound
)]
fn an_adapter_in_a_function_body() {
    #[conforms(Greets)]
    struct Local;
    impl Local {
        fn name(&self) -> &str {
            "local"
        }
        fn greet(&self) -> String {
            "hello from the body".to_owned()
        }
    }
    conform!(impl Greets for Local2);
    struct Local2(u8);
    impl Local2 {
        fn name(&self) -> &str {
            if self.0 == 0 {
                "zero"
            } else {
                "other"
            }
        }
    }
    assert_eq!(Greets::greet(&Local), "hello from the body");
    assert_eq!(Greets::shout(&Local, 2), "local!!");
    assert_eq!(Greets::greet(&Local2(0)), "hi zero");
}
