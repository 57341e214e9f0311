//! `members!` lists a protocol's members in declaration order, from any crate.
#![deny(warnings)]

use protocol::{protocol, Member, MemberKind};

#[protocol]
pub trait Shape {
    /// Docs are not part of the signature.
    const SIDES: usize;
    type Unit: Copy;
    fn area(&self) -> f64;
    fn scale(&mut self, by: f64) {
        let _ = by;
    }
    fn unit() -> Self::Unit;
    #[cfg(any())]
    fn never(&self);
    #[cfg(all())]
    fn always(&self) {}
}

const SHAPE: &[Member] = protocol::members!(Shape);

fn main() {
    let names: Vec<&str> = SHAPE.iter().map(|m| m.name).collect();
    assert_eq!(names, ["SIDES", "Unit", "area", "scale", "unit", "always"]);
    let kinds: Vec<MemberKind> = SHAPE.iter().map(|m| m.kind).collect();
    assert_eq!(
        kinds,
        [
            MemberKind::Const,
            MemberKind::Type,
            MemberKind::Method,
            MemberKind::Method,
            MemberKind::AssociatedFn,
            MemberKind::Method
        ]
    );
    let signatures: Vec<&str> = SHAPE.iter().map(|m| m.signature).collect();
    assert_eq!(
        signatures,
        [
            "const SIDES: usize",
            "type Unit: Copy",
            "fn area(&self) -> f64",
            "fn scale(&mut self, by: f64)",
            "fn unit() -> Self::Unit",
            "fn always(&self)"
        ]
    );
    let required: Vec<bool> = SHAPE.iter().map(|m| m.required).collect();
    assert_eq!(required, [true, true, true, false, true, false]);

    let fixture = protocol::members!(animals::EatsBread);
    assert_eq!(fixture.len(), 2);
    assert_eq!(fixture[0].signature, "fn eat_bread(&self) -> String");
    assert_eq!(protocol::members!(animals::prelude::Flies)[0].name, "fly");
}
