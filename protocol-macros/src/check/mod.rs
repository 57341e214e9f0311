//! Checks of a conformance against its protocol: which members the block supplies and which
//! it misses, the protocol's generic arguments, and the messages for each mistake.

pub(crate) mod dyn_compat;
pub(crate) mod forward;
pub(crate) mod infer;
pub(crate) mod members;
pub(crate) mod shape;
pub(crate) mod similar;
pub(crate) mod subst;

/// `where Self: Sized` among `where_clause`'s predicates.
pub(crate) fn where_self_sized(where_clause: Option<&syn::WhereClause>) -> bool {
    where_clause
        .iter()
        .flat_map(|w| &w.predicates)
        .any(|predicate| match predicate {
            syn::WherePredicate::Type(t) => {
                matches!(&t.bounded_ty, syn::Type::Path(p) if p.path.is_ident("Self"))
                    && t.bounds.iter().any(is_sized_bound)
            }
            _ => false,
        })
}

/// A bound `Sized` (see [`is_sized`]).
pub(crate) fn is_sized_bound(bound: &syn::TypeParamBound) -> bool {
    matches!(bound, syn::TypeParamBound::Trait(t) if is_sized(&t.path))
}

/// Whether `path` names `Sized` as users write it: `Sized`, or its full path through `core`
/// or `std` (`::core::marker::Sized`, as code written for `#![no_implicit_prelude]` does).
pub(crate) fn is_sized(path: &syn::Path) -> bool {
    let segments: Vec<String> = path
        .segments
        .iter()
        .map(|s| {
            if s.arguments.is_none() {
                s.ident.to_string()
            } else {
                String::new()
            }
        })
        .collect();
    match segments.as_slice() {
        [sized] => path.leading_colon.is_none() && sized == "Sized",
        [krate, marker, sized] => {
            matches!(krate.as_str(), "core" | "std") && marker == "marker" && sized == "Sized"
        }
        _ => false,
    }
}
