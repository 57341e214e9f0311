//! The capability traits: one member of a type, published under a key made from its name.
//!
//! The member's argument types are the tuple `A`; its return type is `Out`, which may borrow
//! from `self` for the lifetime `'s` (`fn name(&self) -> &str` publishes
//! `Ref<'s, KEY, (), Out = &'s str>`).

/// The key of a member named `name`: FNV-1a, 128 bits, over the name's bytes. The macros
/// compute the same number when they publish or require a member.
///
/// ```
/// # use protocol::__private::cap::key;
/// assert_ne!(key("len"), key("is_empty"));
/// ```
#[must_use]
pub const fn key(name: &str) -> u128 {
    let bytes = name.as_bytes();
    let mut hash: u128 = 0x6c62_272e_07bb_0142_62b8_2175_6295_c58d;
    let mut i = 0;
    while i < bytes.len() {
        hash ^= bytes[i] as u128;
        hash = hash.wrapping_mul(0x0000_0000_0100_0000_0000_0000_0000_013b);
        i += 1;
    }
    hash
}

/// A method taking `&self`, published under key `N` with arguments `A`.
///
/// `Lend` is never written: its default, `&'s Self`, tells the compiler that `Self` outlives
/// `'s` wherever the trait is named, so that `Out` may borrow from a generic `Self`
/// (`Option<&'s T>` of a `Stack<T>`).
pub trait Ref<'s, const N: u128, A, Lend: ?Sized = &'s Self> {
    /// The method's return type.
    type Out;
    /// Calls the method.
    fn call(&'s self, args: A) -> Self::Out;
}

/// A method taking `&mut self`, published under key `N` with arguments `A` (`Lend` as for
/// [`Ref`]).
pub trait Mut<'s, const N: u128, A, Lend: ?Sized = &'s Self> {
    /// The method's return type.
    type Out;
    /// Calls the method.
    fn call(&'s mut self, args: A) -> Self::Out;
}

/// A method taking `self`, published under key `N` with arguments `A`.
pub trait Val<const N: u128, A> {
    /// The method's return type.
    type Out;
    /// Calls the method.
    fn call(self, args: A) -> Self::Out
    where
        Self: Sized;
}

/// An associated function (no receiver), published under key `N` with arguments `A`.
pub trait Assoc<const N: u128, A> {
    /// The function's return type.
    type Out;
    /// Calls the function.
    fn call(args: A) -> Self::Out;
}

/// An associated const, published under key `N`.
pub trait Const<const N: u128> {
    /// The const's type.
    type Ty;
    /// The const's value.
    const VALUE: Self::Ty;
}

/// A function pointer's return type, as the macros name a member's return type that may
/// hide a lifetime parameter (`-> Iter<u8>` for `Iter<'_, u8>`): inside
/// `fn(&'s ()) -> Iter<u8>` the hidden lifetime is elided as in the method's own signature,
/// where an associated type could not elide it.
pub trait Returns {
    /// The return type.
    type Out;
}

impl<R> Returns for fn() -> R {
    type Out = R;
}

impl<'l, R> Returns for fn(&'l ()) -> R {
    type Out = R;
}

/// How a `#[field] fn x(&self) -> &U` member reads what a published field or method
/// returns: `&'s T` where `T: Borrow<U>` (the field itself, or `String` for `str`).
pub trait Reads<'s, U: ?Sized> {
    /// The borrowed view.
    fn read(self) -> &'s U;
}

impl<'s, T: ?Sized + core::borrow::Borrow<U>, U: ?Sized> Reads<'s, U> for &'s T {
    #[inline]
    fn read(self) -> &'s U {
        self.borrow()
    }
}

/// How a `#[field] fn x_mut(&mut self) -> &mut U` member reads a published field.
pub trait ReadsMut<'s, U: ?Sized> {
    /// The mutable view.
    fn read_mut(self) -> &'s mut U;
}

impl<'s, T: ?Sized + core::borrow::BorrowMut<U>, U: ?Sized> ReadsMut<'s, U> for &'s mut T {
    #[inline]
    fn read_mut(self) -> &'s mut U {
        self.borrow_mut()
    }
}

/// How a `#[field] fn x(&self) -> T` member gets its value: a method's return as it is, or a
/// clone of a published field.
pub trait Yields<T> {
    /// The value.
    fn yields(self) -> T;
}

impl<T> Yields<T> for T {
    #[inline]
    fn yields(self) -> T {
        self
    }
}

impl<T: Clone> Yields<T> for &T {
    #[inline]
    fn yields(self) -> T {
        self.clone()
    }
}
