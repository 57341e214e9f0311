//! Expansion snapshots: each case of [`CASES`](super::steps::CASES), expanded end to end
//! (the protocol, the user's first step, the callback the carrier invokes), pretty-printed
//! into `snapshots/<case>.expanded.rs` and compared by `cargo test`. A change to generated
//! code shows there as a diff to review. After an intended change, update the files with
//!
//! ```text
//! UPDATE_EXPECT=1 cargo test -p protocol-macros tests::snapshots
//! ```

use super::steps::{expand_case, Case, User, CASES};
use proc_macro2::TokenStream;
use std::fmt::Write as _;

/// One case as a reviewer reads it: the input, then each step's output.
fn render(case: &Case) -> String {
    let mut out = String::new();
    let options = if case.options.is_empty() {
        String::new()
    } else {
        format!("({})", case.options)
    };
    let _ = writeln!(out, "// #[protocol{options}]\n// {}", case.protocol);
    match case.user {
        User::Nothing => {}
        User::Conforms(args, input) => {
            let _ = writeln!(out, "// #[conforms({args})]\n// {input}");
        }
        User::Conform(input) => {
            let _ = writeln!(out, "// conform!({input})");
        }
        User::Members(input) => {
            let _ = writeln!(out, "// members!({input})");
        }
        User::Methods(input) => {
            let _ = writeln!(out, "// #[protocol::methods]\n// {input}");
        }
    }
    let titles = ["#[protocol]", "the user's macro", "callback"];
    for (i, step) in expand_case(case).iter().enumerate() {
        let title = titles[i.min(2)];
        let _ = write!(out, "\n// ---- {title}\n\n{}", pretty(step));
    }
    out
}

/// rustfmt-like text: items as a file, an expression (`members!`) as a `const`'s value.
fn pretty(tokens: &TokenStream) -> String {
    let file = syn::parse2::<syn::File>(tokens.clone())
        .or_else(|_| syn::parse2::<syn::File>(quote::quote!(const MEMBERS: &[Member] = #tokens;)));
    match file {
        Ok(file) => prettyplease::unparse(&file),
        Err(error) => format!("// does not parse ({error}):\n{tokens}\n"),
    }
}

#[test]
fn expansions_match_their_snapshots() {
    for case in CASES {
        let path = format!("snapshots/{}.expanded.rs", case.name);
        expect_test::expect_file![path].assert_eq(&render(case));
    }
}
