//! Property-based tests of the expansion functions, on generated valid input and on
//! mangled or random tokens: see `properties.rs` for the properties, `gen.rs` for the
//! generators.

mod gen;
mod properties;
