//! `#[cfg]` on a protocol's members and on the block's methods: a member that does not exist
//! in this configuration is neither required nor implemented.
#![deny(warnings)]

use protocol::{conforms, protocol};

#[protocol]
pub trait Platform {
    fn name(&self) -> &'static str;
    #[cfg(any())]
    fn never(&self) -> u8;
    #[cfg(all())]
    fn always(&self) -> u8;
}

pub struct Here;

#[conforms(Platform)]
impl Here {
    pub fn name(&self) -> &'static str {
        "here"
    }
    // `never` is not written: the trait has no such member in this configuration.
    pub fn always(&self) -> u8 {
        1
    }
}

pub struct Everywhere;

#[conforms(Platform)]
impl Everywhere {
    pub fn name(&self) -> &'static str {
        "everywhere"
    }
    // Written although the trait does not have it here: it stays an inherent method.
    pub fn never(&self) -> u8 {
        0
    }
    #[cfg(all())]
    pub fn always(&self) -> u8 {
        2
    }
}

fn main() {
    assert_eq!(Platform::always(&Here), 1);
    assert_eq!(Platform::name(&Everywhere), "everywhere");
    assert_eq!(Everywhere.never(), 0);
    assert_eq!(Platform::always(&Everywhere), 2);
}
