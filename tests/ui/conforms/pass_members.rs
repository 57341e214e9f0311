//! `#[conforms]` on inherent impl blocks: every kind of member, several protocols, generic
//! impls, and methods that stay callable without the trait in scope.
#![deny(warnings)]

mod protocols {
    use protocol::protocol;

    #[protocol]
    pub trait EatsBread {
        fn eat_bread(&self) -> String;
        fn crumbs(&self) -> usize {
            0
        }
    }

    #[protocol]
    pub trait Swims {
        fn swim(&mut self, metres: u32) -> u32;
        /// Shared with `EatsBread`-like protocols: written once in the block.
        fn name(&self) -> String;
    }

    #[protocol]
    pub trait Named {
        fn name(&self) -> String;
    }

    #[protocol]
    pub trait Kind {
        const KIND: &'static str;
        const LEGS: u8 = 2;
        fn new(name: &str) -> Self;
        fn consume(self) -> String;
        fn boxed(self: Box<Self>) -> usize;
    }

    #[protocol]
    pub trait Len {
        fn len(&self) -> usize;
        fn is_empty(&self) -> bool {
            self.len() == 0
        }
    }

    #[protocol]
    pub trait Fallible {
        fn check(&self, limit: usize) -> Result<usize, String>;
        fn generic<T: Clone + Into<u64>>(&self, value: T) -> u64;
        fn with_impl(&self, values: impl IntoIterator<Item = u8>) -> u32;
        fn with_pattern(&self, pair: (u8, u8)) -> u8;
        fn with_lifetime<'a>(&self, text: &'a str) -> &'a str;
    }

    #[protocol]
    pub trait Asynchronous {
        #[allow(async_fn_in_trait)]
        async fn fetch(&self, key: &str) -> String;
        fn fetch_send(&self) -> impl core::future::Future<Output = u8> + Send;
    }

    #[protocol]
    pub trait Raw {
        unsafe fn read(&self, ptr: *const u8) -> u8;
    }
}

use protocols::{Asynchronous, EatsBread, Fallible, Kind, Len, Named, Raw, Swims};

pub struct Duck {
    name: String,
    swum: u32,
}

#[protocol::conforms(protocols::EatsBread, protocols::Swims, protocols::Named)]
impl Duck {
    pub fn eat_bread(&self) -> String {
        format!("{} eats", self.name)
    }

    pub fn swim(&mut self, metres: u32) -> u32 {
        self.swum += metres;
        self.swum
    }

    pub fn name(&self) -> String {
        self.name.clone()
    }

    /// Not a protocol member: stays an ordinary inherent method.
    pub fn quack(&self) -> &'static str {
        "quack"
    }
}

#[protocol::conforms(protocols::Kind)]
impl Duck {
    const KIND: &'static str = "duck";

    pub fn new(name: &str) -> Self {
        Self {
            name: name.to_owned(),
            swum: 0,
        }
    }

    pub fn consume(self) -> String {
        self.name
    }

    pub fn boxed(self: Box<Self>) -> usize {
        self.name.len()
    }
}

pub struct Stack<T> {
    items: Vec<T>,
}

#[protocol::conforms(protocols::Len)]
impl<T: Clone> Stack<T>
where
    T: core::fmt::Debug,
{
    pub const fn len(&self) -> usize {
        self.items.len()
    }
}

pub struct Checker;

#[protocol::conforms(protocols::Fallible)]
impl Checker {
    pub fn check(&self, limit: usize) -> Result<usize, String> {
        if limit > 3 { Ok(limit) } else { Err("small".into()) }
    }
    pub fn generic<T: Clone + Into<u64>>(&self, value: T) -> u64 {
        value.into()
    }
    pub fn with_impl(&self, values: impl IntoIterator<Item = u8>) -> u32 {
        values.into_iter().map(u32::from).sum()
    }
    pub fn with_pattern(&self, (a, b): (u8, u8)) -> u8 {
        a + b
    }
    pub fn with_lifetime<'a>(&self, text: &'a str) -> &'a str {
        text
    }
}

pub struct Fetcher;

#[protocol::conforms(protocols::Asynchronous, protocols::Raw)]
impl Fetcher {
    pub async fn fetch(&self, key: &str) -> String {
        key.to_uppercase()
    }
    pub async fn fetch_send(&self) -> u8 {
        9
    }
    /// # Safety
    /// `ptr` must be valid for reads.
    pub unsafe fn read(&self, ptr: *const u8) -> u8 {
        unsafe { *ptr }
    }
}

fn is_send<T: Send>(_: &T) {}

fn main() {
    let mut duck = Duck::new("Donald");
    assert_eq!(EatsBread::eat_bread(&duck), "Donald eats");
    assert_eq!(EatsBread::crumbs(&duck), 0);
    assert_eq!(Swims::swim(&mut duck, 3), 3);
    assert_eq!(Named::name(&duck), "Donald");
    assert_eq!(duck.quack(), "quack");
    assert_eq!(<Duck as Kind>::KIND, "duck");
    assert_eq!(<Duck as Kind>::LEGS, 2);
    let made: Duck = Kind::new("Daisy");
    assert_eq!(Kind::boxed(Box::new(made)), 5);
    assert_eq!(Kind::consume(duck), "Donald");

    let stack = Stack { items: vec![1, 2] };
    assert_eq!(Len::len(&stack), 2);
    assert!(!Len::is_empty(&stack));

    assert_eq!(Fallible::check(&Checker, 5), Ok(5));
    assert_eq!(Fallible::generic(&Checker, 7u8), 7);
    assert_eq!(Fallible::with_impl(&Checker, [1, 2, 3]), 6);
    assert_eq!(Fallible::with_pattern(&Checker, (1, 2)), 3);
    assert_eq!(Fallible::with_lifetime(&Checker, "x"), "x");

    let future = Asynchronous::fetch_send(&Fetcher);
    is_send(&future);
    drop(future);
    drop(Asynchronous::fetch(&Fetcher, "k"));
    let byte = 5u8;
    assert_eq!(unsafe { Raw::read(&Fetcher, &byte) }, 5);
}
