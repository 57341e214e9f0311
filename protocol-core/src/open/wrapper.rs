//! [`Open`]: the duck-typed adapter every protocol is implemented for.

/// A type seen through the members it publishes: `Open<T>` conforms to every protocol whose
/// members `T` publishes with `#[protocol::methods]`, with no conformance line anywhere.
///
/// ```
/// use protocol::{protocol, Open};
///
/// // A library that knows no bird.
/// #[protocol]
/// pub trait EatsBread {
///     fn eat_bread(&self) -> String;
/// }
/// pub fn feed_bread(animal: &impl EatsBread) -> String {
///     animal.eat_bread()
/// }
///
/// // A crate that knows no protocol.
/// pub struct Duck;
/// #[protocol::methods]
/// impl Duck {
///     pub fn eat_bread(&self) -> String { "quack".into() }
/// }
///
/// let duck = Duck;
/// assert_eq!(feed_bread(Open::from_ref(&duck)), "quack"); // &Duck -> &Open<Duck>, no copy
/// let zoo: Vec<Box<dyn EatsBread>> = vec![Box::new(Open(Duck))];
/// assert_eq!(zoo[0].eat_bread(), "quack");
/// ```
///
/// `Open<T>` is `#[repr(transparent)]`: it has `T`'s layout, and a call through it compiles
/// to the direct call of `T`'s method.
#[derive(ref_cast::RefCast, Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[repr(transparent)]
pub struct Open<T: ?Sized>(pub T);

impl<T: ?Sized> Open<T> {
    /// Views a `&T` as a `&Open<T>`, without a copy.
    #[inline]
    #[must_use]
    pub fn from_ref(value: &T) -> &Self {
        ref_cast::RefCast::ref_cast(value)
    }

    /// Views a `&mut T` as a `&mut Open<T>`, without a copy.
    #[inline]
    #[must_use]
    pub fn from_mut(value: &mut T) -> &mut Self {
        ref_cast::RefCast::ref_cast_mut(value)
    }
}

impl<T> Open<T> {
    /// The wrapped value.
    #[inline]
    pub fn into_inner(self) -> T {
        self.0
    }
}

impl<T> From<T> for Open<T> {
    #[inline]
    fn from(value: T) -> Self {
        Open(value)
    }
}

impl<T: ?Sized> core::ops::Deref for Open<T> {
    type Target = T;
    #[inline]
    fn deref(&self) -> &T {
        &self.0
    }
}

impl<T: ?Sized> core::ops::DerefMut for Open<T> {
    #[inline]
    fn deref_mut(&mut self) -> &mut T {
        &mut self.0
    }
}
