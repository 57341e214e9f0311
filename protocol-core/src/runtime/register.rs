//! `register!` and its hidden twin for generated code, `__private::register_auto!`.
//!
//! Each expands, per conformance, to a `const _: () = { … };` block holding a unit struct,
//! its `Conformance` impl (where the concrete type is unsized into `dyn P`) and one element
//! of the registry's distributed slice. Every path is absolute (`$crate::…`), and the code
//! is safe: it compiles under `#![deny(unsafe_code)]` and `#![no_implicit_prelude]`.

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
        $($(
            const _: () = {
                // One error, at the user's path, when the protocol is not run-time checkable.
                fn runtime_checkable<
                    P: ?$crate::__private::core::marker::Sized + $crate::RuntimeCheckable,
                >() {
                }
                #[allow(dead_code)]
                fn check() {
                    runtime_checkable::<dyn $protocol>();
                }

                struct __ProtocolConformance;

                impl $crate::__private::Conformance for __ProtocolConformance {
                    type Protocol = dyn $protocol;
                    type Concrete = $ty;

                    #[inline]
                    fn as_protocol(concrete: &Self::Concrete) -> &Self::Protocol {
                        concrete
                    }

                    #[inline]
                    fn as_protocol_mut(concrete: &mut Self::Concrete) -> &mut Self::Protocol {
                        concrete
                    }

                    #[inline]
                    fn into_protocol(
                        concrete: $crate::__private::Box<Self::Concrete>,
                    ) -> $crate::__private::Box<Self::Protocol> {
                        concrete
                    }
                }

                #[$crate::__private::linkme::distributed_slice($crate::__private::CONFORMANCES)]
                #[linkme(crate = $crate::__private::linkme)]
                static __PROTOCOL_CONFORMANCE: $crate::__private::Entry =
                    $crate::__private::Entry::new::<__ProtocolConformance>();
            };
        )+)+
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

/// `register!` for generated code: the same with `std`, nothing without it, so that code
/// generated for a `runtime_checkable` protocol also compiles in a `no_std` crate.
#[cfg(feature = "std")]
#[macro_export]
#[doc(hidden)]
macro_rules! __protocol_register_auto {
    ($($input:tt)*) => {
        $crate::register! { $($input)* }
    };
}

#[cfg(not(feature = "std"))]
#[macro_export]
#[doc(hidden)]
macro_rules! __protocol_register_auto {
    ($($input:tt)*) => {};
}
