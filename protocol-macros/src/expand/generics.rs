//! Impl parameters built from a trait's generics, for the impls `#[protocol]` writes over
//! "every type that …" (intersections, forwarding).

use proc_macro2::TokenStream;
use quote::quote;
use syn::{GenericParam, Generics, WherePredicate};

/// `<lifetimes, extra_lifetime, implementor, types and consts>`: the trait's parameters
/// without their defaults (not allowed on impls), lifetimes first as Rust requires.
pub(crate) fn impl_params(
    generics: &Generics,
    extra_lifetime: Option<&syn::Lifetime>,
    implementor: &TokenStream,
) -> TokenStream {
    let lifetimes = generics.lifetimes();
    let extra = extra_lifetime.iter();
    let others = generics.params.iter().filter_map(|p| match p {
        GenericParam::Type(t) => {
            let mut t = t.clone();
            t.default = None;
            Some(quote!(#t))
        }
        GenericParam::Const(c) => {
            let mut c = c.clone();
            c.default = None;
            Some(quote!(#c))
        }
        GenericParam::Lifetime(_) => None,
    });
    quote!(<#(#extra,)* #(#lifetimes,)* #implementor #(, #others)*>)
}

/// The trait's where-clause predicates plus `extra`, as a `where` clause.
pub(crate) fn where_clause(generics: &Generics, extra: Option<TokenStream>) -> TokenStream {
    let predicates: Vec<&WherePredicate> = generics
        .where_clause
        .iter()
        .flat_map(|w| &w.predicates)
        .collect();
    if predicates.is_empty() && extra.is_none() {
        return TokenStream::new();
    }
    let extra = extra.into_iter();
    quote!(where #(#predicates,)* #(#extra)*)
}

/// The identifiers and lifetimes (`'a`) some tokens use: a generated name must be none of a
/// trait's, so that nothing of the user's is shadowed (collected once per `#[protocol]`
/// call); and whether a type or a bound names a parameter.
pub(crate) struct UsedIdents(std::collections::BTreeSet<String>);

impl UsedIdents {
    pub(crate) fn of(tokens: TokenStream) -> UsedIdents {
        fn walk(tokens: TokenStream, out: &mut std::collections::BTreeSet<String>) {
            let mut lifetime = false;
            for token in tokens {
                match token {
                    proc_macro2::TokenTree::Ident(ident) => {
                        let name = ident.to_string();
                        if lifetime {
                            out.insert(format!("'{name}"));
                        }
                        out.insert(name);
                        lifetime = false;
                    }
                    proc_macro2::TokenTree::Punct(p) => lifetime = p.as_char() == '\'',
                    proc_macro2::TokenTree::Group(group) => {
                        walk(group.stream(), out);
                        lifetime = false;
                    }
                    proc_macro2::TokenTree::Literal(_) => lifetime = false,
                }
            }
        }
        let mut used = std::collections::BTreeSet::new();
        walk(tokens, &mut used);
        UsedIdents(used)
    }

    /// Whether `name` (an identifier, or a lifetime with its `'`) is among them.
    pub(crate) fn contains(&self, name: &str) -> bool {
        self.0.contains(name)
    }

    /// The first of `candidates` not used, else `fallback`. Short names read well where
    /// rustc lists impls ("`&'a T`, `Box<T>` …").
    pub(crate) fn fresh(&self, candidates: &[&str], fallback: &str) -> syn::Ident {
        let name = candidates
            .iter()
            .find(|name| !self.0.contains(**name))
            .unwrap_or(&fallback);
        quote::format_ident!("{}", name)
    }
}

/// A generic parameter's name as [`UsedIdents`] spells it: `T`, `N`, `'a`.
pub(crate) fn param_name(param: &GenericParam) -> String {
    match param {
        GenericParam::Type(t) => t.ident.to_string(),
        GenericParam::Const(c) => c.ident.to_string(),
        GenericParam::Lifetime(l) => l.lifetime.to_string(),
    }
}

/// [`UsedIdents::fresh`] for one name.
pub(crate) fn fresh_ident(
    item: &syn::ItemTrait,
    candidates: &[&str],
    fallback: &str,
) -> syn::Ident {
    UsedIdents::of(quote!(#item)).fresh(candidates, fallback)
}

/// `P: Sized` for each `?Sized` type parameter of the trait that a member takes or returns
/// by value (`trait Index<Idx: ?Sized> { fn index(&self, index: Idx) … }`): an impl with
/// bodies can only be written for sized ones, as a call can only pass a sized value.
pub(crate) fn sized_by_value(item: &syn::ItemTrait) -> Vec<TokenStream> {
    let maybe_unsized: Vec<&syn::Ident> = item
        .generics
        .type_params()
        .filter(|p| {
            p.bounds
                .iter()
                .any(|b| matches!(b, syn::TypeParamBound::Trait(t) if t.maybe.is_some()))
        })
        .map(|p| &p.ident)
        .collect();
    if maybe_unsized.is_empty() {
        return Vec::new();
    }
    let by_value = |ty: &syn::Type, ident: &syn::Ident| matches!(ty, syn::Type::Path(p) if p.qself.is_none() && p.path.is_ident(ident));
    maybe_unsized
        .into_iter()
        .filter(|ident| {
            item.items.iter().any(|i| match i {
                syn::TraitItem::Fn(f) => {
                    f.sig.inputs.iter().any(|input| {
                        matches!(input, syn::FnArg::Typed(t) if by_value(&t.ty, ident))
                    }) || matches!(&f.sig.output, syn::ReturnType::Type(_, ty) if by_value(ty, ident))
                }
                _ => false,
            })
        })
        .map(|ident| quote!(#ident: ::core::marker::Sized))
        .collect()
}
