// A const argument written as a block (`S<{C + 1}>`) in `conform!`, under
// `#![deny(warnings)]`: the adapter spells it without the braces where an expression goes
// (it warned "unnecessary braces around const expression" at the user's `{C + 1}`).
#![deny(warnings)]

use protocol::{conform, protocol};

pub const C: usize = 2;

#[protocol]
pub trait Sized3<const N: usize> {
    fn size(&self) -> [u8; N];
}

pub struct Base;

impl Base {
    pub fn size(&self) -> [u8; 3] {
        [0; 3]
    }
}

conform!(impl Sized3<{C + 1}> for Base);

fn main() {
    assert_eq!(Sized3::size(&Base), [0; 3]);
}
