// mistakes: 1
use protocol::{conforms, protocol};

#[protocol]
pub unsafe trait Zeroable {
    fn zeroed() -> Self;
}

pub struct Bytes;

#[conforms(Zeroable)]
impl Bytes {
    pub fn zeroed() -> Self {
        Bytes
    }
}

fn main() {}
