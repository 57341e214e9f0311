// mistakes: 2
use protocol::{conforms, protocol};

#[protocol]
pub trait Build {
    fn build() -> Self;
    fn merge(&self, other: &Self) -> usize;
    fn count(&self) -> usize;
}

pub struct Brick;

#[conforms(Build)]
impl Brick {
    pub fn build() -> Self {
        Brick
    }
    pub fn merge(&self, _other: &Self) -> usize {
        2
    }
    pub fn count(&self) -> usize {
        1
    }
}

#[conforms(Build via brick)]
pub struct Wall {
    brick: Brick,
}

#[protocol]
pub trait Sides {
    const SIDES: u32;
    fn kind() -> &'static str;
    fn area(&self) -> f64;
}

pub struct Square;

#[conforms(Sides)]
impl Square {
    const SIDES: u32 = 4;
    pub fn kind() -> &'static str {
        "square"
    }
    pub fn area(&self) -> f64 {
        1.0
    }
}

#[conforms(Sides via variants)]
pub enum AnySides {
    Square(Square),
}

fn main() {}
