//! Generic protocols and associated types: written in the attribute, or inferred from the
//! block's signatures.
#![deny(warnings)]

use protocol::{conforms, protocol};

#[protocol]
pub trait Source<T> {
    fn get(&self) -> T;
}

#[protocol]
pub trait Container {
    type Item;
    fn first(&self) -> Option<&Self::Item>;
    fn put(&mut self, item: Self::Item);
}

#[protocol]
pub trait Convert<From, To = String> {
    fn convert(&self, from: From) -> To;
}

#[protocol]
pub trait Buffer<const N: usize> {
    fn bytes(&self) -> [u8; N];
}

#[protocol]
pub trait Parser<'a> {
    type Output;
    fn parse(&self, text: &'a str) -> Self::Output;
}

#[protocol]
pub trait Pair<A, B> {
    fn left(&self) -> A;
    fn right(&self) -> Vec<Option<B>>;
}

#[derive(Clone, Debug, PartialEq)]
pub struct Book(&'static str);

pub struct Counter(u32);

#[conforms(Source)] // infers `Source<u32>`
impl Counter {
    pub fn get(&self) -> u32 {
        self.0
    }
}

pub struct Written(u64);

#[conforms(Source<u64>)]
impl Written {
    pub fn get(&self) -> u64 {
        self.0
    }
}

pub struct Shelf(Vec<Book>);

#[conforms(Container)] // infers `Item = Book`
impl Shelf {
    pub fn first(&self) -> Option<&Book> {
        self.0.first()
    }
    pub fn put(&mut self, item: Book) {
        self.0.push(item);
    }
}

pub struct Labelled(Vec<String>);

#[conforms(Container<Item = String>)]
impl Labelled {
    pub fn first(&self) -> Option<&String> {
        self.0.first()
    }
    pub fn put(&mut self, item: String) {
        self.0.push(item);
    }
}

pub struct Shouter;

#[conforms(Convert)] // infers `Convert<u8>` and keeps the default `To = String`
impl Shouter {
    pub fn convert(&self, from: u8) -> String {
        from.to_string()
    }
}

pub struct Doubler;

#[conforms(Convert)] // infers `Convert<u8, u16>`
impl Doubler {
    pub fn convert(&self, from: u8) -> u16 {
        u16::from(from) * 2
    }
}

pub struct Header;

#[conforms(Buffer)] // infers `Buffer<4>`
impl Header {
    pub fn bytes(&self) -> [u8; 4] {
        [1, 2, 3, 4]
    }
}

pub struct Words;

#[conforms(Parser)] // infers the lifetime and `Output = Vec<&'a str>`
impl Words {
    pub fn parse<'a>(&self, text: &'a str) -> Vec<&'a str> {
        text.split(' ').collect()
    }
}

pub struct Both;

#[conforms(Pair)] // infers `Pair<i8, bool>` from nested positions
impl Both {
    pub fn left(&self) -> i8 {
        -1
    }
    pub fn right(&self) -> Vec<Option<bool>> {
        vec![Some(true)]
    }
}

fn total<T: Source<u32>>(source: &T) -> u32 {
    source.get()
}

fn main() {
    assert_eq!(total(&Counter(3)), 3);
    assert_eq!(Source::<u64>::get(&Written(4)), 4);
    let mut shelf = Shelf(Vec::new());
    Container::put(&mut shelf, Book("Dune"));
    assert_eq!(Container::first(&shelf), Some(&Book("Dune")));
    let mut labelled = Labelled(Vec::new());
    Container::put(&mut labelled, "a".to_owned());
    assert_eq!(Container::first(&labelled).map(String::as_str), Some("a"));
    assert_eq!(Convert::<u8>::convert(&Shouter, 7), "7");
    assert_eq!(Convert::<u8, u16>::convert(&Doubler, 7), 14);
    assert_eq!(Buffer::<4>::bytes(&Header), [1, 2, 3, 4]);
    assert_eq!(Parser::parse(&Words, "a b"), vec!["a", "b"]);
    assert_eq!(Pair::<i8, bool>::left(&Both), -1);
    assert_eq!(Pair::<i8, bool>::right(&Both), vec![Some(true)]);
}
