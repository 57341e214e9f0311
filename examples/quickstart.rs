//! The `feed_bread` example: a library accepts "anything that can eat bread"; the user's own types
//! conform without the library knowing them, and a zoo of boxed protocol objects replaces a
//! closed `enum`.
//!
//! Run it with `cargo run --example quickstart`.

/// The library's side: it declares what it needs, not which types it accepts.
mod bakery {
    use protocol::protocol;

    /// Anything that can eat bread.
    #[protocol]
    pub trait EatsBread {
        /// Eats a slice; says how it went.
        fn eat_bread(&self) -> String;
        /// Crumbs left behind; tidy eaters need not say.
        fn crumbs(&self) -> usize {
            0
        }
    }

    /// Feeds any animal that conforms, including kinds this library never heard of.
    pub fn feed_bread(animal: &impl EatsBread) -> String {
        format!("{} ({} crumbs)", animal.eat_bread(), animal.crumbs())
    }
}

/// The user's side: their own types, conforming structurally.
mod pond {
    use protocol::conforms;

    pub struct Duck {
        pub name: &'static str,
    }

    #[conforms(crate::bakery::EatsBread)]
    impl Duck {
        pub fn eat_bread(&self) -> String {
            format!("{} the duck gobbles the bread", self.name)
        }

        pub fn swim(&self) -> String {
            format!("{} paddles away", self.name)
        }
    }

    pub struct Goose {
        pub name: &'static str,
    }

    #[conforms(crate::bakery::EatsBread)]
    impl Goose {
        pub fn eat_bread(&self) -> String {
            format!("{} the goose honks and eats", self.name)
        }

        pub fn crumbs(&self) -> usize {
            self.name.len()
        }
    }
}

use bakery::{feed_bread, EatsBread};
use pond::{Duck, Goose};

fn main() {
    println!("{}", feed_bread(&Duck { name: "Donald" }));
    println!("{}", feed_bread(&Goose { name: "Gertrude" }));

    // Inherent methods stay callable without importing the protocol.
    println!("{}", Duck { name: "Daisy" }.swim());

    // An open zoo instead of `enum Animal { Duck(Duck), Goose(Goose) }`.
    let zoo: Vec<Box<dyn EatsBread>> = vec![
        Box::new(Duck { name: "Dewey" }),
        Box::new(Goose { name: "Gus" }),
    ];
    let crumbs: usize = zoo.iter().map(EatsBread::crumbs).sum();
    for animal in &zoo {
        println!("zoo: {}", animal.eat_bread());
    }
    println!("crumbs on the floor: {crumbs}");

    for member in protocol::members!(bakery::EatsBread) {
        println!(
            "member {}: `{}`{}",
            member.name,
            member.signature,
            if member.required { "" } else { " (optional)" }
        );
    }
}
