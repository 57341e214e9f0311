//! Tests of the expansion functions: property-based tests on generated valid input and on
//! mangled or random tokens (`properties/` for the properties, `gen/` for the generators),
//! expansion snapshots (`snapshots.rs`, files in `snapshots/`), determinism across processes
//! (`determinism.rs`) and what rust-analyzer needs (`ide.rs`), the last three over the cases
//! of `steps.rs`; and the crate's shape (`layers.rs`: its layers, and no file too long to
//! read whole).

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
