//! Open conformance: a bakery that knows no bird, birds that know no protocol, and a picnic
//! that joins them with no conformance line anywhere (Go's interfaces, Python's protocols).
//! Then one open `Len` protocol over the std collections, with no glue at all.
//!
//! The three modules below stand for three crates: none of `bakery` and `birds` names
//! anything of the other. `tests/fixtures/{bakery,birds,picnic}` are the same as real crates.
//!
//! Run it with `cargo run --example open`.

/// A library that declares what it needs.
mod bakery {
    use protocol::protocol;

    /// Anything that eats bread. `open`: every type that publishes `eat_bread` conforms;
    /// `(dyn)`: `dyn EatsBread` publishes it too, so `Box<dyn EatsBread>` conforms.
    #[protocol(open(dyn))]
    pub trait EatsBread {
        /// What it says when fed.
        fn eat_bread(&self) -> String;
    }

    /// A closed protocol: types conform by `#[conforms]`, or wrapped in `protocol::Open`.
    #[protocol]
    pub trait Named {
        /// Its name.
        fn name(&self) -> &str;
    }

    /// Feeds any bread eater.
    pub fn feed_bread(animal: &impl EatsBread) -> String {
        animal.eat_bread()
    }

    /// Greets anyone with a name.
    pub fn greet(who: &impl Named) -> String {
        format!("hello, {}", who.name())
    }
}

/// A crate of types that publishes their members and names no protocol.
mod birds {
    /// A duck.
    pub struct Duck {
        pub name: String,
    }

    #[protocol::methods]
    impl Duck {
        /// What it says when fed.
        pub fn eat_bread(&self) -> String {
            format!("{} the duck gobbles the bread", self.name)
        }
        /// Its name.
        pub fn name(&self) -> &str {
            &self.name
        }
    }

    /// A pigeon.
    pub struct Pigeon {
        pub crumbs: u32,
    }

    #[protocol::methods]
    impl Pigeon {
        /// What it says when fed.
        pub fn eat_bread(&self) -> String {
            format!("the pigeon pecks at {} crumbs", self.crumbs)
        }
    }
}

/// Anything with a length. Every std collection publishes `len` and `is_empty` already.
#[protocol::protocol(open)]
trait Len {
    /// How many elements.
    fn len(&self) -> usize;
    /// Whether there are none.
    fn is_empty(&self) -> bool;
}

fn describe(what: &str, of: &(impl Len + ?Sized)) {
    let state = if of.is_empty() { "empty" } else { "non-empty" };
    println!("{what:<10} len {:>2}  {state}", of.len());
}

fn main() {
    use bakery::{feed_bread, greet, EatsBread};
    use birds::{Duck, Pigeon};
    use protocol::Open;
    use std::collections::{BTreeSet, HashMap, VecDeque};

    let duck = Duck {
        name: "Donald".into(),
    };
    println!("{}", feed_bread(&duck));
    println!("{}", feed_bread(&Pigeon { crumbs: 3 }));

    // A zoo of bread eaters, open to kinds the bakery never heard of: no closed `enum`.
    let zoo: Vec<Box<dyn EatsBread>> = vec![
        Box::new(Duck {
            name: "Daisy".into(),
        }),
        Box::new(Pigeon { crumbs: 5 }),
    ];
    for animal in &zoo {
        println!("zoo: {}", feed_bread(animal));
    }

    // A closed protocol accepts a publishing type wrapped in `Open`: `&Duck -> &Open<Duck>`.
    println!("{}", greet(Open::from_ref(&duck)));

    describe("str", "crumbs");
    describe("String", &String::from("baguette"));
    describe("Vec", &vec![1, 2, 3]);
    describe("VecDeque", &VecDeque::<u8>::new());
    describe("HashMap", &HashMap::from([("rye", 2)]));
    describe("BTreeSet", &BTreeSet::from([1, 2]));
    describe("slice", &[0_u8; 4][..]);
}
