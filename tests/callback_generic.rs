//! Callback protocols with type and const parameters: `Handler<T>` is implemented for every
//! closure and `fn` taking `&T`, for every `T`.

// The signatures are the forms under test.
#![allow(clippy::needless_pass_by_value, clippy::trivially_copy_pass_by_ref)]

use protocol::protocol;

#[protocol(callback)]
trait Handler<T> {
    fn handle(&self, value: &T) -> bool;
}

#[protocol(callback)]
trait Fold<A: Copy, const N: usize> {
    fn fold(&mut self, items: [A; N]) -> A;
}

fn accept<T, H: Handler<T>>(handler: &H, value: T) -> bool {
    handler.handle(&value)
}

fn is_even(value: &u32) -> bool {
    value.is_multiple_of(2)
}

#[test]
fn closures_and_fns_conform_for_every_argument() {
    assert!(accept(&|v: &u32| *v > 2, 3));
    assert!(accept(&|s: &String| s.is_empty(), String::new()));
    assert!(accept(&is_even, 4));
    let handlers: Vec<Box<dyn Handler<u32>>> = vec![Box::new(is_even), Box::new(|v: &u32| *v == 1)];
    assert_eq!(handlers.iter().filter(|h| h.handle(&1)).count(), 1);
}

#[test]
fn const_parameters_too() {
    let mut calls = 0;
    let mut sum = |items: [u8; 3]| {
        calls += 1;
        items.iter().sum()
    };
    assert_eq!(Fold::fold(&mut sum, [1, 2, 3]), 6);
    assert_eq!(calls, 1);
}
