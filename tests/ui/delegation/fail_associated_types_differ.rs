// mistakes: 1
use protocol::{conforms, protocol};

#[protocol]
pub trait Source {
    type Item;
    fn next_item(&mut self) -> Option<Self::Item>;
}

pub struct Numbers;

#[conforms(Source)]
impl Numbers {
    pub fn next_item(&mut self) -> Option<u32> {
        Some(1)
    }
}

pub struct Words;

#[conforms(Source)]
impl Words {
    pub fn next_item(&mut self) -> Option<String> {
        None
    }
}

#[conforms(Source via variants)]
pub enum Mixed {
    Numbers(Numbers),
    Words(Words),
}

fn main() {}
