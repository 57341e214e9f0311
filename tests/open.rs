//! Open conformance at run time: a type that publishes its members with `#[methods]`
//! conforms to open protocols directly and to every protocol through `Open<T>`; calls reach
//! the type's own methods, through pointers, `dyn` and generics.

// The signatures are the forms under test: a named lifetime, a method that ignores `self`.
#![allow(clippy::needless_lifetimes, clippy::unused_self)]

use protocol::{protocol, Open};
use std::collections::{BTreeMap, BTreeSet, BinaryHeap, HashMap, HashSet, LinkedList, VecDeque};
use std::rc::Rc;
use std::sync::Arc;

#[protocol(open(dyn))]
trait EatsBread {
    fn eat_bread(&self) -> String;
    fn crumbs(&self) -> usize {
        0
    }
}

#[protocol(open(dyn))]
trait Named {
    fn name(&self) -> &str;
}

#[protocol(open)]
trait Renamed {
    fn rename(&mut self, to: &str) -> usize;
}

#[protocol(open)]
trait Build {
    const KIND: &'static str;
    fn new(name: &str) -> Self;
    fn into_name(self) -> String;
}

/// A subset of `EatsBread`'s members.
#[protocol(open)]
trait Crumbs {
    fn crumbs(&self) -> usize;
}

#[protocol(open)]
trait IntoName {
    fn into_name(self) -> String;
}

#[protocol(open)]
trait Source<T> {
    fn get(&self) -> T;
}

#[protocol(open)]
trait Container {
    type Item;
    fn first(&self) -> Option<&Self::Item>;
}

#[protocol(open)]
trait Len {
    fn len(&self) -> usize;
    fn is_empty(&self) -> bool;
}

#[protocol(open)]
trait Abs {
    fn abs(self) -> Self;
}

#[protocol(open)]
trait Lookup {
    fn lookup<'k>(&self, key: &'k str) -> Option<&str>;
}

#[protocol(open)]
trait Pet: Named {
    fn legs(&self) -> u8;
}

/// A closed protocol: reached through `Open<T>` only.
#[protocol]
trait Greets {
    fn greet(&self) -> String;
    fn times(&self) -> u8 {
        1
    }
}

#[protocol]
trait Cloned {
    fn twin(&self) -> Self;
}

#[protocol(open)]
trait Book {
    #[field]
    fn title(&self) -> &str;
    #[field]
    fn pages(&self) -> u32;
    #[field]
    fn pages_mut(&mut self) -> &mut u32;
    #[field]
    fn set_title(&mut self, value: String);
}

#[derive(Debug, Clone, PartialEq)]
struct Duck {
    name: String,
    crumbs: Vec<u8>,
}

#[protocol::methods]
impl Duck {
    pub const KIND: &'static str = "duck";
    pub fn new(name: &str) -> Self {
        Duck {
            name: name.into(),
            crumbs: vec![3, 4],
        }
    }
    pub fn eat_bread(&self) -> String {
        format!("{} eats", self.name)
    }
    pub fn crumbs(&self) -> usize {
        self.crumbs.len()
    }
    pub fn name(&self) -> &str {
        &self.name
    }
    pub fn rename(&mut self, to: &str) -> usize {
        self.name = to.into();
        self.name.len()
    }
    pub fn into_name(self) -> String {
        self.name
    }
    pub fn first(&self) -> Option<&u8> {
        self.crumbs.first()
    }
    pub fn get(&self) -> u32 {
        7
    }
    pub fn lookup<'k>(&self, key: &'k str) -> Option<&str> {
        (key == "name").then_some(self.name.as_str())
    }
    pub fn legs(&self) -> u8 {
        2
    }
    pub fn greet(&self) -> String {
        format!("hello from {}", self.name)
    }
    pub fn times(&self) -> u8 {
        3
    }
    pub fn twin(&self) -> Self {
        self.clone()
    }
    // Not published: generic, private.
    pub fn generic<T: Into<String>>(&self, value: T) -> String {
        value.into()
    }
    #[allow(dead_code)]
    fn private(&self) -> u8 {
        0
    }
}

/// A generic type, with where clauses.
struct Stack<T> {
    items: Vec<T>,
}

#[protocol::methods]
impl<T> Stack<T>
where
    T: Clone,
{
    pub fn first(&self) -> Option<&T> {
        self.items.first()
    }
    pub fn len(&self) -> usize {
        self.items.len()
    }
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
    pub fn get(&self) -> T
    where
        T: Default,
    {
        self.items.last().cloned().unwrap_or_default()
    }
}

#[protocol::methods]
struct Novel {
    pub title: String,
    pub pages: u32,
    author: String,
}

fn feed_bread(animal: &impl EatsBread) -> String {
    format!("{} ({} crumbs)", animal.eat_bread(), animal.crumbs())
}

fn name_of(who: &(impl Named + ?Sized)) -> &str {
    who.name()
}

fn size(of: &(impl Len + ?Sized)) -> usize {
    of.len()
}

#[test]
fn open_protocols_call_the_published_methods() {
    let mut duck = Duck::new("Donald");
    assert_eq!(feed_bread(&duck), "Donald eats (2 crumbs)");
    assert_eq!(name_of(&duck), "Donald");
    assert_eq!(Renamed::rename(&mut duck, "Daisy"), 5);
    assert_eq!(<Duck as Build>::KIND, "duck");
    let built: Duck = Build::new("Huey");
    assert_eq!(Build::into_name(built), "Huey");
    assert_eq!(Source::<u32>::get(&duck), 7);
    assert_eq!(Container::first(&duck), Some(&3));
    assert_eq!(Lookup::lookup(&duck, "name"), Some("Daisy"));
    assert_eq!(Lookup::lookup(&duck, "age"), None);
    assert_eq!(Pet::legs(&duck), 2);
    assert_eq!(duck.generic("not published"), "not published");
}

#[test]
fn generic_types_conform() {
    let stack = Stack {
        items: vec!['a', 'b'],
    };
    assert_eq!(Container::first(&stack), Some(&'a'));
    assert_eq!(size(&stack), 2);
    assert_eq!(Source::<char>::get(&stack), 'b');
    // A borrowed, non-'static element type.
    let word = String::from("word");
    let borrowed = Stack {
        items: vec![word.as_str()],
    };
    assert_eq!(Container::first(&borrowed), Some(&"word"));
}

#[test]
fn fields_serve_field_members() {
    let mut novel = Novel {
        title: "Moby-Dick".into(),
        pages: 635,
        author: "Melville".into(),
    };
    assert_eq!(Book::title(&novel), "Moby-Dick");
    assert_eq!(Book::pages(&novel), 635);
    *Book::pages_mut(&mut novel) += 1;
    Book::set_title(&mut novel, "Typee".into());
    assert_eq!(
        (novel.title.as_str(), novel.pages, novel.author.len()),
        ("Typee", 636, 8)
    );
}

#[test]
fn pointers_conform_through_their_pointee() {
    let duck = Duck::new("Donald");
    assert_eq!(name_of(&&duck), "Donald");
    assert_eq!(name_of(&&mut Duck::new("Mut")), "Mut");
    assert_eq!(name_of(&Box::new(Duck::new("Box"))), "Box");
    assert_eq!(name_of(&Rc::new(Duck::new("Rc"))), "Rc");
    assert_eq!(name_of(&Arc::new(Duck::new("Arc"))), "Arc");
    let mut boxed = Box::new(Duck::new("Box"));
    assert_eq!(Renamed::rename(&mut boxed, "Boxed"), 5);
    assert_eq!(IntoName::into_name(Box::new(Duck::new("Moved"))), "Moved");
    // `Box<i64>` publishes `abs` with `Out = i64`, not `Box<i64>`: `-> Self` does not forward.
    assert_eq!(<i64 as Abs>::abs(-4), 4);
}

#[test]
fn dyn_of_an_open_dyn_protocol_conforms_to_its_subsets() {
    // `dyn Pet` is not `open(dyn)`; `dyn EatsBread` publishes `eat_bread` and `crumbs`, so a
    // `&dyn EatsBread` conforms to `Crumbs`, which has a subset of its members.
    fn count(of: &impl Crumbs) -> usize {
        of.crumbs()
    }
    let duck = Duck::new("Sub");
    let as_dyn: &dyn EatsBread = &duck;
    assert_eq!(count(&as_dyn), 2);
}

#[test]
fn dyn_of_an_open_protocol_conforms_to_it() {
    let zoo: Vec<Box<dyn EatsBread>> = vec![Box::new(Duck::new("A")), Box::new(Duck::new("B"))];
    let fed: Vec<String> = zoo.iter().map(feed_bread).collect();
    assert_eq!(fed, ["A eats (2 crumbs)", "B eats (2 crumbs)"]);
    // `dyn Named` conforms to `Named` by rustc's own impl; `Box<dyn Named>` through what
    // `dyn Named` publishes (`open(dyn)`), for `dyn Named + Send` too.
    let named: Box<dyn Named + Send> = Box::new(Duck::new("Sent"));
    assert_eq!(name_of(&named), "Sent");
    assert_eq!(name_of(&*named), "Sent");
}

#[test]
fn open_wraps_any_type_for_a_closed_protocol() {
    fn welcome(who: &impl Greets) -> String {
        format!("{} x{}", who.greet(), who.times())
    }
    let duck = Duck::new("Donald");
    assert_eq!(welcome(Open::from_ref(&duck)), "hello from Donald x3");
    let mut other = Duck::new("Mutable");
    assert_eq!(Open::from_mut(&mut other).greet(), "hello from Mutable");
    let greeters: Vec<Box<dyn Greets>> = vec![Box::new(Open(duck.clone()))];
    assert_eq!(greeters[0].greet(), "hello from Donald");
    // `-> Self` comes back wrapped.
    let twin: Open<Duck> = Cloned::twin(Open::from_ref(&duck));
    assert_eq!(twin.into_inner(), duck);
    // Open<T> also publishes what T publishes, so open protocols accept it too.
    assert_eq!(name_of(&Open(Duck::new("Wrapped"))), "Wrapped");
}

#[test]
fn std_types_publish_len_and_abs() {
    assert_eq!(size("four"), 4);
    assert_eq!(size(&String::from("ab")), 2);
    assert_eq!(size(&[1, 2, 3][..]), 3);
    assert_eq!(size(&vec![1]), 1);
    assert_eq!(size(&VecDeque::from([1, 2])), 2);
    assert_eq!(size(&LinkedList::from([1])), 1);
    assert_eq!(size(&BinaryHeap::from([1, 2, 3])), 3);
    assert_eq!(size(&HashMap::from([(1, 2)])), 1);
    assert_eq!(size(&HashSet::from([1, 2])), 2);
    assert_eq!(size(&BTreeMap::from([(1, 2)])), 1);
    assert_eq!(size(&BTreeSet::from([1])), 1);
    assert!(Len::is_empty(&Vec::<u8>::new()));
    assert_eq!(Abs::abs(-3_i8), 3);
    assert!((Abs::abs(-2.5_f64) - 2.5).abs() < f64::EPSILON);
    assert_eq!(Abs::abs(-7_isize), 7);
}

#[test]
fn the_key_is_the_same_in_the_macros_and_the_runtime() {
    use protocol::__private::cap::{key, Ref};
    // `#[methods]` published `Duck::name` under the key that `cap::key` computes.
    fn through_key<T: for<'s> Ref<'s, { key("name") }, (), Out = &'s str>>(value: &T) -> &str {
        value.call(())
    }
    assert_eq!(through_key(&Duck::new("Keyed")), "Keyed");
}

mod hidden_lifetimes {
    //! Signatures that leave a lifetime hidden in a path (`&mut Formatter`, `-> Iter<u8>`,
    //! a type of one's own): published and required as written.
    #![allow(mismatched_lifetime_syntaxes, elided_lifetimes_in_paths)]

    use protocol::{protocol, Open};
    use std::fmt;
    use std::slice::Iter;

    /// A type of our own with a lifetime parameter.
    pub struct View<'a>(&'a [u8]);

    #[protocol]
    pub trait Show {
        fn show(&self, f: &mut fmt::Formatter) -> fmt::Result;
        fn iter(&self) -> Iter<u8>;
        fn view(&self) -> View;
    }

    #[protocol(open)]
    pub trait OpenShow {
        fn show(&self, f: &mut fmt::Formatter) -> fmt::Result;
        fn view(&self) -> View;
    }

    pub struct Bag(Vec<u8>);

    #[protocol::methods]
    impl Bag {
        pub fn show(&self, f: &mut fmt::Formatter) -> fmt::Result {
            write!(f, "bag of {}", self.0.len())
        }
        pub fn iter(&self) -> Iter<u8> {
            self.0.iter()
        }
        pub fn view(&self) -> View {
            View(&self.0)
        }
    }

    struct Shown<'a, T: ?Sized>(&'a T);

    impl<T: OpenShow + ?Sized> fmt::Display for Shown<'_, T> {
        fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
            self.0.show(f)
        }
    }

    #[test]
    fn are_published_and_required() {
        let bag = Bag(vec![1, 2, 3]);
        assert_eq!(Shown(&bag).to_string(), "bag of 3");
        assert_eq!(Show::iter(Open::from_ref(&bag)).sum::<u8>(), 6);
        assert_eq!(OpenShow::view(&bag).0.len(), 3);
        assert_eq!(Show::view(Open::from_ref(&bag)).0, [1, 2, 3]);
        let via_closed = format!("{}", Closed(Open::from_ref(&bag)));
        assert_eq!(via_closed, "bag of 3");
    }

    struct Closed<'a, T: ?Sized>(&'a T);

    impl<T: Show + ?Sized> fmt::Display for Closed<'_, T> {
        fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
            self.0.show(f)
        }
    }
}
