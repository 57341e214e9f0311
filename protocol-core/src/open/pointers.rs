//! Pointers publish what their pointee publishes: `&T`, `&mut T`, `Box<T>`, `Rc<T>`,
//! `Arc<T>` and [`Open<T>`](super::Open) have every capability of `T` their access allows
//! (`&self` members through all of them, `&mut self` through `&mut T`, `Box<T>` and
//! `Open<T>`, `self` through `Box<T>` and `Open<T>`; associated functions and consts through
//! all of them).

use super::capability::{Assoc, Const, Mut, Ref, Val};
use super::wrapper::Open;

/// `Ref`, `Assoc` and `Const` for a pointer type whose pointee is reached by `&**self`.
macro_rules! shared {
    ($([$($params:tt)*] $pointer:ty;)*) => {$(
        impl<'s, $($params)* const N: u128, A, T: ?Sized + Ref<'s, N, A>> Ref<'s, N, A> for $pointer {
            type Out = T::Out;
            #[inline]
            fn call(&'s self, args: A) -> T::Out {
                T::call(&**self, args)
            }
        }
        impl<$($params)* const N: u128, A, T: ?Sized + Assoc<N, A>> Assoc<N, A> for $pointer {
            type Out = T::Out;
            #[inline]
            fn call(args: A) -> T::Out {
                T::call(args)
            }
        }
        impl<$($params)* const N: u128, T: ?Sized + Const<N>> Const<N> for $pointer {
            type Ty = T::Ty;
            const VALUE: T::Ty = T::VALUE;
        }
    )*};
}

/// `Mut` for a pointer type whose pointee is reached by `&mut **self`.
macro_rules! exclusive {
    ($([$($params:tt)*] $pointer:ty;)*) => {$(
        impl<'s, $($params)* const N: u128, A, T: ?Sized + Mut<'s, N, A>> Mut<'s, N, A> for $pointer {
            type Out = T::Out;
            #[inline]
            fn call(&'s mut self, args: A) -> T::Out {
                T::call(&mut **self, args)
            }
        }
    )*};
}

shared! {
    ['r,] &'r T;
    ['r,] &'r mut T;
    [] Open<T>;
}
exclusive! {
    ['r,] &'r mut T;
    [] Open<T>;
}

impl<const N: u128, A, T: Val<N, A>> Val<N, A> for Open<T> {
    type Out = T::Out;
    #[inline]
    fn call(self, args: A) -> T::Out {
        T::call(self.0, args)
    }
}

#[cfg(feature = "alloc")]
mod alloc_pointers {
    use super::{Assoc, Const, Mut, Ref, Val};
    use alloc::boxed::Box;
    use alloc::rc::Rc;

    shared! {
        [] Box<T>;
        [] Rc<T>;
    }
    #[cfg(target_has_atomic = "ptr")]
    shared! {
        [] alloc::sync::Arc<T>;
    }
    exclusive! {
        [] Box<T>;
    }

    impl<const N: u128, A, T: Val<N, A>> Val<N, A> for Box<T> {
        type Out = T::Out;
        #[inline]
        fn call(self, args: A) -> T::Out {
            T::call(*self, args)
        }
    }
}
