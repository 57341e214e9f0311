// #[protocol]
// pub trait Named { #[field] fn name(&self) -> &str; fn greet(&self) -> String; fn shout(&self) -> bool { false } }
// #[conforms(Named)]
// pub struct User { name: String, age: u8 }

// ---- #[protocol]

#[diagnostic::on_unimplemented(
    message = "`{Self}` does not conform to protocol `Named`",
    label = "`{Self}` does not conform to `Named`",
    note = "`Named` requires `fn name(&self) -> &str`",
    note = "`Named` requires `fn greet(&self) -> String`",
    note = "a type conforms through `#[conforms(Named)]` on an `impl` block that defines these members"
)]
pub trait Named {
    fn name(&self) -> &str;
    fn greet(&self) -> String;
    fn shout(&self) -> bool {
        Self::__protocol_default_shout(self)
    }
    #[doc(hidden)]
    fn __protocol_default_shout(&self) -> bool {
        false
    }
}
#[doc(hidden)]
#[allow(unused_macros, clippy::crate_in_macro_def)]
#[macro_export]
macro_rules! __protocol_Named_237f1dca50dc2e6d {
    (@ protocol_v1 { $($callback:tt)* } $($payload:tt)*) => {
        $($callback)* ! { { $($payload)* } { @ protocol_def_v1 pub trait Named { #[field]
        fn name(& self) -> & str; fn greet(& self) -> String; fn shout(& self) -> bool {}
        } } }
    };
    ($($unknown:tt)*) => {
        ::core::compile_error! {
        "the protocol `Named` was declared with a version of the `protocol` crate that does not understand this request; use one version of `protocol` across the build"
        }
    };
}
#[doc(hidden)]
#[allow(unused_imports)]
pub use __protocol_Named_237f1dca50dc2e6d as Named;
#[automatically_derived]
impl<'a, T: Named + ?::core::marker::Sized> Named for &'a T {
    #[inline]
    fn name(&self) -> &str {
        <T as Named>::name(&**self)
    }
    #[inline]
    fn greet(&self) -> String {
        <T as Named>::greet(&**self)
    }
    #[inline]
    fn shout(&self) -> bool {
        <T as Named>::shout(&**self)
    }
}
#[automatically_derived]
impl<'a, T: Named + ?::core::marker::Sized> Named for &'a mut T {
    #[inline]
    fn name(&self) -> &str {
        <T as Named>::name(&**self)
    }
    #[inline]
    fn greet(&self) -> String {
        <T as Named>::greet(&**self)
    }
    #[inline]
    fn shout(&self) -> bool {
        <T as Named>::shout(&**self)
    }
}
::protocol::__private::if_alloc! {
    #[automatically_derived] impl < T : Named + ? ::core::marker::Sized > Named for
    ::protocol::__private::Box < T > { #[inline] fn name(& self) -> & str { < T as Named
    > ::name(& * * self,) } #[inline] fn greet(& self) -> String { < T as Named >
    ::greet(& * * self,) } #[inline] fn shout(& self) -> bool { < T as Named > ::shout(&
    * * self,) } } #[automatically_derived] impl < T : Named + ? ::core::marker::Sized >
    Named for ::protocol::__private::Rc < T > { #[inline] fn name(& self) -> & str { < T
    as Named > ::name(& * * self,) } #[inline] fn greet(& self) -> String { < T as Named
    > ::greet(& * * self,) } #[inline] fn shout(& self) -> bool { < T as Named >
    ::shout(& * * self,) } }
}
::protocol::__private::if_arc! {
    #[automatically_derived] impl < T : Named + ? ::core::marker::Sized > Named for
    ::protocol::__private::Arc < T > { #[inline] fn name(& self) -> & str { < T as Named
    > ::name(& * * self,) } #[inline] fn greet(& self) -> String { < T as Named >
    ::greet(& * * self,) } #[inline] fn shout(& self) -> bool { < T as Named > ::shout(&
    * * self,) } }
}

// ---- the user's macro

pub struct User {
    name: String,
    age: u8,
}
Named! {
    @ protocol_v1 { ::protocol::__private::__adapter_callback } { ::protocol } { Named }
    { User } {} { name, age } impl __ProtocolAdapter for User {}
}

// ---- callback

const _: () = {
    #[allow(
        non_camel_case_types,
        non_snake_case,
        non_upper_case_globals,
        unused_imports,
        dead_code,
        clippy::all,
        clippy::pedantic
    )]
    mod __protocol {
        use super::*;
        #[automatically_derived]
        impl Named for User {
            #[inline]
            fn name(&self) -> &str {
                let Self { name: __protocol_field, .. } = self;
                __protocol_field
            }
            #[inline]
            fn greet(&self) -> String {
                (check::greet())(self)
            }
            #[inline]
            fn shout(&self) -> bool {
                pick_shout::pick(check::shout(), self)
            }
        }
        pub(super) type Target = User;
        #[diagnostic::on_unimplemented(
            message = "`{Self}` does not conform to protocol `Named`: it has no inherent method `fn greet(&self) -> String`",
            label = "`{Self}` has no inherent `greet`",
            note = "only inherent methods count (trait methods and `Deref` targets do not): `User` needs an inherent `fn greet(&self) -> String`"
        )]
        pub(super) trait inherent_greet {}
        #[diagnostic::on_unimplemented(
            message = "the inherent method `User::greet` does not have the signature protocol `Named` requires",
            label = "expected `fn greet(&self) -> String`, found `{Self}`"
        )]
        pub(super) trait fn_greet: for<'__protocol_self> ::core::ops::FnOnce(
                &'__protocol_self Target,
            ) -> String {}
        impl<
            __ProtocolF: for<'__protocol_self> ::core::ops::FnOnce(
                    &'__protocol_self Target,
                ) -> String,
        > fn_greet for __ProtocolF {}
        pub(super) struct fallback_shout;
        #[diagnostic::on_unimplemented(
            message = "the inherent method `User::shout` does not have the signature protocol `Named` requires",
            label = "expected `fn shout(&self) -> bool`, found `{Self}`"
        )]
        pub(super) trait pick_shout {
            fn pick<'__protocol_self>(
                self,
                __protocol_this: &'__protocol_self User,
            ) -> bool;
        }
        impl<
            __ProtocolF: for<'__protocol_self> ::core::ops::FnOnce(
                    &'__protocol_self Target,
                ) -> bool,
        > pick_shout for __ProtocolF {
            #[inline]
            fn pick<'__protocol_self>(
                self,
                __protocol_this: &'__protocol_self User,
            ) -> bool {
                self(__protocol_this)
            }
        }
        impl pick_shout for fallback_shout {
            #[inline]
            fn pick<'__protocol_self>(
                self,
                __protocol_this: &'__protocol_self User,
            ) -> bool {
                <User as Named>::__protocol_default_shout(__protocol_this)
            }
        }
        #[no_implicit_prelude]
        pub(super) mod check {
            use super::{Target, inherent_greet, fn_greet, pick_shout, fallback_shout};
            pub(in super::super) trait Decoy_greet {
                fn greet<__ProtocolR>(&self) -> __ProtocolR
                where
                    Self: inherent_greet,
                {
                    loop {}
                }
            }
            impl<__ProtocolT: ?::core::marker::Sized> Decoy_greet for __ProtocolT {}
            #[inline]
            pub(in super::super) fn greet() -> impl fn_greet {
                <Target>::greet
            }
            pub(in super::super) trait Decoy_shout {
                const shout: fallback_shout = fallback_shout;
            }
            impl<__ProtocolT: ?::core::marker::Sized> Decoy_shout for __ProtocolT {}
            #[inline]
            pub(in super::super) fn shout() -> impl pick_shout {
                <Target>::shout
            }
        }
    }
};
