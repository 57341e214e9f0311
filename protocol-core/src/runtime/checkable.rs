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

    /// What a cast starts from: a type-erased `dyn Any`, `dyn Any + Send` or
    /// `dyn Any + Send + Sync` as you hold it, or any plain `'static` value.
    ///
    /// Sealed: it cannot be implemented outside this crate. A `Box<dyn Any>` (or its `Send`
    /// forms) passed by reference, `&boxed`, is looked through: the question is about the
    /// boxed value, not about the type `Box<dyn Any>`.
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
    /// assert!(protocol::conforms_to::<dyn Quacks>(&Duck)); // a plain value
    /// assert!(protocol::conforms_to::<dyn Quacks>(&plain)); // the box is looked through
    /// ```
    #[diagnostic::on_unimplemented(
        message = "`{Self}` cannot be cast at run time: it is not `'static`",
        label = "a cast needs a `'static` value or a `dyn Any`",
        note = "`Any`, on which the casts rest, exists only for `'static` types"
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

    /// A plain value: itself, unless it is a box of a `dyn Any`, whose content is meant.
    impl<T: Any> sealed::Sealed for T {}
    impl<T: Any> AnyObject for T {
        #[inline]
        fn __as_any(&self) -> &dyn Any {
            let any: &dyn Any = self;
            if let Some(boxed) = any.downcast_ref::<Box<dyn Any>>() {
                return boxed.as_ref();
            }
            if let Some(boxed) = any.downcast_ref::<Box<dyn Any + Send>>() {
                return boxed.as_ref();
            }
            if let Some(boxed) = any.downcast_ref::<Box<dyn Any + Send + Sync>>() {
                return boxed.as_ref();
            }
            any
        }
        #[inline]
        fn __as_any_mut(&mut self) -> &mut dyn Any {
            // `is` first, then an unconditional return: a borrow returned on one path only
            // would keep `any` borrowed on the others.
            let any: &mut dyn Any = self;
            if any.is::<Box<dyn Any>>() {
                return any
                    .downcast_mut::<Box<dyn Any>>()
                    .map_or_else(|| unreachable!("checked by `is`"), |boxed| &mut **boxed);
            }
            if any.is::<Box<dyn Any + Send>>() {
                return any
                    .downcast_mut::<Box<dyn Any + Send>>()
                    .map_or_else(|| unreachable!("checked by `is`"), |boxed| &mut **boxed);
            }
            if any.is::<Box<dyn Any + Send + Sync>>() {
                return any
                    .downcast_mut::<Box<dyn Any + Send + Sync>>()
                    .map_or_else(|| unreachable!("checked by `is`"), |boxed| &mut **boxed);
            }
            any
        }
        #[inline]
        fn __into_any(self: Box<Self>) -> Box<dyn Any> {
            self
        }
    }
}
