// Every way of conforming registers a non-generic type with a `runtime_checkable` protocol,
// and a generic protocol with an associated type can be cast to with its arguments.
use protocol::{conform, conforms, protocol};
use std::any::Any;

#[protocol(runtime_checkable)]
pub trait Quacks {
    fn quack(&self) -> String;
    fn volume(&self) -> u8 {
        1
    }
    // Not in `dyn Quacks`, and that is fine.
    fn duplicate(&self) -> Self
    where
        Self: Sized + Clone,
    {
        self.clone()
    }
}

#[protocol(runtime_checkable, forward())]
pub trait Source<T: Copy> {
    type Peek;
    fn peek(&self) -> Self::Peek;
    fn get(&mut self) -> T;
}

// Lifetime, type and const parameters, a where clause, a bounded associated type and one
// left out of `dyn`: the `RuntimeCheckable` impl covers every argument.
#[protocol(runtime_checkable)]
pub trait Parser<'a, T: Clone, const N: usize>
where
    T: Default,
{
    type Out: Clone;
    type Scratch
    where
        Self: Sized;
    fn parse(&self, text: &'a str) -> Self::Out;
}

pub struct Words;

#[conforms(Parser<'static, u8, 3, Out = usize, Scratch = ()>)]
impl Words {
    pub fn parse(&self, text: &'static str) -> usize {
        text.split_whitespace().count()
    }
}

// An impl block.
#[derive(Clone)]
pub struct Duck;

#[conforms(Quacks)]
impl Duck {
    pub fn quack(&self) -> String {
        "quack".into()
    }
}

// A struct, through its inherent methods.
#[conforms(Quacks)]
#[derive(Clone)]
pub struct Robot {
    id: u8,
}

impl Robot {
    pub fn quack(&self) -> String {
        format!("beep {}", self.id)
    }
    pub fn volume(&self) -> u8 {
        9
    }
}

// A newtype adapter.
pub struct Horn(String);
impl Horn {
    pub fn quack(&self) -> String {
        self.0.clone()
    }
}
conform!(impl Quacks for pub struct Loud(Horn));

// A generic protocol, its arguments inferred.
pub struct Counter(u32);

#[conforms(Source)]
impl Counter {
    pub fn peek(&self) -> String {
        self.0.to_string()
    }
    pub fn get(&mut self) -> u32 {
        self.0 += 1;
        self.0
    }
}

// A generic type: registered per instantiation by hand.
pub struct Wrapper<T>(T);

#[conforms(Quacks)]
impl<T: Clone + std::fmt::Debug> Wrapper<T> {
    pub fn quack(&self) -> String {
        format!("{:?}", self.0)
    }
}

protocol::register!(Wrapper<u8>: Quacks);

fn main() {
    let mut pond: Vec<Box<dyn Any>> = vec![
        Box::new(Duck),
        Box::new(Robot { id: 2 }),
        Box::new(Loud(Horn("honk".into()))),
        Box::new(Counter(4)),
        Box::new(Wrapper(7_u8)),
        Box::new(Wrapper(7_u16)),
        Box::new("a rock"),
    ];
    let sounds: Vec<(String, u8)> = pond
        .iter()
        .filter_map(|thing| protocol::cast::<dyn Quacks>(thing.as_ref()))
        .map(|q| (q.quack(), q.volume()))
        .collect();
    assert_eq!(
        sounds,
        [
            ("quack".to_owned(), 1),
            ("beep 2".to_owned(), 9),
            ("honk".to_owned(), 1),
            ("7".to_owned(), 1)
        ]
    );
    let counter = protocol::cast_mut::<dyn Source<u32, Peek = String>>(pond[3].as_mut()).unwrap();
    assert_eq!(counter.get(), 5);
    assert_eq!(counter.peek(), "5");
    assert!(!protocol::conforms_to::<dyn Source<u32, Peek = String>>(pond[0].as_ref()));
    let words: Box<dyn Any> = Box::new(Words);
    let parser = protocol::cast::<dyn Parser<'static, u8, 3, Out = usize>>(words.as_ref());
    assert_eq!(parser.map(|p| p.parse("a b c")), Some(3));
}
