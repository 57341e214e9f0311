//! The pieces a struct-level conformance compares signatures with: a function seen through
//! `shape` and the declared signature through `Assemble` are one type exactly when the
//! receiver, the arguments and the result agree, whatever the lifetimes.

use core::marker::PhantomData;
use protocol_core::__private::{shape, Assemble};

/// Compiles only when both markers are of one type.
fn same<T>(_: PhantomData<T>, _: PhantomData<T>) {}

struct Fish(usize);

impl Fish {
    fn weigh(&self, unit: &str) -> usize {
        self.0 + unit.len()
    }
    fn rename(&mut self, size: u32) {
        self.0 = size as usize;
    }
    fn new() -> Fish {
        Fish(0)
    }
}

#[test]
fn a_method_and_its_declared_signature_are_one_type() {
    let (weigh, found) = shape(Fish::weigh);
    same(
        found,
        PhantomData::<<fn(&'static ()) -> ((&Fish, &str), usize) as Assemble>::Ptr>,
    );
    assert_eq!(weigh(&Fish(1), "kg"), 3);

    let (_, found) = shape(Fish::rename);
    same(
        found,
        PhantomData::<<fn(&'static ()) -> ((&mut Fish, u32), ()) as Assemble>::Ptr>,
    );

    let (new, found) = shape(Fish::new);
    same(
        found,
        PhantomData::<<fn(&'static ()) -> ((), Fish) as Assemble>::Ptr>,
    );
    assert_eq!(new().0, 0);
}

#[test]
fn twelve_arguments_are_compared() {
    #[allow(clippy::too_many_arguments)]
    fn twelve(
        a0: u8,
        a1: u8,
        a2: u8,
        a3: u8,
        a4: u8,
        a5: u8,
        a6: u8,
        a7: u8,
        a8: u8,
        a9: u8,
        a10: u8,
        a11: u8,
    ) -> u8 {
        a0 + a1 + a2 + a3 + a4 + a5 + a6 + a7 + a8 + a9 + a10 + a11
    }
    let (twelve, found) = shape(twelve);
    same(
        found,
        PhantomData::<
            <fn(&'static ()) -> ((u8, u8, u8, u8, u8, u8, u8, u8, u8, u8, u8, u8), u8) as Assemble>::Ptr,
        >,
    );
    assert_eq!(twelve(1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1), 12);
}
