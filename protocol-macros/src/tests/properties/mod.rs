//! Properties of every expansion function, on generated valid input, on the same input with
//! random token edits, and on random token soup.
//!
//! 1. A valid trait through `#[protocol]`: the trait comes out unchanged (but for its
//!    `#[diagnostic::on_unimplemented]` and the removed `#[field]` markers), with its hidden
//!    carrier, and no error; its forwarding impls are the ones the contract lists.
//! 2. A valid inherent impl block through `#[conforms(paths…)]`: the block comes out
//!    unchanged, followed by one carrier request per protocol that carries every method.
//! 3. End to end: a generated trait's carrier definition, and the request `#[conforms]`
//!    makes for a block that writes all, some or misspelled members, through the
//!    conformance callback: one "does not conform" error per missing member, naming it,
//!    one "is similar to" error per misspelling, and the trait impl; `members!` through
//!    the same definition; the same for a type definition through the adapter callback.
//! 4. Mangled and random input through every entry point (`conform!` and the adapter
//!    callback too): no panic; an attribute macro always re-emits the user's item when it
//!    parses as one; a function-like macro's output always parses.
//! 5. Every `compile_error!` points inside the input (checked on every expansion above).
//!
//! A test failure prints the entry point, the input and the output. Case counts are modest
//! (`config`); `PROPTEST_CASES=20000 cargo test -p protocol-macros tests::` is a soak.
//!
//! # Where an error may point
//!
//! Inputs are parsed from strings (with proc-macro2's `span-locations`), so every token
//! knows the string it came from (`Span::file()`, `<parsed string N>` in proc-macro2's
//! fallback mode) and its line and column there. An error's span — the `compile_error`
//! identifier (the error's start), its `!` and its `{ "message" }` group (the error's
//! end) — is *inside the input* when it lies in the same parsed string as one of the input's
//! parts (attribute arguments, item) and between that part's first and last token by
//! line/column. Comparing the file as well as line/column matters: outside a real macro
//! expansion, `Span::call_site()` is proc-macro2's dummy file `<unspecified>` at line 1,
//! column 0, which line/column alone would confuse with a token at the start of a string.
//! (Every input here also starts on line 2 or later, so the two rules agree.)
//!
//! The one exception: when the macro was given nothing to point at — `#[conforms]` with an
//! empty argument list (one error allowed at the call site), or an empty input — an error
//! may be at the call site.

use super::gen::{self, ConformanceDef, ItemDef, Profile, Supply};
use super::steps::after_tag;
use crate::expand;
use proc_macro2::{Delimiter, Group, LineColumn, Span, TokenStream, TokenTree};
use proptest::prelude::*;
use proptest::test_runner::TestCaseError;
use quote::{quote, ToTokens};
use std::panic::{catch_unwind, AssertUnwindSafe};
use syn::ext::IdentExt;

/// `cases` unless `PROPTEST_CASES` is set (`ProptestConfig::default()` reads it;
/// `ProptestConfig::with_cases` would override it).
pub(super) fn config(cases: u32) -> ProptestConfig {
    let mut config = ProptestConfig::default();
    if std::env::var_os("PROPTEST_CASES").is_none() {
        config.cases = cases;
    }
    config
}

pub(super) fn fail(message: impl Into<String>) -> TestCaseError {
    TestCaseError::fail(message.into())
}

mod checker;
mod edits;
mod end_to_end;
mod entry;
mod inputs;
mod items;
mod mangled;
mod regressions;
mod spans;
mod texts;

pub(crate) use edits::*;
pub(crate) use entry::*;
pub(crate) use inputs::*;
pub(crate) use regressions::CORPUS;
pub(crate) use spans::*;
pub(crate) use texts::*;
