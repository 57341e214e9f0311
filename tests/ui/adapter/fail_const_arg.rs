// mistakes: 1
// A missing member of a protocol whose const argument is a block: the message shows the
// signature with the argument filled in (its braces used to break the message's format, so
// rustc printed "`{Self}` does not conform" literally).
use protocol::{conform, protocol};

pub const C: usize = 2;

#[protocol]
pub trait Sized3<const N: usize> {
    fn size(&self) -> [u8; N];
}

pub struct Other;

conform!(impl Sized3<{C + 1}> for Other);

fn main() {}
