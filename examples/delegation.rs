//! Delegation: a wrapper that conforms through the field it wraps (Go's embedding, with the
//! wrapper's own methods taking precedence), and an enum that conforms through its variants
//! (a union conforms when every member does), next to the `Vec<Box<dyn Shape>>` it can
//! replace when the set of kinds is closed.
//!
//! Run with `cargo run --example delegation`.

use protocol::{conforms, protocol};

/// What a drawing program asks of a shape.
#[protocol]
pub trait Shape {
    /// The area, in square units.
    fn area(&self) -> f64;
    /// A name for the legend.
    fn name(&self) -> String {
        "shape".to_owned()
    }
    /// Grows the shape by `factor`.
    fn scale(&mut self, factor: f64);
}

/// A circle of radius `r`.
#[derive(Clone, Copy)]
pub struct Circle {
    r: f64,
}

#[conforms(Shape)]
impl Circle {
    /// π r².
    #[must_use]
    pub fn area(&self) -> f64 {
        std::f64::consts::PI * self.r * self.r
    }
    /// "circle".
    #[must_use]
    pub fn name(&self) -> String {
        "circle".to_owned()
    }
    /// Grows the radius.
    pub fn scale(&mut self, factor: f64) {
        self.r *= factor;
    }
}

/// A square of side `side`.
#[derive(Clone, Copy)]
pub struct Square {
    side: f64,
}

#[conforms(Shape)]
impl Square {
    /// side².
    #[must_use]
    pub fn area(&self) -> f64 {
        self.side * self.side
    }
    /// Grows the side.
    pub fn scale(&mut self, factor: f64) {
        self.side *= factor;
    }
}

/// A square with a label: `area` and `scale` go to the square, `name` is its own.
#[conforms(Shape via square)]
pub struct Tile {
    square: Square,
    label: &'static str,
}

impl Tile {
    /// Takes precedence over the square's `name`, as an outer struct's method shadows an
    /// embedded one in Go.
    #[must_use]
    pub fn name(&self) -> String {
        format!("tile {:?}", self.label)
    }
}

/// Every shape this program draws: a closed set, so an enum; it conforms because each
/// variant does, and each call is a `match`.
#[conforms(Shape via variants)]
pub enum AnyShape {
    /// A circle.
    Circle(Circle),
    /// A square.
    Square(Square),
    /// A labelled square.
    Tile(Tile),
}

fn legend(shapes: &[impl Shape]) -> Vec<String> {
    shapes
        .iter()
        .map(|shape| format!("{} ({:.2})", shape.name(), shape.area()))
        .collect()
}

fn main() {
    let mut shapes = vec![
        AnyShape::Circle(Circle { r: 1.0 }),
        AnyShape::Square(Square { side: 2.0 }),
        AnyShape::Tile(Tile {
            square: Square { side: 1.5 },
            label: "kitchen",
        }),
    ];
    println!("legend of an enum that conforms via its variants:");
    for line in legend(&shapes) {
        println!("  {line}");
    }
    for shape in &mut shapes {
        shape.scale(2.0);
    }
    println!("after scaling by 2:");
    for line in legend(&shapes) {
        println!("  {line}");
    }
    // The open alternative: anyone may add a kind, at the price of a box and a vtable.
    let boxed: Vec<Box<dyn Shape>> =
        vec![Box::new(Circle { r: 1.0 }), Box::new(Square { side: 2.0 })];
    let total: f64 = boxed.iter().map(Shape::area).sum();
    println!("the same two shapes as Vec<Box<dyn Shape>>: total area {total:.2}");
}
