// #[protocol(runtime_checkable)]
// pub trait Quacks { fn quack(&self) -> String; }
// #[conforms(Quacks)]
// impl Duck { pub fn quack(&self) -> String { String::new() } }

// ---- #[protocol]

#[diagnostic::on_unimplemented(
    message = "`{Self}` does not conform to protocol `Quacks`",
    label = "`{Self}` does not conform to `Quacks`",
    note = "`Quacks` requires `fn quack(&self) -> String`",
    note = "a type conforms through `#[conforms(Quacks)]` on an `impl` block that defines these members, or as `protocol::Open<T>` when `T` publishes them with `#[protocol::methods]`"
)]
pub trait Quacks {
    fn quack(&self) -> String;
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
pub type __protocol_Quacks_33a71061<'__protocol_k> = <fn(
    &'__protocol_k (),
) -> String as ::protocol::__private::Elided>::Out;
#[doc(hidden)]
#[allow(unused_macros, non_local_definitions, clippy::crate_in_macro_def)]
#[macro_export]
macro_rules! __protocol_Quacks_6c35bc673ddd338f {
    (@ protocol_v1 { $($callback:tt)* } $($payload:tt)*) => {
        $($callback)* ! { { $($payload)* } { @ protocol_def_v1 #[runtime_checkable] pub
        trait Quacks { fn quack(& self) -> String; } } }
    };
    ($($unknown:tt)*) => {
        ::core::compile_error! {
        "the protocol `Quacks` was declared with a version of `typing-protocol` that does not understand this request; use one version of `typing-protocol` across the build"
        }
    };
}
#[doc(hidden)]
#[allow(unused_imports)]
pub use __protocol_Quacks_6c35bc673ddd338f as Quacks;
#[automatically_derived]
#[allow(
    deprecated,
    unknown_lints,
    elided_lifetimes_in_paths,
    mismatched_lifetime_syntaxes
)]
#[diagnostic::do_not_recommend]
impl<'a, T: Quacks + ?::core::marker::Sized> Quacks for &'a T {
    #[inline]
    fn quack(&self) -> String {
        <T as Quacks>::quack(&**self)
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
impl<'a, T: Quacks + ?::core::marker::Sized> Quacks for &'a mut T {
    #[inline]
    fn quack(&self) -> String {
        <T as Quacks>::quack(&**self)
    }
}
::protocol::__private::if_alloc! {
    #[automatically_derived] #[allow(deprecated, unknown_lints,
    elided_lifetimes_in_paths, mismatched_lifetime_syntaxes)]
    #[diagnostic::do_not_recommend] impl < T : Quacks + ? ::core::marker::Sized > Quacks
    for ::protocol::__private::Box < T > { #[inline] fn quack(& self) -> String { < T as
    Quacks > ::quack(& * * self,) } } #[automatically_derived] #[allow(deprecated,
    unknown_lints, elided_lifetimes_in_paths, mismatched_lifetime_syntaxes)]
    #[diagnostic::do_not_recommend] impl < T : Quacks + ? ::core::marker::Sized > Quacks
    for ::protocol::__private::Rc < T > { #[inline] fn quack(& self) -> String { < T as
    Quacks > ::quack(& * * self,) } }
}
::protocol::__private::if_arc! {
    #[automatically_derived] #[allow(deprecated, unknown_lints,
    elided_lifetimes_in_paths, mismatched_lifetime_syntaxes)]
    #[diagnostic::do_not_recommend] impl < T : Quacks + ? ::core::marker::Sized > Quacks
    for ::protocol::__private::Arc < T > { #[inline] fn quack(& self) -> String { < T as
    Quacks > ::quack(& * * self,) } }
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
    impl<T: ?::core::marker::Sized> Quacks for ::protocol::Open<T>
    where
        T: for<'__protocol_s> __protocol_cap::Ref<
            '__protocol_s,
            317448619022823490934369823049543492876,
            (),
            Out = String,
        >,
    {
        fn quack(&self) -> String {
            <T as __protocol_cap::Ref<
                '_,
                317448619022823490934369823049543492876,
                _,
            >>::call(&self.0, ())
        }
    }
};
#[automatically_derived]
impl ::protocol::RuntimeCheckable for dyn Quacks + 'static {}

// ---- the user's macro

impl Duck {
    pub fn quack(&self) -> String {
        String::new()
    }
}
Quacks! {
    @ protocol_v1 { ::protocol::__private::__conforms_callback } { ::protocol } { Quacks
    } impl Duck { pub fn quack(& self) -> String {} }
}

// ---- callback

#[automatically_derived]
#[allow(
    deprecated,
    unknown_lints,
    elided_lifetimes_in_paths,
    mismatched_lifetime_syntaxes
)]
impl Quacks for Duck {
    #[inline]
    fn quack(&self) -> String {
        Self::quack(self)
    }
}
::protocol::__private::register_auto! {
    Duck : Quacks
}
