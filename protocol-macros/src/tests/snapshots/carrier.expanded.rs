// #[protocol]
// pub trait EatsBread { fn eat_bread(&self) -> String; fn crumbs(&self) -> usize { 0 } }

// ---- #[protocol]

#[diagnostic::on_unimplemented(
    message = "`{Self}` does not conform to protocol `EatsBread`",
    label = "`{Self}` does not conform to `EatsBread`",
    note = "`EatsBread` requires `fn eat_bread(&self) -> String`",
    note = "a type conforms through `#[conforms(EatsBread)]` on an `impl` block that defines these members, or as `protocol::Open<T>` when `T` publishes them with `#[protocol::methods]`"
)]
pub trait EatsBread {
    fn eat_bread(&self) -> String;
    fn crumbs(&self) -> usize {
        Self::__protocol_default_crumbs(self)
    }
    #[doc(hidden)]
    fn __protocol_default_crumbs(&self) -> usize {
        0
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
pub type __protocol_EatsBread_33a71061<'__protocol_k> = <fn(
    &'__protocol_k (),
) -> String as ::protocol::__private::Elided>::Out;
#[doc(hidden)]
#[allow(unused_macros, non_local_definitions, clippy::crate_in_macro_def)]
#[macro_export]
macro_rules! __protocol_EatsBread_f4fc07912802092e {
    (@ protocol_v1 { $($callback:tt)* } $($payload:tt)*) => {
        $($callback)* ! { { $($payload)* } { @ protocol_def_v1 pub trait EatsBread { fn
        eat_bread(& self) -> String; fn crumbs(& self) -> usize {} } } }
    };
    ($($unknown:tt)*) => {
        ::core::compile_error! {
        "the protocol `EatsBread` was declared with a version of `typing-protocol` that does not understand this request; use one version of `typing-protocol` across the build"
        }
    };
}
#[doc(hidden)]
#[allow(unused_imports)]
pub use __protocol_EatsBread_f4fc07912802092e as EatsBread;
#[automatically_derived]
#[allow(
    deprecated,
    unknown_lints,
    elided_lifetimes_in_paths,
    mismatched_lifetime_syntaxes
)]
#[diagnostic::do_not_recommend]
impl<'a, T: EatsBread + ?::core::marker::Sized> EatsBread for &'a T {
    #[inline]
    fn eat_bread(&self) -> String {
        <T as EatsBread>::eat_bread(&**self)
    }
    #[inline]
    fn crumbs(&self) -> usize {
        <T as EatsBread>::crumbs(&**self)
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
impl<'a, T: EatsBread + ?::core::marker::Sized> EatsBread for &'a mut T {
    #[inline]
    fn eat_bread(&self) -> String {
        <T as EatsBread>::eat_bread(&**self)
    }
    #[inline]
    fn crumbs(&self) -> usize {
        <T as EatsBread>::crumbs(&**self)
    }
}
::protocol::__private::if_alloc! {
    #[automatically_derived] #[allow(deprecated, unknown_lints,
    elided_lifetimes_in_paths, mismatched_lifetime_syntaxes)]
    #[diagnostic::do_not_recommend] impl < T : EatsBread + ? ::core::marker::Sized >
    EatsBread for ::protocol::__private::Box < T > { #[inline] fn eat_bread(& self) ->
    String { < T as EatsBread > ::eat_bread(& * * self,) } #[inline] fn crumbs(& self) ->
    usize { < T as EatsBread > ::crumbs(& * * self,) } } #[automatically_derived]
    #[allow(deprecated, unknown_lints, elided_lifetimes_in_paths,
    mismatched_lifetime_syntaxes)] #[diagnostic::do_not_recommend] impl < T : EatsBread +
    ? ::core::marker::Sized > EatsBread for ::protocol::__private::Rc < T > { #[inline]
    fn eat_bread(& self) -> String { < T as EatsBread > ::eat_bread(& * * self,) }
    #[inline] fn crumbs(& self) -> usize { < T as EatsBread > ::crumbs(& * * self,) } }
}
::protocol::__private::if_arc! {
    #[automatically_derived] #[allow(deprecated, unknown_lints,
    elided_lifetimes_in_paths, mismatched_lifetime_syntaxes)]
    #[diagnostic::do_not_recommend] impl < T : EatsBread + ? ::core::marker::Sized >
    EatsBread for ::protocol::__private::Arc < T > { #[inline] fn eat_bread(& self) ->
    String { < T as EatsBread > ::eat_bread(& * * self,) } #[inline] fn crumbs(& self) ->
    usize { < T as EatsBread > ::crumbs(& * * self,) } }
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
    impl<T: ?::core::marker::Sized> EatsBread for ::protocol::Open<T>
    where
        T: for<'__protocol_s> __protocol_cap::Ref<
                '__protocol_s,
                300778582705218330233013091166999222408,
                (),
                Out = String,
            >
            + for<'__protocol_s> __protocol_cap::Ref<
                '__protocol_s,
                148590856837729578557784397168283228965,
                (),
                Out = usize,
            >,
    {
        fn eat_bread(&self) -> String {
            <T as __protocol_cap::Ref<
                '_,
                300778582705218330233013091166999222408,
                _,
            >>::call(&self.0, ())
        }
        fn crumbs(&self) -> usize {
            <T as __protocol_cap::Ref<
                '_,
                148590856837729578557784397168283228965,
                _,
            >>::call(&self.0, ())
        }
    }
};
