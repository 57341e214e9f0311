//! The impl's generic bounds as the hidden `check` module can name them: a bundle trait
//! per type parameter, beside the user's items; and the module the protocol is declared in.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use syn::ext::IdentExt;
use syn::{GenericParam, Generics, Ident, Path, Type};

/// The impl's generics for the hidden module's functions: lifetimes and parameters as they
/// are, but each type parameter bounded by its bundle trait (see [`bound_bundles`]).
pub(super) fn bounded_generics(generics: &Generics, module: &Ident) -> TokenStream {
    if generics.params.is_empty() {
        return quote!();
    }
    let params = generics.params.iter().map(|param| match param {
        GenericParam::Type(t) => {
            let ident = &t.ident;
            let bundle = bundle_name(module, ident);
            let unsized_ok = bounds_of(generics, ident)
                .1
                .then(|| quote!(?::core::marker::Sized+));
            let lifetimes = lifetime_args(generics);
            quote!(#ident: #unsized_ok super::super::#bundle #lifetimes)
        }
        GenericParam::Lifetime(l) => quote!(#l),
        GenericParam::Const(c) => {
            let ident = &c.ident;
            let ty = &c.ty;
            quote!(const #ident: #ty)
        }
    });
    quote!(<#(#params),*>)
}

pub(super) fn bundle_name(module: &Ident, param: &Ident) -> Ident {
    format_ident!("{}_bounds_{}", module, param.unraw())
}

/// For each type parameter, a trait bundling its bounds (`trait bounds_T: Clone + Send`,
/// implemented for every type that has them): bounds name traits, which do not resolve in
/// `check`, a module without the prelude; the bundle does, and implies them. The bundle takes
/// the impl's lifetimes (`trait bounds_T<'a>: 'a + Iterator<Item = &'a u8>`), which bounds
/// may name.
pub(super) fn bound_bundles(generics: &Generics, module: &Ident) -> Vec<TokenStream> {
    let lifetimes: Vec<&syn::Lifetime> = generics.lifetimes().map(|l| &l.lifetime).collect();
    let params = (!lifetimes.is_empty()).then(|| quote!(<#(#lifetimes),*>));
    let impl_lifetimes = lifetimes.iter().map(|l| quote!(#l,));
    let impl_lifetimes = quote!(#(#impl_lifetimes)*);
    generics
        .type_params()
        .map(|t| {
            let ident = &t.ident;
            let bundle = bundle_name(module, ident);
            let (bounds, _) = bounds_of(generics, ident);
            let supertraits = if bounds.is_empty() {
                quote!()
            } else {
                quote!(: #(#bounds)+*)
            };
            quote! {
                #[doc(hidden)]
                #[allow(non_camel_case_types)]
                trait #bundle #params #supertraits {}
                impl<#impl_lifetimes __ProtocolX: ?::core::marker::Sized #(+ #bounds)*> #bundle #params for __ProtocolX {}
            }
        })
        .collect()
}

/// `<'a, 'b>`: the impl's lifetimes, as the bundles take them (nothing when it has none).
fn lifetime_args(generics: &Generics) -> TokenStream {
    let lifetimes: Vec<&syn::Lifetime> = generics.lifetimes().map(|l| &l.lifetime).collect();
    if lifetimes.is_empty() {
        quote!()
    } else {
        quote!(<#(#lifetimes),*>)
    }
}

/// A type parameter's bounds, from its declaration and the where clause, without `?Sized`
/// (which cannot be a supertrait), and whether `?Sized` was among them.
pub(super) fn bounds_of<'g>(
    generics: &'g Generics,
    ident: &Ident,
) -> (Vec<&'g syn::TypeParamBound>, bool) {
    let mut all: Vec<&syn::TypeParamBound> = generics
        .type_params()
        .filter(|t| t.ident == *ident)
        .flat_map(|t| t.bounds.iter())
        .collect();
    for predicate in generics.where_clause.iter().flat_map(|w| &w.predicates) {
        if let syn::WherePredicate::Type(p) = predicate {
            if matches!(&p.bounded_ty, Type::Path(path) if path.path.is_ident(ident)) {
                all.extend(p.bounds.iter());
            }
        }
    }
    let maybe =
        |b: &&syn::TypeParamBound| matches!(b, syn::TypeParamBound::Trait(t) if t.maybe.is_some());
    let unsized_ok = all.iter().any(maybe);
    (all.into_iter().filter(|b| !maybe(b)).collect(), unsized_ok)
}

/// The module that declares the protocol (`None` for a bare name, which resolves in the
/// user's module).
pub(super) fn protocol_module(path: &Path) -> Option<Path> {
    if path.segments.len() < 2 {
        return None;
    }
    let mut module = path.clone();
    module.segments.pop();
    if let Some(mut last) = module.segments.pop() {
        last.arguments = syn::PathArguments::None;
        module.segments.push(last);
    }
    Some(module)
}
