//! `register!`: registrations for run-time checks. Each pair is written by the hidden
//! `__register_one!`, given this crate's `$crate`, so that a re-exported `protocol` works
//! and an error about the protocol points at the user's path.

/// Registers conformances for run-time checks: after `register!(Duck: Quacks)`,
/// [`cast::<dyn Quacks>`](crate::cast) finds `Duck`.
///
/// `#[conforms]` and `conform!` register the conformances of non-generic types to
/// `runtime_checkable` protocols themselves. Use `register!` for the rest: each
/// instantiation of a generic type (`Wrapper<u8>` and `Wrapper<u16>` are two types), and
/// types that implement the protocol by a hand-written `impl`. The protocol must be
/// [`RuntimeCheckable`](crate::RuntimeCheckable) and the type must implement it.
///
/// ```
/// use std::any::Any;
///
/// pub trait Quacks { fn quack(&self) -> String; }
/// impl protocol::RuntimeCheckable for dyn Quacks {}
/// pub trait Swims { fn swim(&self) -> u32; }
/// impl protocol::RuntimeCheckable for dyn Swims {}
/// pub trait Source<T> { fn get(&self) -> T; }
/// impl<T: 'static> protocol::RuntimeCheckable for dyn Source<T> {}
///
/// pub struct Duck;
/// impl Quacks for Duck { fn quack(&self) -> String { "quack".into() } }
/// impl Swims for Duck { fn swim(&self) -> u32 { 3 } }
///
/// pub struct Wrapper<T>(T);
/// impl<T: Copy> Source<T> for Wrapper<T> { fn get(&self) -> T { self.0 } }
///
/// protocol::register!(Duck: Quacks, Swims);       // several protocols
/// protocol::register! {                           // several types
///     Wrapper<u8>: Source<u8>;
///     Wrapper<u16>: Source<u16>;
/// }
///
/// assert_eq!(protocol::cast::<dyn Swims>(&Duck as &dyn Any).unwrap().swim(), 3);
/// let wrapped: &dyn Any = &Wrapper(7_u8);
/// assert_eq!(protocol::cast::<dyn Source<u8>>(wrapped).unwrap().get(), 7);
/// assert!(protocol::cast::<dyn Source<u16>>(wrapped).is_none());
/// ```
///
/// Write it at module level or in a function body, in any crate: the registrations of every
/// crate linked into the program are found, without code running before `main`.
/// Registering the same conformance twice is harmless. The protocol is a path, with its
/// generic arguments if it has any. Registering a protocol that is not run-time checkable
/// is an error (protocol `dyn Display` is not `runtime_checkable`):
///
/// ```compile_fail,E0277
/// use std::fmt;
///
/// pub struct Duck;
/// impl fmt::Display for Duck {
///     fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { f.write_str("duck") }
/// }
/// protocol::register!(Duck: fmt::Display);
/// ```
///
/// Needs the `std` feature; without it, `register!` is a compile error that says so.
#[cfg(feature = "std")]
#[macro_export]
macro_rules! register {
    ($($ty:ty : $($protocol:path),+ $(,)?);+ $(;)?) => {
        $($($crate::__private::__register_one! { $crate ; $ty ; $protocol })+)+
    };
}

/// Registers conformances for run-time checks (needs the `std` feature).
#[cfg(not(feature = "std"))]
#[macro_export]
macro_rules! register {
    ($($input:tt)*) => {
        $crate::__private::core::compile_error! {
            "`register!` needs the `std` feature of `protocol`: the run-time registry (`cast`) is only built with `std`"
        }
    };
}
