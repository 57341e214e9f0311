// mistakes: 1
// `#[keep_default]` on a required method: there is no default to keep.
use protocol::protocol;

#[protocol]
pub trait Shape {
    #[keep_default]
    fn area(&self) -> f64;
}

fn main() {}
