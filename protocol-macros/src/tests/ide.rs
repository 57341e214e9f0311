//! What editors need from generated code beyond what rustc needs (`scripts/ide-check.sh`
//! runs rust-analyzer itself). rust-analyzer 1.95 resolves names in a module nested in a
//! `const _: () = { … };` block unlike rustc (it saw the protocol's own method where the
//! adapters' decoys must answer, and no `super::` path), so an adapter's hidden module sits
//! beside the user's items, never in a block; and it glob-imports nothing (`use super::*` in
//! one module per adapter made checking a module of N adapters O(N²)).

use super::steps::{expand_case, User, CASES};
use proc_macro2::{TokenStream, TokenTree};

/// The names of the `mod` items at the top level of `tokens` and, separately, of those
/// nested in a group (a block).
fn modules(tokens: &TokenStream, nested: bool, top: &mut Vec<String>, inner: &mut Vec<String>) {
    let trees: Vec<TokenTree> = tokens.clone().into_iter().collect();
    for (i, tree) in trees.iter().enumerate() {
        match (tree, trees.get(i + 1)) {
            (TokenTree::Ident(m), Some(TokenTree::Ident(name))) if m == "mod" => {
                let list = if nested { &mut *inner } else { &mut *top };
                list.push(name.to_string());
            }
            (TokenTree::Group(group), _) => {
                // A module's own body is still outside any block.
                let is_module_body =
                    i >= 2 && matches!(&trees[i - 2], TokenTree::Ident(m) if m == "mod") && !nested;
                modules(&group.stream(), nested || !is_module_body, top, inner);
            }
            _ => {}
        }
    }
}

#[test]
fn adapters_modules_sit_beside_the_users_items_and_glob_nothing() {
    let mut seen = 0;
    for case in CASES {
        if !matches!(case.user, User::Conforms(_, input) if input.contains("struct"))
            && !matches!(case.user, User::Conform(_))
        {
            continue;
        }
        for step in expand_case(case) {
            let (mut top, mut inner) = (Vec::new(), Vec::new());
            modules(&step, false, &mut top, &mut inner);
            seen += top.iter().filter(|m| m.starts_with("__protocol_")).count();
            assert!(
                inner.iter().all(|m| m == "check"),
                "{}: a module in a block: {inner:?}",
                case.name
            );
            let text = step.to_string();
            assert!(!text.contains("use super :: *"), "{}: {text}", case.name);
        }
    }
    assert!(seen >= 3, "the adapter cases have hidden modules ({seen})");
}
