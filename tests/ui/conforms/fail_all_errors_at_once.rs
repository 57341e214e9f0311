// mistakes: 2
//! Several mistakes in one block: all are reported in one compile.
use protocol::{conforms, protocol};

#[protocol]
pub trait Shape {
    fn area(&self) -> f64;
    fn sides(&self) -> usize;
    fn name(&self) -> String;
}

pub struct Square(f64);

#[conforms(Shape)]
impl Square {
    pub fn area(&self) -> f32 {
        (self.0 * self.0) as f32
    }
    pub fn sidez(&self) -> usize {
        4
    }
}

fn main() {
    // The block's methods still resolve: the user's item is emitted despite the errors.
    let _ = Square(2.0).sidez();
}
