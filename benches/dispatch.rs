//! Run-time cost of a conformance: a method called directly, through each kind of
//! conformance, through forwarding impls, and through `dyn P` against a hand-written `dyn`
//! trait. Every static path should equal the direct call, and `dyn P` the hand-written `dyn`.
//!
//! Run: `cargo bench --bench dispatch`. `scripts/asm-compare.sh` checks the same claim in
//! the machine code of the `probe_*` functions below.

// Protocol methods take `&self` whether or not a type needs it.
#![allow(
    missing_docs,
    clippy::unused_self,
    clippy::must_use_candidate,
    clippy::len_without_is_empty,
    clippy::ptr_arg
)]

use divan::black_box;
use protocol::{conform, conforms, protocol, Open};
use std::collections::VecDeque;
use std::sync::Arc;

fn main() {
    // Keeps the `probe_*` functions in the binary for `scripts/asm-compare.sh`.
    black_box((
        probe_direct as fn(&Square) -> f64,
        probe_via_conformance as fn(&Square) -> f64,
        probe_direct_struct as fn(&Circle) -> f64,
        probe_via_adapter as fn(&Circle) -> f64,
        probe_direct_len as fn(&Vec<u8>) -> usize,
        probe_via_conform as fn(&Vec<u8>) -> usize,
        probe_direct_arc as fn(&Arc<Square>) -> f64,
        probe_via_forward_arc as fn(&Arc<Square>) -> f64,
        probe_direct_dyn as fn(&dyn HandShape) -> f64,
        probe_via_dyn as fn(&dyn Shape) -> f64,
        probe_direct_open as fn(&Hexagon) -> f64,
        probe_via_open as fn(&Hexagon) -> f64,
        probe_direct_open_wrapper as fn(&Pentagon) -> f64,
        probe_via_open_wrapper as fn(&Pentagon) -> f64,
        probe_direct_open_len as fn(&VecDeque<u8>) -> usize,
        probe_via_open_len as fn(&VecDeque<u8>) -> usize,
        probe_direct_open_arc as fn(&Arc<Hexagon>) -> f64,
        probe_via_open_arc as fn(&Arc<Hexagon>) -> f64,
        probe_direct_field as fn(&Framed) -> f64,
        probe_via_field as fn(&Framed) -> f64,
        probe_direct_variants as fn(&AnyShape) -> f64,
        probe_via_variants as fn(&AnyShape) -> f64,
    ));
    divan::main();
}

#[protocol]
pub trait Shape {
    fn area(&self) -> f64;
}

/// A hand-written trait with the same method, the baseline for `dyn`.
pub trait HandShape {
    fn area(&self) -> f64;
}

/// Conforms through its impl block.
#[derive(Clone, Copy)]
pub struct Square(f64);

#[conforms(Shape)]
impl Square {
    pub fn area(&self) -> f64 {
        self.0 * self.0
    }
}

impl HandShape for Square {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
}

/// Conforms through inherent methods (struct-level adapter).
#[conforms(Shape)]
#[derive(Clone, Copy)]
pub struct Circle {
    r: f64,
}

impl Circle {
    pub fn area(&self) -> f64 {
        3.0 * self.r * self.r
    }
}

/// Conforms through its field (delegation).
#[conforms(Shape via square)]
pub struct Framed {
    square: Square,
    pub label: &'static str,
}

/// Conforms through its variants (a union).
#[conforms(Shape via variants)]
pub enum AnyShape {
    Square(Square),
    Circle(Circle),
}

#[protocol]
pub trait Len {
    fn len(&self) -> usize;
}

conform!(impl<T> Len for Vec<T>);

/// An open protocol: every type that publishes `area` conforms.
#[protocol(open)]
pub trait OpenShape {
    fn area(&self) -> f64;
}

/// An open protocol the std collections conform to with no glue.
#[protocol(open)]
pub trait OpenLen {
    fn len(&self) -> usize;
}

/// Publishes its members (open conformance), names no protocol.
#[derive(Clone, Copy)]
pub struct Hexagon {
    side: f64,
}

#[protocol::methods]
impl Hexagon {
    pub fn area(&self) -> f64 {
        2.598 * self.side * self.side
    }
}

/// Publishes its members; reached through `Open<T>` for the closed `Shape`.
#[derive(Clone, Copy)]
pub struct Pentagon {
    side: f64,
}

#[protocol::methods]
impl Pentagon {
    pub fn area(&self) -> f64 {
        1.72 * self.side * self.side
    }
}

#[inline]
fn open_area_of<S: OpenShape + ?Sized>(shape: &S) -> f64 {
    shape.area()
}

#[inline]
fn area_of<S: Shape + ?Sized>(shape: &S) -> f64 {
    shape.area()
}

// Each pair builds its input outside the measured closure and passes it through
// `black_box`, so that the two sides differ only in how the method is reached.

mod static_calls {
    use super::{area_of, black_box, Circle, Len, Square};
    use divan::Bencher;
    use std::sync::Arc;

    #[divan::bench]
    fn direct_inherent(bencher: Bencher) {
        let shape = Square(3.0);
        bencher.bench_local(|| black_box(&shape).area());
    }

    #[divan::bench]
    fn impl_block_conformance(bencher: Bencher) {
        let shape = Square(3.0);
        bencher.bench_local(|| area_of(black_box(&shape)));
    }

    #[divan::bench]
    fn direct_inherent_struct(bencher: Bencher) {
        let shape = Circle { r: 3.0 };
        bencher.bench_local(|| black_box(&shape).area());
    }

    #[divan::bench]
    fn struct_adapter(bencher: Bencher) {
        let shape = Circle { r: 3.0 };
        bencher.bench_local(|| area_of(black_box(&shape)));
    }

    #[divan::bench]
    fn direct_vec_len(bencher: Bencher) {
        let items = vec![1_u8, 2, 3];
        bencher.bench_local(|| black_box(&items).len());
    }

    #[divan::bench]
    fn conform_vec_len(bencher: Bencher) {
        let items = vec![1_u8, 2, 3];
        bencher.bench_local(|| Len::len(black_box(&items)));
    }

    #[divan::bench]
    fn direct_through_ref(bencher: Bencher) {
        let shape = &Square(3.0);
        bencher.bench_local(|| black_box(&shape).area());
    }

    #[divan::bench]
    fn forward_ref(bencher: Bencher) {
        let shape = &Square(3.0);
        bencher.bench_local(|| area_of(black_box(&shape)));
    }

    #[divan::bench]
    fn direct_through_box(bencher: Bencher) {
        let shape = Box::new(Square(3.0));
        bencher.bench_local(|| black_box(&shape).area());
    }

    #[divan::bench]
    fn forward_box(bencher: Bencher) {
        let shape = Box::new(Square(3.0));
        bencher.bench_local(|| area_of(black_box(&shape)));
    }

    #[divan::bench]
    fn direct_through_arc(bencher: Bencher) {
        let shape = Arc::new(Square(3.0));
        bencher.bench_local(|| black_box(&shape).area());
    }

    #[divan::bench]
    fn forward_arc(bencher: Bencher) {
        let shape = Arc::new(Square(3.0));
        bencher.bench_local(|| area_of(black_box(&shape)));
    }
}

mod open_calls {
    use super::{area_of, black_box, open_area_of, Hexagon, OpenLen};
    use divan::Bencher;
    use protocol::Open;
    use std::sync::Arc;

    #[divan::bench]
    fn direct_inherent_published(bencher: Bencher) {
        let shape = Hexagon { side: 3.0 };
        bencher.bench_local(|| black_box(&shape).area());
    }

    #[divan::bench]
    fn open_protocol(bencher: Bencher) {
        let shape = Hexagon { side: 3.0 };
        bencher.bench_local(|| open_area_of(black_box(&shape)));
    }

    #[divan::bench]
    fn open_wrapper_closed_protocol(bencher: Bencher) {
        let shape = Hexagon { side: 3.0 };
        bencher.bench_local(|| area_of(Open::from_ref(black_box(&shape))));
    }

    #[divan::bench]
    fn open_protocol_through_arc(bencher: Bencher) {
        let shape = Arc::new(Hexagon { side: 3.0 });
        bencher.bench_local(|| open_area_of(black_box(&shape)));
    }

    #[divan::bench]
    fn open_std_vec_len(bencher: Bencher) {
        let items = vec![1_u8, 2, 3];
        bencher.bench_local(|| OpenLen::len(black_box(&items)));
    }
}

mod dyn_calls {
    use super::{black_box, HandShape, Shape, Square};
    use divan::Bencher;

    #[divan::bench]
    fn dyn_hand_written(bencher: Bencher) {
        let shape: Box<dyn HandShape> = Box::new(Square(3.0));
        bencher.bench_local(|| black_box(&*shape).area());
    }

    #[divan::bench]
    fn dyn_protocol(bencher: Bencher) {
        let shape: Box<dyn Shape> = Box::new(Square(3.0));
        bencher.bench_local(|| black_box(&*shape).area());
    }
}

// The functions `scripts/asm-compare.sh` compares: each `probe_via_*` must compile to the
// same instructions as the `probe_direct_*` beside it.

#[inline(never)]
pub fn probe_direct(shape: &Square) -> f64 {
    shape.area()
}

#[inline(never)]
pub fn probe_via_conformance(shape: &Square) -> f64 {
    Shape::area(shape)
}

#[inline(never)]
pub fn probe_direct_struct(shape: &Circle) -> f64 {
    shape.area()
}

#[inline(never)]
pub fn probe_via_adapter(shape: &Circle) -> f64 {
    Shape::area(shape)
}

#[inline(never)]
pub fn probe_direct_len(items: &Vec<u8>) -> usize {
    items.len()
}

#[inline(never)]
pub fn probe_via_conform(items: &Vec<u8>) -> usize {
    Len::len(items)
}

#[inline(never)]
pub fn probe_direct_arc(shape: &Arc<Square>) -> f64 {
    shape.area()
}

#[inline(never)]
pub fn probe_via_forward_arc(shape: &Arc<Square>) -> f64 {
    area_of(shape)
}

#[inline(never)]
pub fn probe_direct_dyn(shape: &dyn HandShape) -> f64 {
    shape.area()
}

#[inline(never)]
pub fn probe_via_dyn(shape: &dyn Shape) -> f64 {
    shape.area()
}

#[inline(never)]
pub fn probe_direct_open(shape: &Hexagon) -> f64 {
    shape.area()
}

#[inline(never)]
pub fn probe_via_open(shape: &Hexagon) -> f64 {
    OpenShape::area(shape)
}

#[inline(never)]
pub fn probe_direct_open_wrapper(shape: &Pentagon) -> f64 {
    shape.area()
}

#[inline(never)]
pub fn probe_via_open_wrapper(shape: &Pentagon) -> f64 {
    Shape::area(Open::from_ref(shape))
}

#[inline(never)]
pub fn probe_direct_open_len(items: &VecDeque<u8>) -> usize {
    items.len()
}

#[inline(never)]
pub fn probe_via_open_len(items: &VecDeque<u8>) -> usize {
    OpenLen::len(items)
}

#[inline(never)]
pub fn probe_direct_open_arc(shape: &Arc<Hexagon>) -> f64 {
    shape.area()
}

#[inline(never)]
pub fn probe_via_open_arc(shape: &Arc<Hexagon>) -> f64 {
    open_area_of(shape)
}

#[inline(never)]
pub fn probe_direct_field(framed: &Framed) -> f64 {
    framed.square.area()
}

#[inline(never)]
pub fn probe_via_field(framed: &Framed) -> f64 {
    Shape::area(framed)
}

#[inline(never)]
pub fn probe_direct_variants(shape: &AnyShape) -> f64 {
    match shape {
        AnyShape::Square(square) => square.area(),
        AnyShape::Circle(circle) => circle.area(),
    }
}

#[inline(never)]
pub fn probe_via_variants(shape: &AnyShape) -> f64 {
    Shape::area(shape)
}
