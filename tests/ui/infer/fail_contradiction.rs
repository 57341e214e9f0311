// mistakes: 2
use protocol::{conforms, protocol};

#[protocol]
pub trait Pipe<T> {
    fn push(&mut self, item: T);
    fn pop(&mut self) -> Option<T>;
}

#[protocol]
pub trait Container {
    type Item;
    fn first(&self) -> Option<&Self::Item>;
}

pub struct Queue;

#[conforms(Pipe)]
impl Queue {
    pub fn push(&mut self, item: u32) {
        let _ = item;
    }
    pub fn pop(&mut self) -> Option<u64> {
        None
    }
}

pub struct Shelf(Vec<String>);

#[conforms(Container<Itme = String>)]
impl Shelf {
    pub fn first(&self) -> Option<&String> {
        self.0.first()
    }
}

fn main() {}
