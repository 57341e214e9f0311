// A `pub` protocol declared in a function body, conformed to there: no warning (its carrier
// is `#[macro_export]`ed, which rustc warns about in a function unless allowed).
#![deny(warnings)]

use protocol::{conforms, protocol};

fn main() {
    #[protocol]
    pub trait Area {
        fn area(&self) -> u32;
    }

    pub struct Square(u32);

    #[conforms(Area)]
    impl Square {
        pub fn area(&self) -> u32 {
            self.0 * self.0
        }
    }

    #[conforms(Area)]
    pub struct Circle;

    impl Circle {
        pub fn area(&self) -> u32 {
            3
        }
    }

    let shapes: [&dyn Area; 2] = [&Square(2), &Circle];
    assert_eq!(shapes.iter().map(|s| s.area()).sum::<u32>(), 7);
}
