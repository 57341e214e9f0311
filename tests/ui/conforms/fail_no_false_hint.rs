// mistakes: 1
// `ready` is a member of `Ready`, listed in the same attribute: no "`ready` is similar to
// `read`" hint; only the missing `read` is reported.
use protocol::{conforms, protocol};

#[protocol]
pub trait Read {
    fn read(&mut self) -> u8;
}

#[protocol]
pub trait Ready {
    fn ready(&self) -> bool;
}

pub struct Port;

#[conforms(Read, Ready)]
impl Port {
    pub fn ready(&self) -> bool {
        true
    }
}

fn main() {}
