//! model → tokens: one file per thing generated.

pub(crate) mod adapter;
pub(crate) mod assert;
pub(crate) mod call;
pub(crate) mod callback;
pub(crate) mod capability;
pub(crate) mod carrier;
pub(crate) mod conform;
pub(crate) mod conformance;
pub(crate) mod conforms;
pub(crate) mod defaults;
pub(crate) mod delegate;
pub(crate) mod dependency;
pub(crate) mod forward;
pub(crate) mod forward_pin;
pub(crate) mod generics;
pub(crate) mod intersection;
pub(crate) mod members;
pub(crate) mod methods;
pub(crate) mod on_unimplemented;
pub(crate) mod open;
pub(crate) mod open_conformance;
pub(crate) mod open_dyn;
pub(crate) mod protocol;
pub(crate) mod register;
pub(crate) mod runtime;
pub(crate) mod signature_aliases;

use proc_macro2::{Group, Span, TokenStream, TokenTree};
use quote::quote;

/// The path of the `protocol` crate as seen from the user's crate.
pub(crate) fn krate(option: Option<&syn::Path>) -> TokenStream {
    if let Some(path) = option {
        return quote!(#path);
    }
    dependency::name().map_or_else(
        || quote!(::protocol),
        |name| {
            let name = quote::format_ident!("{}", name);
            quote!(::#name)
        },
    )
}

/// On an impl that repeats the protocol's signatures: the lints those signatures were
/// already reported for (or allowed) at the trait, a deprecated member's uses among them.
pub(crate) fn allow_repeated() -> TokenStream {
    quote! {
        #[allow(
            deprecated,
            unknown_lints,
            elided_lifetimes_in_paths,
            mismatched_lifetime_syntaxes
        )]
    }
}

/// `tokens` with every span set to `span`.
pub(crate) fn respan(tokens: TokenStream, span: Span) -> TokenStream {
    tokens
        .into_iter()
        .map(|mut tree| {
            if let TokenTree::Group(group) = &tree {
                let mut new = Group::new(group.delimiter(), respan(group.stream(), span));
                new.set_span(span);
                tree = TokenTree::Group(new);
            } else {
                tree.set_span(span);
            }
            tree
        })
        .collect()
}
