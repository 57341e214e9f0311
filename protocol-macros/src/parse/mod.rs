//! syn → model: one file per kind of input.

pub(crate) mod args;
pub(crate) mod lazy_impl;
pub(crate) mod outlives;
pub(crate) mod protocol;
