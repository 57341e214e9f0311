//! The signature carrier is found by the trait's own path: from modules declared before
//! the trait's module, through `use` renames and glob re-exports, from a function body,
//! and from another crate.
#![deny(warnings)]

use protocol::conforms;

mod before {
    pub struct Early;

    #[protocol::conforms(crate::animals::Named)]
    impl Early {
        pub fn name(&self) -> String {
            "early".into()
        }
    }
}

mod animals {
    #[protocol::protocol]
    pub trait Named {
        fn name(&self) -> String;
    }

    #[protocol::protocol]
    pub(crate) trait Counted {
        fn count(&self) -> usize;
    }
}

mod reexports {
    pub use crate::animals::*;
}

mod crate_reexports {
    pub(crate) use crate::animals::Counted;
}

mod renamed {
    pub(crate) use crate::animals::Counted as Tally;
    pub use crate::animals::Named as Called;
}

pub struct ViaGlob;

#[conforms(reexports::Named, crate_reexports::Counted)]
impl ViaGlob {
    pub fn name(&self) -> String {
        "glob".into()
    }
    pub fn count(&self) -> usize {
        1
    }
}

pub struct ViaRename;

#[conforms(renamed::Called, renamed::Tally)]
impl ViaRename {
    pub fn name(&self) -> String {
        "rename".into()
    }
    pub fn count(&self) -> usize {
        2
    }
}

use animals::Named as LocalName;

pub struct ViaUse;

#[conforms(LocalName)]
impl ViaUse {
    pub fn name(&self) -> String {
        "use".into()
    }
}

/// From another crate: the `animals` fixture of this repository.
pub struct Sparrow;

#[conforms(::animals::EatsBread, ::animals::prelude::Flies)]
impl Sparrow {
    pub fn eat_bread(&self) -> String {
        "peck".into()
    }
    pub fn fly(&mut self, metres: u32) -> u32 {
        metres
    }
}

fn describe(named: &impl animals::Named) -> String {
    named.name()
}

fn main() {
    #[protocol::protocol]
    trait Local {
        fn local(&self) -> u8;
    }
    struct Here;
    #[conforms(Local)]
    impl Here {
        fn local(&self) -> u8 {
            3
        }
    }
    fn call(x: &impl Local) -> u8 {
        x.local()
    }
    assert_eq!(call(&Here), 3);

    assert_eq!(describe(&before::Early), "early");
    assert_eq!(describe(&ViaGlob), "glob");
    assert_eq!(describe(&ViaRename), "rename");
    assert_eq!(describe(&ViaUse), "use");
    assert_eq!(animals::Counted::count(&ViaRename), 2);
    assert_eq!(::animals::feed(&Sparrow), "peck");
    let mut sparrow = Sparrow;
    assert_eq!(::animals::prelude::Flies::fly(&mut sparrow, 5), 5);
}
