//! `#[conforms]` and `conform!` with open protocols: they publish the members (the block's
//! methods, the struct's inherent methods and fields, the defaults left out) instead of
//! implementing the trait, so the type conforms through the protocol's blanket impl, and to
//! every other open protocol with the same members.

use protocol::{conform, conforms, protocol};

#[protocol(open)]
trait EatsBread {
    fn eat_bread(&self) -> String;
    fn crumbs(&self) -> usize {
        self.eat_bread().len()
    }
}

/// Declared elsewhere, with a subset of the members: conforms with no line of its own.
#[protocol(open)]
trait Eats {
    fn eat_bread(&self) -> String;
}

#[protocol(open)]
trait Named {
    #[field]
    fn name(&self) -> &str;
    fn greet(&self) -> String;
}

#[protocol(open)]
trait Kind {
    const KIND: &'static str;
    fn kind(&self) -> &'static str {
        "animal"
    }
}

#[protocol(open)]
trait Source<T> {
    fn get(&self) -> T;
}

#[protocol(open)]
trait Len {
    fn len(&self) -> usize;
}

struct Duck(&'static str);

#[conforms(EatsBread, Kind)]
impl Duck {
    // Not `pub`: `#[conforms]` publishes the members it is asked for all the same.
    fn eat_bread(&self) -> String {
        self.0.into()
    }
    const KIND: &'static str = "duck";
}

struct Counter(u32);

#[conforms(Source)] // `Source<u32>`, inferred
impl Counter {
    fn get(&self) -> u32 {
        self.0
    }
}

#[conforms(Named)]
struct User {
    name: String,
}

impl User {
    fn greet(&self) -> String {
        format!("hi, {}", self.name)
    }
}

struct Bag(Vec<u8>);

impl Bag {
    fn len(&self) -> usize {
        self.0.len()
    }
}

conform!(impl Len for Bag);

fn feed(animal: &impl EatsBread) -> (String, usize) {
    (animal.eat_bread(), animal.crumbs())
}

fn eat(animal: &impl Eats) -> String {
    animal.eat_bread()
}

#[test]
fn an_impl_block_publishes_its_members_and_the_defaults() {
    let duck = Duck("quack");
    assert_eq!(feed(&duck), ("quack".to_owned(), 5));
    assert_eq!(eat(&duck), "quack");
    assert_eq!(eat(&&duck), "quack");
    assert_eq!(
        (<Duck as Kind>::KIND, Kind::kind(&duck)),
        ("duck", "animal")
    );
    assert_eq!(Source::<u32>::get(&Counter(3)), 3);
}

#[test]
fn a_struct_and_conform_publish_inherent_methods_and_fields() {
    let user = User { name: "Ann".into() };
    assert_eq!(
        (Named::name(&user), Named::greet(&user)),
        ("Ann", "hi, Ann".to_owned())
    );
    assert_eq!(Len::len(&Bag(vec![1, 2])), 2);
    assert_eq!(Len::len(&Box::new(Bag(vec![1]))), 1);
}
