//! How a struct-level conformance compares an inherent method's signature with the one the
//! protocol declares, so that a wrong one is reported in the protocol's words (see the
//! adapter's `check` module in the macros).
//!
//! The method's function item is seen as a function pointer whose every lifetime is left to
//! inference ([`FnShape`]), and the protocol's signature as one whose every lifetime is one
//! given lifetime ([`Assemble`] on `fn(&'k ()) -> ((arguments), result)`):
//! the two are the same type exactly when the method has the declared receiver, arguments
//! and result, whatever its lifetimes. Up to twelve arguments.

use core::marker::PhantomData;

/// A function's arguments (`Args`, a tuple) and its pointer type with lifetimes left free.
pub trait FnShape<Args> {
    /// `fn(A0, …) -> R`.
    type Ptr;
}

/// `fn(&'k ()) -> ((A0, …), R)` to `fn(A0, …) -> R`: written that way, every lifetime the
/// arguments and result elide is `'k`.
pub trait Assemble {
    /// `fn(A0, …) -> R`.
    type Ptr;
}

/// `f`, and a marker of its pointer type, for the comparison.
#[inline]
pub fn shape<F: FnShape<Args>, Args>(f: F) -> (F, PhantomData<F::Ptr>) {
    (f, PhantomData)
}

/// `FnShape` and `Assemble` for one arity.
macro_rules! arity {
    ($($arg:ident)*) => {
        impl<F: FnOnce($($arg),*) -> R, $($arg,)* R> FnShape<($($arg,)*)> for F {
            type Ptr = fn($($arg),*) -> R;
        }

        impl<'k, $($arg,)* R> Assemble for fn(&'k ()) -> (($($arg,)*), R) {
            type Ptr = fn($($arg),*) -> R;
        }
    };
}

arity!();
arity!(A0);
arity!(A0 A1);
arity!(A0 A1 A2);
arity!(A0 A1 A2 A3);
arity!(A0 A1 A2 A3 A4);
arity!(A0 A1 A2 A3 A4 A5);
arity!(A0 A1 A2 A3 A4 A5 A6);
arity!(A0 A1 A2 A3 A4 A5 A6 A7);
arity!(A0 A1 A2 A3 A4 A5 A6 A7 A8);
arity!(A0 A1 A2 A3 A4 A5 A6 A7 A8 A9);
arity!(A0 A1 A2 A3 A4 A5 A6 A7 A8 A9 A10);
arity!(A0 A1 A2 A3 A4 A5 A6 A7 A8 A9 A10 A11);
