//! The UI suite: every accepted form compiles (`pass_*.rs`), every mistake gives the error
//! recorded beside it (`fail_*.rs` + `.stderr`). Regenerate the `.stderr` files with
//! `TRYBUILD=overwrite cargo test -p ui-tests`, then read every change as the user who made
//! that mistake would.

#[test]
fn ui() {
    let cases = trybuild::TestCases::new();
    cases.pass("*/pass_*.rs");
    cases.compile_fail("*/fail_*.rs");
}
