//! Adapters (struct-level `#[conforms]` and `conform!`) of a protocol whose members name a
//! supertrait's associated type (`fn first(&self) -> Option<&Self::V>` of `trait Get: Map`),
//! as the impl-block form always allowed.
#![deny(warnings)]
// `lookup` takes `&Self::K` as the protocol says, whatever `K` is.
#![allow(clippy::trivially_copy_pass_by_ref)]

use protocol::{conform, conforms, protocol};

#[protocol]
trait Map {
    type V;
}

#[protocol]
trait Get: Map {
    fn first(&self) -> Option<&Self::V>;
    fn count(&self) -> usize {
        0
    }
}

/// Two supertraits: the alias finds `K` and `V` through either.
#[protocol]
trait Keyed {
    type K;
}

#[protocol]
trait Lookup: Map + Keyed {
    fn lookup(&self, key: &Self::K) -> Option<Self::V>;
}

#[conforms(Get, Lookup)]
struct Scores {
    values: Vec<u32>,
}

impl Map for Scores {
    type V = u32;
}

impl Keyed for Scores {
    type K = usize;
}

impl Scores {
    fn first(&self) -> Option<&u32> {
        self.values.first()
    }
    fn count(&self) -> usize {
        self.values.len()
    }
    fn lookup(&self, key: &usize) -> Option<u32> {
        self.values.get(*key).copied()
    }
}

struct Shelf<T> {
    items: Vec<T>,
}

impl<T> Map for Shelf<T> {
    type V = T;
}

impl<T> Shelf<T> {
    fn first(&self) -> Option<&T> {
        self.items.first()
    }
}

conform!(impl<T> Get for Shelf<T>);

fn first_of<G: Get>(g: &G) -> Option<&G::V> {
    g.first()
}

#[test]
fn struct_level_conformance_names_supertrait_types() {
    let scores = Scores { values: vec![7, 9] };
    assert_eq!(first_of(&scores), Some(&7));
    assert_eq!(Get::count(&scores), 2);
    assert_eq!(Lookup::lookup(&scores, &1), Some(9));
}

#[test]
fn conform_names_supertrait_types_of_a_generic_type() {
    let shelf = Shelf {
        items: vec!["a", "b"],
    };
    assert_eq!(first_of(&shelf), Some(&"a"));
    assert_eq!(Get::count(&shelf), 0);
}
