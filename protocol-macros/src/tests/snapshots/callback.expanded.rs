// #[protocol(callback)]
// pub trait Handler: Send { fn handle<'a>(&self, event: &'a str) -> &'a str; fn label(&self) -> String { String::new() } }

// ---- #[protocol]

#[diagnostic::on_unimplemented(
    message = "`{Self}` does not conform to protocol `Handler`",
    label = "`{Self}` does not conform to `Handler`",
    note = "`Handler` requires `fn handle<'a>(&self, event: &'a str) -> &'a str`",
    note = "a type conforms through `#[conforms(Handler)]` on an `impl` block that defines these members"
)]
pub trait Handler: Send {
    fn handle<'a>(&self, event: &'a str) -> &'a str;
    fn label(&self) -> String {
        Self::__protocol_default_label(self)
    }
    #[doc(hidden)]
    fn __protocol_default_label(&self) -> String {
        String::new()
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
pub type __protocol_Handler_33a71061<'__protocol_k> = <fn(
    &'__protocol_k (),
) -> String as ::protocol::__private::Elided>::Out;
#[doc(hidden)]
#[allow(unused_macros, non_local_definitions, clippy::crate_in_macro_def)]
#[macro_export]
macro_rules! __protocol_Handler_de9144a85eb35efd {
    (@ protocol_v1 { $($callback:tt)* } $($payload:tt)*) => {
        $($callback)* ! { { $($payload)* } { @ protocol_def_v1 pub trait Handler : Send {
        fn handle < 'a > (& self, event : & 'a str) -> & 'a str; fn label(& self) ->
        String {} } } }
    };
    ($($unknown:tt)*) => {
        ::core::compile_error! {
        "the protocol `Handler` was declared with a version of `typing-protocol` that does not understand this request; use one version of `typing-protocol` across the build"
        }
    };
}
#[doc(hidden)]
#[allow(unused_imports)]
pub use __protocol_Handler_de9144a85eb35efd as Handler;
#[automatically_derived]
impl<F> Handler for F
where
    F: ?::core::marker::Sized + for<'a> ::core::ops::Fn(&'a str) -> &'a str,
    F: Send,
{
    #[inline]
    #[allow(clippy::needless_lifetimes, clippy::elidable_lifetime_names)]
    fn handle<'a>(&self, event: &'a str) -> &'a str {
        (self)(event)
    }
}
