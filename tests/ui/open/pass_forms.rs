// Forms of open conformance that compile: lifetime- and type-generic protocols, supertraits,
// bounded associated types, `-> Self` through `Open<T>`, `#[methods]` on a struct with a
// lifetime and on a generic block with a where clause, `crate = path`.
use protocol::{protocol, Open};

mod reexport {
    pub use ::protocol as renamed;
}

#[protocol(open)]
pub trait Parser<'a> {
    fn parse(&self, text: &'a str) -> &'a str;
}

#[protocol(open)]
pub trait Named {
    fn name(&self) -> String;
}

#[protocol(open)]
pub trait Greeter: Named {
    fn greet(&self) -> String;
}

#[protocol(open)]
pub trait Sequence {
    type Item: Clone + core::fmt::Debug;
    fn first(&self) -> Option<&Self::Item>;
    fn size(&self) -> usize;
}

#[protocol(crate = reexport::renamed)]
pub trait Fresh {
    fn fresh() -> Self;
    fn label(&self) -> &str;
}

#[protocol::methods]
pub struct View<'a> {
    pub text: &'a str,
}

pub struct Words;

#[protocol::methods]
impl Words {
    pub fn parse<'a>(&self, text: &'a str) -> &'a str {
        text.split(' ').next().unwrap_or("")
    }
    pub fn name(&self) -> String {
        "words".into()
    }
    pub fn greet(&self) -> String {
        format!("hello from {}", self.name())
    }
    pub fn fresh() -> Self {
        Words
    }
    pub fn label(&self) -> &str {
        "w"
    }
}

pub struct Stack<T>(Vec<T>);

#[protocol::methods(crate = reexport::renamed)]
impl<T> Stack<T>
where
    T: Clone + core::fmt::Debug,
{
    pub fn first(&self) -> Option<&T> {
        self.0.first()
    }
    pub fn size(&self) -> usize {
        self.0.len()
    }
}

fn first_word<'a>(parser: &impl Parser<'a>, text: &'a str) -> &'a str {
    parser.parse(text)
}

fn main() {
    let view = View { text: "a b" };
    assert_eq!(view.text, "a b");
    assert_eq!(first_word(&Words, "one two"), "one");
    assert_eq!(Greeter::greet(&Words), "hello from words");
    assert_eq!(Sequence::first(&Stack(vec![1, 2])), Some(&1));
    let fresh: Open<Words> = Fresh::fresh();
    assert_eq!(Fresh::label(&fresh), "w");
}
