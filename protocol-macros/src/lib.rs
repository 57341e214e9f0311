//! Procedural macros of [`typing-protocol`](https://docs.rs/typing-protocol) (library
//! `protocol`). Depend on `typing-protocol`, which re-exports them with their documentation.

mod check;
mod errors;
mod expand;
mod model;
mod parse;
#[cfg(test)]
mod tests;
mod wire;

use proc_macro::TokenStream;

// Declares a protocol. The documentation is where
// `typing-protocol` re-exports it, so that rustdoc shows it once.
#[allow(missing_docs)]
#[proc_macro_attribute]
pub fn protocol(args: TokenStream, input: TokenStream) -> TokenStream {
    expand::protocol::expand(args.into(), input.into(), &salt()).into()
}

// Checks and generates a conformance. The documentation is where
// `typing-protocol` re-exports it, so that rustdoc shows it once.
#[allow(missing_docs)]
#[proc_macro_attribute]
pub fn conforms(args: TokenStream, input: TokenStream) -> TokenStream {
    expand::conforms::expand(args.into(), input.into()).into()
}

// Publishes a type's `pub` members for open conformance. The documentation is where
// `typing-protocol` re-exports it, so that rustdoc shows it once.
#[allow(missing_docs)]
#[proc_macro_attribute]
pub fn methods(args: TokenStream, input: TokenStream) -> TokenStream {
    expand::methods::expand(args.into(), input.into()).into()
}

// Marks a method of a `#[conforms]` impl block as an ordinary method, not a near miss of
// an optional member. The documentation is where `typing-protocol` re-exports it, so that
// rustdoc shows it once.
#[allow(missing_docs)]
#[proc_macro_attribute]
pub fn inherent(args: TokenStream, input: TokenStream) -> TokenStream {
    let mut output: proc_macro2::TokenStream = input.into();
    if !args.is_empty() {
        let args: proc_macro2::TokenStream = args.into();
        output.extend(
            syn::Error::new_spanned(args, "#[protocol::inherent] takes no arguments")
                .to_compile_error(),
        );
    }
    output.into()
}

// Conformances of types you do not own. The documentation is where
// `typing-protocol` re-exports it, so that rustdoc shows it once.
#[allow(missing_docs)]
#[proc_macro]
pub fn conform(input: TokenStream) -> TokenStream {
    expand::conform::expand(input.into()).into()
}

// A compile-time conformance check. The documentation is where
// `typing-protocol` re-exports it, so that rustdoc shows it once.
#[allow(missing_docs)]
#[proc_macro]
pub fn assert_conforms(input: TokenStream) -> TokenStream {
    expand::assert::expand(input.into()).into()
}

// A protocol's members. The documentation is where
// `typing-protocol` re-exports it, so that rustdoc shows it once.
#[allow(missing_docs)]
#[proc_macro]
pub fn members(input: TokenStream) -> TokenStream {
    expand::members::request(input.into()).into()
}

/// Called by a protocol's signature carrier for `#[conforms]`. Not public API.
#[doc(hidden)]
#[proc_macro]
pub fn __conforms_callback(input: TokenStream) -> TokenStream {
    expand::conformance::expand(input.into()).into()
}

/// Called by a protocol's signature carrier for struct-level `#[conforms]` and `conform!`.
/// Not public API.
#[doc(hidden)]
#[proc_macro]
pub fn __adapter_callback(input: TokenStream) -> TokenStream {
    expand::adapter::callback(input.into()).into()
}

/// One registration of `register!`, which passes its `$crate`. Not public API.
#[doc(hidden)]
#[proc_macro]
pub fn __register_one(input: TokenStream) -> TokenStream {
    expand::register::expand(input.into()).into()
}

/// Called by a protocol's signature carrier for `members!`. Not public API.
#[doc(hidden)]
#[proc_macro]
pub fn __members_callback(input: TokenStream) -> TokenStream {
    expand::members::expand(input.into()).into()
}

/// Where the macro is called (file, line, column): tells apart two identical traits of one
/// crate in their carriers' names, and is the same on every build of the same source.
fn salt() -> String {
    let span = proc_macro::Span::call_site();
    format!("{}:{}:{}", span.file(), span.line(), span.column())
}
