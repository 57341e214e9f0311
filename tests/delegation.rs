//! Delegation: `#[conforms(P via field)]` (Go's embedding, with the outer type's inherent
//! methods shadowing the field's) and `#[conforms(P via variants)]` (a union conforms when
//! every member does).
#![deny(warnings)]
// Methods that ignore `self` or take a small `Copy` type by reference are the forms under test.
#![allow(
    clippy::unused_self,
    clippy::trivially_copy_pass_by_ref,
    clippy::unused_async,
    clippy::float_cmp
)]

use protocol::{conforms, protocol};

#[protocol]
trait EatsBread {
    fn eat_bread(&self) -> String;
    fn crumbs(&self) -> usize {
        0
    }
    fn feed(&mut self, grams: u32) -> u32;
    fn name(&self) -> &str;
}

struct Duck {
    name: String,
    fed: u32,
}

#[conforms(EatsBread)]
impl Duck {
    fn eat_bread(&self) -> String {
        format!("{} eats", self.name)
    }
    fn crumbs(&self) -> usize {
        3
    }
    fn feed(&mut self, grams: u32) -> u32 {
        self.fed += grams;
        self.fed
    }
    fn name(&self) -> &str {
        &self.name
    }
}

#[conforms(EatsBread via duck)]
struct Decoy {
    duck: Duck,
    painted: bool,
}

impl Decoy {
    /// Shadows the duck's `crumbs`, as an outer struct's method shadows an embedded one in Go.
    fn crumbs(&self) -> usize {
        if self.painted {
            100
        } else {
            0
        }
    }
}

fn duck(name: &str) -> Duck {
    Duck {
        name: name.to_owned(),
        fed: 0,
    }
}

#[test]
fn members_go_to_the_field_unless_the_outer_type_has_them() {
    let mut decoy = Decoy {
        duck: duck("Donald"),
        painted: true,
    };
    assert_eq!(EatsBread::eat_bread(&decoy), "Donald eats");
    assert_eq!(EatsBread::crumbs(&decoy), 100);
    assert_eq!(EatsBread::feed(&mut decoy, 5), 5);
    assert_eq!(EatsBread::feed(&mut decoy, 5), 10);
    assert_eq!(decoy.duck.fed, 10);
    assert_eq!(EatsBread::name(&decoy), "Donald");
}

#[protocol]
trait Shape {
    fn area(&self) -> f64;
    fn name(&self) -> String {
        "shape".to_owned()
    }
    fn scale(&mut self, by: f64);
}

#[derive(Clone, Copy)]
struct Circle {
    r: f64,
}

#[conforms(Shape)]
impl Circle {
    fn area(&self) -> f64 {
        3.0 * self.r * self.r
    }
    fn name(&self) -> String {
        "circle".to_owned()
    }
    fn scale(&mut self, by: f64) {
        self.r *= by;
    }
}

#[derive(Clone, Copy)]
struct Square {
    side: f64,
}

#[conforms(Shape)]
impl Square {
    fn area(&self) -> f64 {
        self.side * self.side
    }
    fn scale(&mut self, by: f64) {
        self.side *= by;
    }
}

#[conforms(Shape via variants)]
enum AnyShape {
    Circle(Circle),
    Square { inner: Square },
}

#[test]
fn a_union_dispatches_to_its_variants() {
    let mut shapes = vec![
        AnyShape::Circle(Circle { r: 1.0 }),
        AnyShape::Square {
            inner: Square { side: 2.0 },
        },
    ];
    for shape in &mut shapes {
        shape.scale(2.0);
    }
    let areas: Vec<f64> = shapes.iter().map(Shape::area).collect();
    assert_eq!(areas, [12.0, 16.0]);
    let names: Vec<String> = shapes.iter().map(Shape::name).collect();
    assert_eq!(names, ["circle", "shape"]);
    // The same values as trait objects, beside the enum.
    let boxed: Vec<Box<dyn Shape>> =
        vec![Box::new(Circle { r: 2.0 }), Box::new(Square { side: 4.0 })];
    let boxed_areas: Vec<f64> = boxed.iter().map(Shape::area).collect();
    assert_eq!(boxed_areas, areas);
}

#[conforms(Shape via 0)]
struct Framed<S>(S, &'static str);

#[test]
fn a_generic_wrapper_conforms_when_its_field_does() {
    let framed = Framed(Circle { r: 1.0 }, "gold");
    assert_eq!(framed.area(), 3.0);
    assert_eq!(Shape::name(&framed), "circle");
    assert_eq!(framed.1, "gold");
}

#[protocol]
trait Container {
    type Item;
    const KIND: &'static str;
    fn get(&self, index: usize) -> Option<&Self::Item>;
    fn visit<F: FnMut(&Self::Item)>(&self, f: F);
    fn describe() -> String;
    fn empty() -> Self;
    fn into_items(self) -> Vec<Self::Item>;
}

struct Shelf<T> {
    items: Vec<T>,
}

#[conforms(Container)]
impl<T> Shelf<T> {
    const KIND: &'static str = "shelf";
    fn get(&self, index: usize) -> Option<&T> {
        self.items.get(index)
    }
    fn visit<F: FnMut(&T)>(&self, f: F) {
        self.items.iter().for_each(f);
    }
    fn describe() -> String {
        "a shelf".to_owned()
    }
    fn empty() -> Self {
        Shelf { items: Vec::new() }
    }
    fn into_items(self) -> Vec<T> {
        self.items
    }
}

#[conforms(Container via shelf)]
struct Library<T> {
    shelf: Shelf<T>,
    city: &'static str,
}

impl<T> Library<T> {
    /// `Self` in the output: the field cannot make a `Library`, so the outer type must.
    fn empty() -> Self {
        Library {
            shelf: Shelf::empty(),
            city: "nowhere",
        }
    }
}

fn total<C: Container<Item = u32>>(c: &C) -> u32 {
    let mut sum = 0;
    c.visit(|x| sum += x);
    sum
}

#[test]
fn associated_types_consts_functions_and_generic_methods_go_to_the_field() {
    let library = Library {
        shelf: Shelf {
            items: vec![1_u32, 2, 3],
        },
        city: "Alexandria",
    };
    assert_eq!(library.get(1), Some(&2));
    assert_eq!(total(&library), 6);
    assert_eq!(<Library<u32> as Container>::KIND, "shelf");
    assert_eq!(<Library<u32> as Container>::describe(), "a shelf");
    assert_eq!(library.city, "Alexandria");
    assert_eq!(Container::into_items(library), [1, 2, 3]);
    let empty: Library<u32> = Container::empty();
    assert_eq!(empty.city, "nowhere");
    assert!(empty.shelf.items.is_empty());
}

#[conforms(Container<Item = char> via shelf)]
struct Letters {
    shelf: Shelf<char>,
}

impl Letters {
    fn empty() -> Self {
        Letters {
            shelf: Shelf::empty(),
        }
    }
}

#[test]
fn associated_types_can_be_written_out() {
    let letters = Letters {
        shelf: Shelf {
            items: vec!['a', 'b'],
        },
    };
    assert_eq!(letters.get(0), Some(&'a'));
    assert!(Letters::empty().shelf.items.is_empty());
}

#[protocol]
trait Fetch {
    async fn fetch(&self, key: u32) -> String;
    fn tag<T: core::fmt::Debug>(&self, value: T) -> String;
}

struct Disk;

#[conforms(Fetch)]
impl Disk {
    async fn fetch(&self, key: u32) -> String {
        format!("disk:{key}")
    }
    fn tag<T: core::fmt::Debug>(&self, value: T) -> String {
        format!("disk {value:?}")
    }
}

struct Net;

#[conforms(Fetch)]
impl Net {
    async fn fetch(&self, key: u32) -> String {
        format!("net:{key}")
    }
    fn tag<T: core::fmt::Debug>(&self, value: T) -> String {
        format!("net {value:?}")
    }
}

#[conforms(Fetch via variants)]
enum Source {
    Disk(Disk),
    Net(Net),
}

#[conforms(Fetch via inner)]
struct Cached {
    inner: Source,
}

/// Polls a future that never waits, without an executor.
fn ready<F: core::future::Future>(future: F) -> F::Output {
    use core::task::{Context, Poll, Waker};
    let mut future = core::pin::pin!(future);
    match future
        .as_mut()
        .poll(&mut Context::from_waker(Waker::noop()))
    {
        Poll::Ready(value) => value,
        Poll::Pending => panic!("the future waited"),
    }
}

#[test]
fn async_and_generic_methods_go_to_fields_and_variants() {
    let cached = Cached {
        inner: Source::Net(Net),
    };
    assert_eq!(ready(cached.fetch(7)), "net:7");
    assert_eq!(cached.tag([1, 2]), "net [1, 2]");
    assert_eq!(ready(Source::Disk(Disk).fetch(1)), "disk:1");
    assert_eq!(Source::Disk(Disk).tag('x'), "disk 'x'");
}

#[protocol(runtime_checkable)]
trait Quacks {
    fn quack(&self) -> String;
}

struct Mallard;

#[conforms(Quacks)]
impl Mallard {
    fn quack(&self) -> String {
        "quack".to_owned()
    }
}

#[conforms(Quacks via bird)]
struct Robot {
    bird: Mallard,
}

#[test]
fn a_delegating_type_is_registered_for_run_time_checks() {
    let robot: Box<dyn core::any::Any> = Box::new(Robot { bird: Mallard });
    let quacks = protocol::cast::<dyn Quacks>(robot.as_ref()).map(Quacks::quack);
    assert_eq!(quacks.as_deref(), Some("quack"));
}

#[protocol]
trait Labelled {
    #[field]
    fn label(&self) -> &str;
    fn size(&self) -> usize;
}

#[conforms(Labelled)]
struct Sticker {
    label: String,
}

impl Sticker {
    fn size(&self) -> usize {
        self.label.len()
    }
}

/// Has a `label` field of its own: the data member reads it; `size` goes to the sticker.
#[conforms(Labelled via sticker)]
struct Parcel {
    label: String,
    sticker: Sticker,
}

/// Has no `label` field: the data member goes to the sticker too.
#[conforms(Labelled via sticker)]
struct Envelope {
    sticker: Sticker,
}

#[test]
fn a_data_member_reads_the_outer_field_when_there_is_one() {
    let sticker = || Sticker {
        label: "fragile".to_owned(),
    };
    let parcel = Parcel {
        label: "parcel 7".to_owned(),
        sticker: sticker(),
    };
    assert_eq!((parcel.label(), parcel.size()), ("parcel 7", 7));
    let envelope = Envelope { sticker: sticker() };
    assert_eq!((envelope.label(), envelope.size()), ("fragile", 7));
}
