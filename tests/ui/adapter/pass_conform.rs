//! `conform!`: std collections conform to `Len` through their inherent methods; the newtype
//! form adapts a foreign type to a foreign protocol.
#![deny(warnings)]

use protocol::{assert_conforms, conform, protocol};
use std::collections::{BTreeMap, HashMap, HashSet, VecDeque};

#[protocol]
pub trait Len {
    fn len(&self) -> usize;
    fn is_empty(&self) -> bool;
}

conform!(impl Len for String);
conform!(impl<T> Len for Vec<T>);
conform! {
    impl<T> Len for VecDeque<T>;
    impl<K, V, S> Len for HashMap<K, V, S>;
    impl<K, V> Len for BTreeMap<K, V>;
    impl<T, S> Len for HashSet<T, S>;
}
conform!(impl Len for std::ffi::OsStr where);

assert_conforms!(String: Len; for<T> Vec<T>: Len; for<K, V, S> HashMap<K, V, S>: Len);

/// A protocol of another crate (the fixture's `Measured`) and types of another crate: the
/// newtype form defines the adapters.
mod adapters {
    use std::collections::BTreeMap;
    protocol::conform!(impl animals::Measured for pub struct Text(String));
    protocol::conform!(impl<V: Clone> animals::Measured for pub struct Shelf<V>(BTreeMap<usize, V>));
}

fn sizes(items: &[&dyn Len]) -> Vec<usize> {
    items.iter().map(|item| item.len()).collect()
}

fn main() {
    let text = String::from("abc");
    let list = vec![1, 2];
    let queue: VecDeque<u8> = VecDeque::from([1, 2, 3, 4]);
    let map: HashMap<&str, u8> = HashMap::from([("a", 1)]);
    let tree: BTreeMap<u8, u8> = BTreeMap::new();
    let set: HashSet<u8> = HashSet::from([7, 8]);
    assert_eq!(sizes(&[&text, &list, &queue, &map, &tree, &set]), [3, 2, 4, 1, 0, 2]);
    assert!(Len::is_empty(&tree));

    let text = adapters::Text::from(String::from("hello"));
    assert_eq!(animals::Measured::len(&text), 5);
    assert_eq!(text.to_uppercase(), "HELLO"); // through `Deref`
    let mut shelf = adapters::Shelf::from(BTreeMap::from([(0, "Dune")]));
    shelf.insert(1, "Emma"); // through `DerefMut`
    assert_eq!(animals::Measured::len(&shelf), 2);
    assert!(!animals::Measured::is_empty(&shelf));
    let measured: Vec<Box<dyn animals::Measured>> = vec![Box::new(text), Box::new(shelf)];
    assert_eq!(measured.iter().map(|m| m.len()).sum::<usize>(), 7);
}
