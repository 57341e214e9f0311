//! The UI suite: every accepted form compiles (`pass_*.rs`), every mistake gives the error
//! recorded beside it (`fail_*.rs` + `.stderr`). Regenerate the `.stderr` files with
//! `TRYBUILD=overwrite cargo test --test ui`, then read every change as the user who made
//! that mistake would.

#[test]
fn ui() {
    let cases = trybuild::TestCases::new();
    cases.pass("tests/ui/*/pass_*.rs");
    cases.compile_fail("tests/ui/*/fail_*.rs");
}
