//! Delegation: `#[conforms(P via field)]` (Go's embedding, with the outer type's inherent
//! methods shadowing the field's) and `#[conforms(P via variants)]` (a union conforms when
//! every member does).

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
    let boxed_areas: Vec<f64> = boxed.iter().map(|s| s.area()).collect();
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
