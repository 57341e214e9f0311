//! Run-time behaviour of conformances: calls through the protocol reach the block's own
//! methods, defaults apply where the block is silent, and conformances to protocols of
//! another crate behave the same.

use animals::{Container, EatsBread};
use protocol::{conforms, protocol};

#[protocol]
trait Counter {
    fn count(&self) -> u32;
    fn bump(&mut self) -> u32;
    fn twice(&self) -> u32 {
        self.count() * 2
    }
}

#[derive(Default)]
struct Clicks(u32);

#[conforms(Counter)]
impl Clicks {
    fn count(&self) -> u32 {
        self.0
    }
    fn bump(&mut self) -> u32 {
        self.0 += 1;
        self.0
    }
}

#[derive(Default)]
struct Doubled(u32);

#[conforms(Counter)]
impl Doubled {
    fn count(&self) -> u32 {
        self.0
    }
    fn bump(&mut self) -> u32 {
        self.0 += 2;
        self.0
    }
    fn twice(&self) -> u32 {
        self.0 * 20
    }
}

fn bump_all(counters: &mut [Box<dyn Counter>]) -> Vec<u32> {
    counters.iter_mut().map(Counter::bump).collect()
}

#[test]
fn calls_through_the_protocol_reach_the_inherent_methods() {
    let mut clicks = Clicks::default();
    assert_eq!(Counter::bump(&mut clicks), 1);
    assert_eq!(Counter::bump(&mut clicks), 2);
    assert_eq!(
        clicks.count(),
        2,
        "inherent and protocol calls see the same state"
    );
}

#[test]
fn defaults_apply_unless_the_block_overrides_them() {
    assert_eq!(Counter::twice(&Clicks(3)), 6);
    assert_eq!(Counter::twice(&Doubled(3)), 60);
}

#[test]
fn protocol_objects_dispatch_to_each_type() {
    let mut counters: Vec<Box<dyn Counter>> = vec![Box::new(Clicks(0)), Box::new(Doubled(0))];
    assert_eq!(bump_all(&mut counters), [1, 2]);
    assert_eq!(bump_all(&mut counters), [2, 4]);
    let twice: Vec<u32> = counters.iter().map(Counter::twice).collect();
    assert_eq!(twice, [4, 80]);
}

struct Pigeon {
    loaves: usize,
}

#[conforms(animals::EatsBread)]
impl Pigeon {
    fn eat_bread(&self) -> String {
        format!("{} loaves", self.loaves)
    }
    fn crumbs(&self) -> usize {
        self.loaves * 10
    }
}

#[test]
fn a_protocol_from_another_crate_is_conformed_to() {
    let pigeon = Pigeon { loaves: 2 };
    assert_eq!(animals::feed(&pigeon), "2 loaves");
    assert_eq!(EatsBread::crumbs(&pigeon), 20);
}

struct Library {
    books: Vec<String>,
}

// `Container<K>` from the fixture crate: `K = usize` and `Item = String` are inferred.
#[conforms(animals::Container)]
impl Library {
    fn get(&self, key: usize) -> Option<&String> {
        self.books.get(key)
    }
    fn size(&self) -> usize {
        self.books.len()
    }
}

fn first_of<C: Container<usize>>(container: &C) -> Option<&C::Item> {
    container.get(0)
}

#[test]
fn generic_arguments_of_a_foreign_protocol_are_inferred() {
    let library = Library {
        books: vec!["Dune".to_owned(), "Emma".to_owned()],
    };
    assert_eq!(first_of(&library).map(String::as_str), Some("Dune"));
    assert_eq!(Container::size(&library), 2);
}

#[test]
fn members_lists_the_protocol_in_declaration_order() {
    let names: Vec<&str> = protocol::members!(Counter).iter().map(|m| m.name).collect();
    assert_eq!(names, ["count", "bump", "twice"]);
    let required: Vec<bool> = protocol::members!(Counter)
        .iter()
        .map(|m| m.required)
        .collect();
    assert_eq!(required, [true, true, false]);
}
