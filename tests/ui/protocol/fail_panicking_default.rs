// mistakes: 1
// A default body that only panics, as a Python `...` stub translates: every conforming type
// would silently get it. `#[protocol]` warns (an error under `deny(warnings)`).
#![deny(warnings)]

use protocol::protocol;

#[protocol]
pub trait Shape {
    fn area(&self) -> f64 {
        todo!()
    }
    fn name(&self) -> String {
        "shape".into()
    }
}

fn main() {}
