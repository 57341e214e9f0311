//! What editors need from generated code beyond what rustc needs (`scripts/ide-check.sh`
//! runs rust-analyzer itself): rust-analyzer 1.95 resolves no `super::` path written in a
//! module nested in a module of a `const _: () = { … };` block, so the adapters' `check`
//! module takes every name it uses from its parent by `use`, and spells no other path
//! through `super` (its items' `pub(in super::super)` visibilities aside).

use super::steps::{expand_case, User, CASES};
use proc_macro2::{TokenStream, TokenTree};

/// The body of every `mod check { … }` in `tokens`.
fn check_modules(tokens: &TokenStream, out: &mut Vec<TokenStream>) {
    let trees: Vec<TokenTree> = tokens.clone().into_iter().collect();
    for (i, tree) in trees.iter().enumerate() {
        match (tree, trees.get(i + 1), trees.get(i + 2)) {
            (TokenTree::Ident(m), Some(TokenTree::Ident(name)), Some(TokenTree::Group(body)))
                if m == "mod" && name == "check" =>
            {
                out.push(body.stream());
            }
            (TokenTree::Group(group), _, _) => check_modules(&group.stream(), out),
            _ => {}
        }
    }
}

/// `super` tokens outside `use super::{…}` and `pub(in super::super)`.
fn stray_supers(tokens: &TokenStream) -> usize {
    let trees: Vec<TokenTree> = tokens.clone().into_iter().collect();
    let mut count = 0;
    for (i, tree) in trees.iter().enumerate() {
        match tree {
            TokenTree::Ident(ident) if ident == "super" => {
                let after_use = i > 0 && matches!(&trees[i - 1], TokenTree::Ident(u) if u == "use");
                if !after_use {
                    count += 1;
                }
            }
            TokenTree::Group(group) => {
                let visibility = group.stream().to_string().starts_with("in super");
                if !visibility {
                    count += stray_supers(&group.stream());
                }
            }
            _ => {}
        }
    }
    count
}

#[test]
fn adapters_check_modules_name_nothing_through_super() {
    let mut seen = 0;
    for case in CASES {
        if !matches!(case.user, User::Conforms(_, input) if input.contains("struct"))
            && !matches!(case.user, User::Conform(_))
        {
            continue;
        }
        for step in expand_case(case) {
            let mut modules = Vec::new();
            check_modules(&step, &mut modules);
            for module in modules {
                seen += 1;
                assert_eq!(stray_supers(&module), 0, "{}: {module}", case.name);
            }
        }
    }
    assert!(seen >= 3, "the adapter cases have `check` modules ({seen})");
}
