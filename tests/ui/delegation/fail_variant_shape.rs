// mistakes: 2
use protocol::{conforms, protocol};

#[protocol]
pub trait Shape {
    fn area(&self) -> f64;
}

pub struct Circle;

#[conforms(Shape)]
impl Circle {
    pub fn area(&self) -> f64 {
        3.0
    }
}

#[conforms(Shape via variants)]
pub enum TwoValues {
    Circle(Circle),
    Pair(Circle, Circle),
}

#[conforms(Shape via variants)]
pub enum Nothing {
    Circle(Circle),
    Empty,
}

fn main() {}
