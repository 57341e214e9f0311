//! The other half of `tests/runtime_linked.rs`: `plugin` is a dependency of this package
//! but nothing here names it, so rustc does not link it, and its registrations are absent.
//! This is why a program that loads plugin crates only for their conformances writes
//! `use plugin as _;`.
#![cfg(feature = "std")]

#[test]
fn a_dependency_that_nothing_names_is_not_linked() {
    assert_eq!(protocol::__private::Registry::global().len(), 0);
}
