// mistakes: 1
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

pub struct Line;

#[conforms(Shape via variants)]
pub enum AnyShape {
    Circle(Circle),
    Line(Line),
}

fn main() {}
