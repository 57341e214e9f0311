//! `#[protocol]` accepts every kind of trait a user writes and emits it unchanged.
#![deny(warnings)]
#![allow(dead_code)]

use protocol::protocol;

/// Documented protocol with every kind of member.
#[protocol]
pub trait Everything<'a, T: Clone + 'a, const N: usize = 4>: Send + Sync
where
    T: core::fmt::Debug,
{
    /// An associated type with bounds.
    type Item: Clone;
    /// An associated const.
    const KIND: &'static str;
    /// A const with a default.
    const SIZE: usize = N;
    /// `&self`.
    fn by_ref(&self, value: &'a T) -> [u8; N];
    /// `&mut self`.
    fn by_mut(&mut self, item: Self::Item);
    /// `self`.
    fn by_value(self) -> Option<T>
    where
        Self: Sized;
    /// `self: Box<Self>`.
    fn boxed(self: Box<Self>) -> usize;
    /// No receiver.
    fn make(kind: &str) -> Self
    where
        Self: Sized;
    /// A default body.
    fn described(&self) -> String {
        Self::KIND.to_owned()
    }
    /// A generic method.
    fn convert<U: From<T>>(&self, value: T) -> U {
        U::from(value)
    }
    /// `async fn`.
    #[allow(async_fn_in_trait)]
    async fn fetch(&self) -> u8;
    /// `unsafe fn`.
    unsafe fn raw(&self, ptr: *const u8) -> u8;
    /// Only on unix.
    #[cfg(unix)]
    fn unix_only(&self);
    /// Never on any platform.
    #[cfg(any())]
    fn nowhere(&self) -> Missing;
}

#[protocol]
pub(crate) trait CrateVisible {
    fn visible(&self) -> bool;
}

#[protocol]
trait Private {
    fn private(&self);
}

mod nested {
    #[protocol::protocol]
    pub(super) trait SuperVisible {}

    #[protocol::protocol]
    pub(in crate::nested) trait InPath {
        fn in_path(&self);
    }

    #[protocol::protocol]
    pub unsafe trait Unsafe {
        fn unsafe_trait(&self);
    }
}

fn main() {
    #[protocol]
    trait InsideFunction {
        fn inside(&self) -> u8;
    }
    struct Local;
    impl InsideFunction for Local {
        fn inside(&self) -> u8 {
            7
        }
    }
    assert_eq!(Local.inside(), 7);
}
