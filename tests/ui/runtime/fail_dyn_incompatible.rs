// mistakes: 6
// `runtime_checkable` casts to `dyn P`: each member that keeps `dyn P` from existing is
// named, with the reason and the fix.
use protocol::protocol;

#[protocol(runtime_checkable)]
pub trait Shape {
    const SIDES: u32;
    fn new() -> Self;
    fn scale<T: Into<f64>>(&self, by: T) -> f64;
    fn merge(&self, other: &Self) -> f64;
    async fn area(&self) -> f64;
    fn name(&self) -> String;
    // Left out of `dyn Shape`: fine.
    fn clone_shape(&self) -> Self
    where
        Self: Sized;
}

#[protocol(runtime_checkable)]
pub trait Unsized: Sized {
    fn size(&self) -> usize;
}

fn main() {}
