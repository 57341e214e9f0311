//! One `Len` protocol over the standard collections, none of which knows it: each conforms
//! through its own inherent `len` and `is_empty`, with `conform!`.
//!
//! Run it with `cargo run --example std_len`.

use protocol::{conform, conforms, protocol};
use std::collections::{BTreeMap, HashMap, HashSet, VecDeque};

/// Anything with a length.
#[protocol]
trait Len {
    /// How many elements.
    fn len(&self) -> usize;
    /// Whether there are none.
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

/// A type of our own conforms the same way, from its definition.
#[conforms(Len)]
struct Playlist {
    songs: Vec<&'static str>,
}

impl Playlist {
    fn len(&self) -> usize {
        self.songs.len()
    }

    fn is_empty(&self) -> bool {
        self.songs.is_empty()
    }
}

/// Works on any of them, and on types not written yet.
fn describe(name: &str, value: &dyn Len) {
    let state = if value.is_empty() {
        "empty"
    } else {
        "non-empty"
    };
    println!("{name:<10} len {:>2}  {state}", value.len());
}

fn main() {
    let playlist = Playlist {
        songs: vec!["Intro", "Outro"],
    };
    let items: [(&str, &dyn Len); 7] = [
        ("String", &String::from("protocol")),
        ("Vec", &vec![1, 2, 3]),
        ("VecDeque", &VecDeque::from([1.5, 2.5])),
        ("HashMap", &HashMap::from([("a", 1)])),
        ("BTreeMap", &BTreeMap::<u8, u8>::new()),
        ("HashSet", &HashSet::from(['x', 'y', 'z', 'w'])),
        ("Playlist", &playlist),
    ];
    for (name, value) in items {
        describe(name, value);
    }
    let total: usize = items.iter().map(|(_, value)| value.len()).sum();
    println!("total      len {total:>2}");
}
