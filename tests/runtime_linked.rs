//! A crate that only registers conformances is found once it is linked: this test names
//! nothing of `plugin` but links it with `use plugin as _;`, the line a program adds for a
//! plugin crate it otherwise never mentions (rustc does not link a dependency that nothing
//! names; `tests/runtime_unlinked.rs` shows it).
#![cfg(feature = "std")]

use plugin as _;

#[test]
fn registrations_of_a_crate_linked_by_use_as_underscore_are_found() {
    // `plugin` registers 3 conformances; nothing else linked here registers any.
    assert_eq!(protocol::__private::Registry::global().len(), 3);
}
