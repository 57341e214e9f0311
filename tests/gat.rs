//! Protocols with generic associated types (a lending iterator): the type written in the
//! attribute under any parameter names (`Item<'b> = &'b mut [u8]`), or inferred from a
//! signature that names it (`-> Option<Self::Item<'_>>`), by impl block and struct-level form.
#![deny(warnings)]
// `wrap` ignores `self` and wraps as the protocol says.
#![allow(
    clippy::unused_self,
    clippy::unnecessary_box_returns,
    clippy::unnecessary_wraps
)]

use protocol::{conforms, protocol};

#[protocol]
trait LendingIterator {
    type Item<'a>
    where
        Self: 'a;
    fn next(&mut self) -> Option<Self::Item<'_>>;
}

/// Lends overlapping windows of its buffer, mutably: no `Iterator` can.
struct Windows {
    data: Vec<u8>,
    at: usize,
}

#[conforms(LendingIterator)] // `Item<'a> = &'a mut [u8]`, inferred
impl Windows {
    fn next(&mut self) -> Option<&mut [u8]> {
        let at = self.at;
        self.at += 1;
        self.data.get_mut(at..at + 2)
    }
}

struct Cells {
    data: Vec<u8>,
    at: usize,
}

#[conforms(LendingIterator<Item<'b> = &'b mut u8>)] // written, under another name
impl Cells {
    fn next(&mut self) -> Option<&mut u8> {
        let at = self.at;
        self.at += 1;
        self.data.get_mut(at)
    }
}

#[conforms(LendingIterator<Item<'x> = &'x str>)]
struct Words {
    text: String,
    at: usize,
}

impl Words {
    fn next(&mut self) -> Option<&str> {
        let word = self
            .text
            .get(self.at..)?
            .split(' ')
            .next()
            .filter(|w| !w.is_empty())?;
        self.at += word.len() + 1;
        Some(word)
    }
}

/// Counts what a lending iterator lends, through the protocol (and a `&mut` to it).
fn count<L: LendingIterator>(mut items: L) -> usize {
    let mut n = 0;
    while items.next().is_some() {
        n += 1;
    }
    n
}

#[test]
fn an_inferred_generic_associated_type_lends_mutably() {
    let mut windows = Windows {
        data: vec![1, 2, 3],
        at: 0,
    };
    while let Some(window) = LendingIterator::next(&mut windows) {
        window[1] *= 10;
    }
    assert_eq!(windows.data, [1, 20, 30]);
    windows.at = 0;
    assert_eq!(count(&mut windows), 2);
}

#[test]
fn a_written_generic_associated_type_may_rename_its_lifetime() {
    let mut cells = Cells {
        data: vec![1, 2],
        at: 0,
    };
    while let Some(cell) = LendingIterator::next(&mut cells) {
        *cell += 1;
    }
    assert_eq!(cells.data, [2, 3]);
}

#[test]
fn a_struct_conforms_with_a_written_generic_associated_type() {
    let mut words = Words {
        text: "lend me words".to_owned(),
        at: 0,
    };
    let mut seen = Vec::new();
    while let Some(word) = LendingIterator::next(&mut words) {
        seen.push(word.len());
    }
    assert_eq!(seen, [4, 2, 5]);
    assert_eq!(
        count(Box::new(Words {
            text: "a b".to_owned(),
            at: 0
        })),
        2
    );
}

#[protocol]
trait Family {
    type Member<T>;
    fn wrap<T>(&self, value: T) -> Self::Member<T>;
}

struct Boxes;

#[conforms(Family<Member<U> = Box<U>>)]
impl Boxes {
    fn wrap<T>(&self, value: T) -> Box<T> {
        Box::new(value)
    }
}

struct Options;

#[conforms(Family)] // `Member<T> = Option<T>`, inferred
impl Options {
    fn wrap<T>(&self, value: T) -> Option<T> {
        Some(value)
    }
}

#[test]
fn a_type_parameter_of_a_generic_associated_type() {
    let boxed: <Boxes as Family>::Member<u8> = Boxes.wrap(7);
    assert_eq!(*boxed, 7);
    let some: <Options as Family>::Member<&str> = Family::wrap(&Options, "x");
    assert_eq!(some, Some("x"));
}
