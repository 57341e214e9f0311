//! The two traits a cast is typed with: the protocol side ([`RuntimeCheckable`]) and the
//! value side ([`AnyObject`]).

/// Marks `dyn P` for a protocol `P` that can be cast to at run time (Python's
/// `@runtime_checkable`).
///
/// `#[protocol(runtime_checkable)]` writes the impl: `impl RuntimeCheckable for dyn P {}`
/// (for a generic protocol, `impl<T: 'static> RuntimeCheckable for dyn P<T> {}`). For a
/// trait without the attribute, write it by hand. The trait exists without the `std`
/// feature too, so that a `no_std` crate can declare run-time checkable protocols; only
/// the casts need `std`.
///
/// ```
/// use protocol::RuntimeCheckable;
///
/// pub trait Quacks {
///     fn quack(&self) -> String;
/// }
/// impl RuntimeCheckable for dyn Quacks {}
///
/// pub trait Source<T> {
///     fn get(&self) -> T;
/// }
/// impl<T: 'static> RuntimeCheckable for dyn Source<T> {}
///
/// fn checkable<P: ?Sized + RuntimeCheckable>() {}
/// checkable::<dyn Quacks>();
/// checkable::<dyn Source<u32>>();
/// ```
///
/// Casting to a protocol that is not run-time checkable is a compile error that says so
/// (the message reads: protocol `dyn Display` is not `runtime_checkable`):
///
/// ```compile_fail,E0277
/// use std::any::Any;
/// use std::fmt::Display;
///
/// let x: &dyn Any = &5_i32;
/// let _ = protocol::cast::<dyn Display>(x);
/// ```
#[diagnostic::on_unimplemented(
    message = "protocol `{Self}` is not runtime_checkable",
    label = "cannot be cast to at run time",
    note = "declare the protocol with `#[protocol(runtime_checkable)]` to cast to it at run time"
)]
pub trait RuntimeCheckable: 'static {}

#[cfg(feature = "std")]
pub use any_object::AnyObject;

#[cfg(feature = "std")]
mod any_object {
    use std::any::Any;
    use std::boxed::Box;

    /// The type-erased values a cast starts from: `dyn Any`, `dyn Any + Send` and
    /// `dyn Any + Send + Sync`, so that whichever of them you hold can be passed as it is.
    ///
    /// Sealed: it cannot be implemented outside this crate. (Limiting the casts to these
    /// three types also rules out a classic mistake: passing `&Box<dyn Any>` would ask
    /// about the type `Box<dyn Any>`, not about the boxed value.)
    ///
    /// ```
    /// use std::any::Any;
    /// # pub trait Quacks { fn quack(&self) -> String; }
    /// # impl protocol::RuntimeCheckable for dyn Quacks {}
    /// # pub struct Duck;
    /// # impl Quacks for Duck { fn quack(&self) -> String { "quack".into() } }
    /// # protocol::register!(Duck: Quacks);
    ///
    /// let plain: Box<dyn Any> = Box::new(Duck);
    /// let sendable: Box<dyn Any + Send> = Box::new(Duck);
    /// let shared: Box<dyn Any + Send + Sync> = Box::new(Duck);
    /// assert!(protocol::conforms_to::<dyn Quacks>(plain.as_ref()));
    /// assert!(protocol::conforms_to::<dyn Quacks>(sendable.as_ref()));
    /// assert!(protocol::conforms_to::<dyn Quacks>(shared.as_ref()));
    /// ```
    #[diagnostic::on_unimplemented(
        message = "`{Self}` is not a `dyn Any`: pass the `dyn Any` itself",
        label = "expected `dyn Any`, `dyn Any + Send` or `dyn Any + Send + Sync`",
        note = "coerce a reference first (`&value as &dyn Any`); for a `Box<dyn Any>` named `boxed`, pass `boxed.as_ref()`: `&boxed` would ask about the type `Box<dyn Any>` itself"
    )]
    pub trait AnyObject: sealed::Sealed + 'static {
        /// The value as a plain `&dyn Any`.
        #[doc(hidden)]
        fn __as_any(&self) -> &dyn Any;
        /// The value as a plain `&mut dyn Any`.
        #[doc(hidden)]
        fn __as_any_mut(&mut self) -> &mut dyn Any;
        /// The box as a plain `Box<dyn Any>` (the same allocation).
        #[doc(hidden)]
        fn __into_any(self: Box<Self>) -> Box<dyn Any>;
    }

    mod sealed {
        pub trait Sealed {}
    }

    macro_rules! any_object {
        ($($ty:ty),*) => {$(
            impl sealed::Sealed for $ty {}
            impl AnyObject for $ty {
                #[inline]
                fn __as_any(&self) -> &dyn Any {
                    self
                }
                #[inline]
                fn __as_any_mut(&mut self) -> &mut dyn Any {
                    self
                }
                #[inline]
                fn __into_any(self: Box<Self>) -> Box<dyn Any> {
                    self
                }
            }
        )*};
    }

    any_object!(dyn Any, dyn Any + Send, dyn Any + Send + Sync);
}
