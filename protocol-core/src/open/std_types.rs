//! The members of std types that typeshed's protocols describe, published as capabilities:
//! `len` and `is_empty` of strings, slices and the collections, `abs` of signed numbers. An
//! open `Len` protocol accepts every std collection with no line of glue.

use super::capability::{key, Ref, Val};

const LEN: u128 = key("len");
const IS_EMPTY: u128 = key("is_empty");
const ABS: u128 = key("abs");

/// `len` and `is_empty` of each `[generics] type`.
macro_rules! sized_collections {
    ($([$($params:tt)*] $ty:ty;)*) => {$(
        impl<'s, $($params)*> Ref<'s, LEN, ()> for $ty {
            type Out = usize;
            #[inline]
            fn call(&'s self, (): ()) -> usize {
                <$ty>::len(self)
            }
        }
        impl<'s, $($params)*> Ref<'s, IS_EMPTY, ()> for $ty {
            type Out = bool;
            #[inline]
            fn call(&'s self, (): ()) -> bool {
                <$ty>::is_empty(self)
            }
        }
    )*};
}

/// `abs` of each signed number type.
macro_rules! signed {
    ($($ty:ty)*) => {$(
        impl Val<ABS, ()> for $ty {
            type Out = $ty;
            #[inline]
            fn call(self, (): ()) -> $ty {
                <$ty>::abs(self)
            }
        }
    )*};
}

sized_collections! {
    [] str;
    [T] [T];
}
signed! { i8 i16 i32 i64 i128 isize }

#[cfg(feature = "alloc")]
mod alloc_types {
    use super::{Ref, IS_EMPTY, LEN};
    use alloc::collections::{BTreeMap, BTreeSet, BinaryHeap, LinkedList, VecDeque};
    use alloc::string::String;
    use alloc::vec::Vec;

    sized_collections! {
        [] String;
        [T] Vec<T>;
        [T] VecDeque<T>;
        [T] LinkedList<T>;
        [T] BinaryHeap<T>;
        [K, V] BTreeMap<K, V>;
        [T] BTreeSet<T>;
    }
}

#[cfg(feature = "std")]
mod std_only {
    use super::{Ref, Val, ABS, IS_EMPTY, LEN};
    use std::collections::{HashMap, HashSet};

    sized_collections! {
        [K, V, S] HashMap<K, V, S>;
        [T, S] HashSet<T, S>;
    }
    signed! { f32 f64 }
}
