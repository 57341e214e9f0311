//! Tests of the expansion functions: property-based tests on generated valid input and on
//! mangled or random tokens (`properties.rs` for the properties, `gen.rs` for the
//! generators), expansion snapshots (`snapshots.rs`, files in `snapshots/`), determinism
//! across processes (`determinism.rs`) and what rust-analyzer needs (`ide.rs`), the last
//! three over the cases of `steps.rs`.

mod alias_properties;
mod delegation_properties;
mod determinism;
mod gen;
mod ide;
mod layers;
mod open_properties;
mod properties;
mod snapshots;
mod steps;
