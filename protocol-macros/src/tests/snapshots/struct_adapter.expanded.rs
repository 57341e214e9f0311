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
    note = "a type conforms through `#[conforms(Named)]` on an `impl` block that defines these members, or as `protocol::Open<T>` when `T` publishes them with `#[protocol::methods]`"
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
#[allow(
    unknown_lints,
    non_camel_case_types,
    type_alias_bounds,
    private_interfaces,
    dead_code,
    elided_lifetimes_in_paths,
    mismatched_lifetime_syntaxes
)]
pub type __protocol_Named_33a71061<'__protocol_k> = <fn(
    &'__protocol_k (),
) -> String as ::protocol::__private::Elided>::Out;
#[doc(hidden)]
#[allow(unused_macros, non_local_definitions, clippy::crate_in_macro_def)]
#[macro_export]
macro_rules! __protocol_Named_80e8427c218e90c3 {
    (@ protocol_v1 { $($callback:tt)* } $($payload:tt)*) => {
        $($callback)* ! { { $($payload)* } { @ protocol_def_v1 pub trait Named { #[field]
        fn name(& self) -> & str; fn greet(& self) -> String; fn shout(& self) -> bool {}
        } } }
    };
    ($($unknown:tt)*) => {
        ::core::compile_error! {
        "the protocol `Named` was declared with a version of `typing-protocol` that does not understand this request; use one version of `typing-protocol` across the build"
        }
    };
}
#[doc(hidden)]
#[allow(unused_imports)]
pub use __protocol_Named_80e8427c218e90c3 as Named;
#[automatically_derived]
#[allow(
    deprecated,
    unknown_lints,
    elided_lifetimes_in_paths,
    mismatched_lifetime_syntaxes
)]
#[diagnostic::do_not_recommend]
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
#[allow(
    deprecated,
    unknown_lints,
    elided_lifetimes_in_paths,
    mismatched_lifetime_syntaxes
)]
#[diagnostic::do_not_recommend]
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
    #[automatically_derived] #[allow(deprecated, unknown_lints,
    elided_lifetimes_in_paths, mismatched_lifetime_syntaxes)]
    #[diagnostic::do_not_recommend] impl < T : Named + ? ::core::marker::Sized > Named
    for ::protocol::__private::Box < T > { #[inline] fn name(& self) -> & str { < T as
    Named > ::name(& * * self,) } #[inline] fn greet(& self) -> String { < T as Named >
    ::greet(& * * self,) } #[inline] fn shout(& self) -> bool { < T as Named > ::shout(&
    * * self,) } } #[automatically_derived] #[allow(deprecated, unknown_lints,
    elided_lifetimes_in_paths, mismatched_lifetime_syntaxes)]
    #[diagnostic::do_not_recommend] impl < T : Named + ? ::core::marker::Sized > Named
    for ::protocol::__private::Rc < T > { #[inline] fn name(& self) -> & str { < T as
    Named > ::name(& * * self,) } #[inline] fn greet(& self) -> String { < T as Named >
    ::greet(& * * self,) } #[inline] fn shout(& self) -> bool { < T as Named > ::shout(&
    * * self,) } }
}
::protocol::__private::if_arc! {
    #[automatically_derived] #[allow(deprecated, unknown_lints,
    elided_lifetimes_in_paths, mismatched_lifetime_syntaxes)]
    #[diagnostic::do_not_recommend] impl < T : Named + ? ::core::marker::Sized > Named
    for ::protocol::__private::Arc < T > { #[inline] fn name(& self) -> & str { < T as
    Named > ::name(& * * self,) } #[inline] fn greet(& self) -> String { < T as Named >
    ::greet(& * * self,) } #[inline] fn shout(& self) -> bool { < T as Named > ::shout(&
    * * self,) } }
}
#[allow(
    deprecated,
    unknown_lints,
    elided_lifetimes_in_paths,
    mismatched_lifetime_syntaxes
)]
const _: () = {
    use ::protocol::__private::cap as __protocol_cap;
    #[automatically_derived]
    #[doc(hidden)]
    #[diagnostic::do_not_recommend]
    impl<T: ?::core::marker::Sized> Named for ::protocol::Open<T>
    where
        T: for<'__protocol_s> __protocol_cap::Ref<
                '__protocol_s,
                139805238982077690295483749954561134894,
                (),
                Out: __protocol_cap::Reads<'__protocol_s, str>,
            >
            + for<'__protocol_s> __protocol_cap::Ref<
                '__protocol_s,
                37054433479250504577460961299204001786,
                (),
                Out = String,
            >
            + for<'__protocol_s> __protocol_cap::Ref<
                '__protocol_s,
                8074684099721531064379043995103127554,
                (),
                Out = bool,
            >,
    {
        fn name(&self) -> &str {
            __protocol_cap::Reads::read(
                <T as __protocol_cap::Ref<
                    '_,
                    139805238982077690295483749954561134894,
                    _,
                >>::call(&self.0, ()),
            )
        }
        fn greet(&self) -> String {
            <T as __protocol_cap::Ref<
                '_,
                37054433479250504577460961299204001786,
                _,
            >>::call(&self.0, ())
        }
        fn shout(&self) -> bool {
            <T as __protocol_cap::Ref<
                '_,
                8074684099721531064379043995103127554,
                _,
            >>::call(&self.0, ())
        }
    }
};

// ---- the user's macro

pub struct User {
    name: String,
    age: u8,
}
Named! {
    @ protocol_v1 { ::protocol::__private::__adapter_callback } { ::protocol } { Named }
    { User } {} { name, age } { none name } impl __ProtocolAdapter for User {}
}

// ---- callback

#[doc(hidden)]
#[allow(
    non_camel_case_types,
    non_snake_case,
    non_upper_case_globals,
    dead_code,
    deprecated,
    clippy::all,
    clippy::pedantic
)]
mod __protocol_User_Named_815b82c6 {
    pub(super) struct Here;
    pub(super) trait Find {
        type Target: ?::core::marker::Sized;
    }
    pub(super) trait Types {
        type greet;
        const __protocol_default_shout: Self::shout;
        type shout;
    }
    pub(super) trait Parts<'__protocol_k> {
        type greet_parts;
        type shout_parts;
    }
    pub(super) struct Nobody;
    #[diagnostic::on_unimplemented(
        message = "`{Self}` does not conform to protocol `Named`: it has no inherent method `fn greet(&self) -> String`",
        label = "`{Self}` has no inherent `greet`",
        note = "only inherent methods count (trait methods and `Deref` targets do not): `User` needs an inherent `fn greet(&self) -> String`; or delegate to a field whose type conforms: `#[conforms(Named via name)]`"
    )]
    pub(super) trait UserHasGreet {}
    #[diagnostic::do_not_recommend]
    impl UserHasGreet for Nobody {}
    ::protocol::__private::signature_marker! {
        [] [#[diagnostic::on_unimplemented(message =
        "`User`'s inherent method `greet` does not have the signature protocol `Named` declares: `fn greet(&self) -> String`",
        label = "`User::greet` should be `fn greet(&self) -> String`")]]
        [#[diagnostic::do_not_recommend]] UserGreetSignature
    }
    ::protocol::__private::signature_marker! {
        [] [#[diagnostic::on_unimplemented(message =
        "`User`'s inherent method `shout` does not have the signature protocol `Named` declares: `fn shout(&self) -> bool`",
        label = "`User::shout` should be `fn shout(&self) -> bool`")]]
        [#[diagnostic::do_not_recommend]] UserShoutSignature
    }
    #[no_implicit_prelude]
    pub(super) mod check {
        #[allow(unused_imports)]
        use super::{Find, Here, Types};
        use super::UserHasGreet;
        pub(in super::super) trait UserNamedFallback: Types {
            fn greet<__ProtocolA0: ?::core::marker::Sized, __ProtocolA1>(
                _: &__ProtocolA0,
            ) -> __ProtocolA1
            where
                Self: UserHasGreet,
            {
                loop {}
            }
            const shout: <Self as Types>::shout = <Self as Types>::__protocol_default_shout;
        }
        impl<__ProtocolX: ?::core::marker::Sized + Types> UserNamedFallback
        for __ProtocolX {}
        #[inline]
        pub(in super::super) fn greet() -> <<Here as Find>::Target as Types>::greet {
            let (item, found) = ::protocol::__private::shape(
                <<Here as Find>::Target>::greet,
            );
            <_ as super::UserGreetSignature<
                <<Here as Find>::Target as super::Parts<'_>>::greet_parts,
            >>::pass(found, item)
        }
        #[inline]
        pub(in super::super) fn shout() -> <<Here as Find>::Target as Types>::shout {
            let (item, found) = ::protocol::__private::shape(
                <<Here as Find>::Target>::shout,
            );
            <_ as super::UserShoutSignature<
                <<Here as Find>::Target as super::Parts<'_>>::shout_parts,
            >>::pass(found, item)
        }
    }
}
#[allow(
    deprecated,
    unknown_lints,
    elided_lifetimes_in_paths,
    mismatched_lifetime_syntaxes
)]
const _: () = {
    impl __protocol_User_Named_815b82c6::Find for __protocol_User_Named_815b82c6::Here {
        type Target = User;
    }
    #[allow(non_camel_case_types, non_upper_case_globals)]
    impl __protocol_User_Named_815b82c6::Types for User {
        type greet = fn(&User) -> String;
        const __protocol_default_shout: fn(&User) -> bool = <User as Named>::__protocol_default_shout;
        type shout = fn(&User) -> bool;
    }
    #[allow(non_camel_case_types)]
    impl<'__protocol_k> __protocol_User_Named_815b82c6::Parts<'__protocol_k> for User {
        type greet_parts = <fn(
            &'__protocol_k (),
        ) -> ((&User,), String) as ::protocol::__private::Assemble>::Ptr;
        type shout_parts = <fn(
            &'__protocol_k (),
        ) -> ((&User,), bool) as ::protocol::__private::Assemble>::Ptr;
    }
    #[automatically_derived]
    #[allow(
        deprecated,
        unknown_lints,
        elided_lifetimes_in_paths,
        mismatched_lifetime_syntaxes
    )]
    impl Named for User {
        #[inline]
        fn name(&self) -> &str {
            let Self { name: __protocol_field, .. } = self;
            __protocol_field
        }
        #[inline]
        fn greet(&self) -> String {
            (__protocol_User_Named_815b82c6::check::greet())(self)
        }
        #[inline]
        fn shout(&self) -> bool {
            (__protocol_User_Named_815b82c6::check::shout())(self)
        }
    }
};
