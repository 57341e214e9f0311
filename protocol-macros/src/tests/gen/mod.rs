//! Generators of valid macro inputs, as plain data rendered to source text: traits for
//! `#[protocol]`, inherent impl blocks and argument lists for `#[conforms]`, impl blocks
//! that supply some of a trait's members, and `assert_conforms!` / `members!` inputs.
//!
//! Everything is rendered to a `String` and parsed back with `str::parse`, so that the
//! tokens carry line and column information for the span checks.

use proptest::prelude::*;
use proptest::sample::select;
use std::collections::BTreeSet;
use std::fmt::Write as _;

mod adapters;
mod blocks;
mod impls;
mod macros;
mod members;
mod render;
mod traits;
mod types;

pub(crate) use adapters::*;
pub(crate) use blocks::*;
pub(crate) use impls::*;
pub(crate) use macros::*;
pub(crate) use members::*;
pub(crate) use render::*;
pub(crate) use traits::*;
pub(crate) use types::*;
