// mistakes: 7
use protocol::protocol;

#[protocol]
pub struct NotATrait {
    pub field: u8,
}

#[protocol(frobnicate, runtime_checkable(yes), crate, no_implicit_prelude = true)]
pub trait UnknownOption {
    fn f(&self);
}

macro_rules! items {
    () => {
        fn generated(&self);
    };
}

#[protocol]
pub trait WithMacro {
    items!();
    fn kept(&self);
}

#[protocol]
pub fn not_a_trait_either() {}

fn main() {
    let _ = NotATrait { field: 1 };
    not_a_trait_either();
}
