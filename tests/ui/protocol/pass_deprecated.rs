// `#[deprecated]` members (std's `Error::description`) and deprecated inherent methods add
// no warning in any generated code: forwarding impls, impl-block and struct-level
// conformances, `conform!`, delegation, open conformance and `Open<T>`.
#![deny(warnings)]

use protocol::{conform, conforms, protocol, Open};

#[protocol(runtime_checkable)]
pub trait Error {
    #[deprecated(note = "use Display")]
    fn description(&self) -> &str {
        "error"
    }
    #[deprecated]
    fn code(&self) -> u8;
    fn source(&self) -> Option<&str> {
        None
    }
}

#[protocol(open)]
pub trait Legacy {
    #[deprecated]
    fn legacy(&self) -> u8;
}

pub struct ByBlock;

#[conforms(Error, Legacy)]
impl ByBlock {
    #[deprecated]
    pub fn code(&self) -> u8 {
        1
    }
    #[deprecated]
    pub fn legacy(&self) -> u8 {
        2
    }
}

#[conforms(Error)]
pub struct ByStruct;

impl ByStruct {
    #[deprecated]
    pub fn code(&self) -> u8 {
        3
    }
}

pub struct Foreign;

impl Foreign {
    #[deprecated]
    pub fn code(&self) -> u8 {
        4
    }
}

conform!(impl Error for Foreign);

#[conforms(Error via inner)]
pub struct Wrapper {
    inner: ByBlock,
}

pub struct Published;

#[protocol::methods]
impl Published {
    #[deprecated]
    pub fn legacy(&self) -> u8 {
        5
    }
}

fn codes(errors: &[&dyn Error]) -> Vec<u8> {
    #[allow(deprecated)]
    errors.iter().map(|e| e.code()).collect()
}

fn main() {
    let boxed: Box<dyn Error> = Box::new(ByStruct);
    let codes = codes(&[&ByBlock, &ByStruct, &Foreign, &Wrapper { inner: ByBlock }, &&ByBlock, &boxed]);
    assert_eq!(codes, [1, 3, 4, 1, 1, 3]);
    #[allow(deprecated)]
    let legacy = (Legacy::legacy(&Published), Legacy::legacy(Open::from_ref(&ByBlock)));
    assert_eq!(legacy, (5, 2));
}
