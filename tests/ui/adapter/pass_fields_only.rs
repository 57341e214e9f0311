// A struct-level conformance whose members are all served by fields, in a `no_std` crate
// that denies every warning: the adapter adds none (it warned "unused imports" at the
// protocol's path).
#![no_std]
#![deny(warnings)]

extern crate alloc;

use protocol::{conforms, protocol};

#[protocol]
pub trait Named {
    #[field]
    fn name(&self) -> &str;
    #[field]
    fn age(&self) -> u8;
}

#[conforms(Named)]
pub struct User {
    name: alloc::string::String,
    age: u8,
}

fn main() {
    let user = User { name: "Ann".into(), age: 7 };
    assert_eq!((Named::name(&user), Named::age(&user)), ("Ann", 7));
}
