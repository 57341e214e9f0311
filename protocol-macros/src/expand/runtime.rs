//! `runtime_checkable` (SPEC 5): the protocol's `dyn` type is marked castable, and each
//! conformance of a non-generic type registers itself.
//!
//! ```text
//! #[protocol(runtime_checkable)] pub trait Source<T: Copy> { type Peek; fn peek(&self) -> Self::Peek; }
//!   =>
//! impl<T: Copy + 'static, __ProtocolPeek: 'static> ::protocol::RuntimeCheckable
//!     for dyn Source<T, Peek = __ProtocolPeek> {}
//! ```

use crate::check::dyn_compat;
use crate::errors::Errors;
use crate::model::Protocol;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use syn::{GenericParam, ItemTrait, TraitItem};

/// The `RuntimeCheckable` impl for `dyn P`, or the errors that say which member keeps `dyn P`
/// from existing.
pub(crate) fn checkable(
    item: &ItemTrait,
    protocol: &Protocol,
    option: &TokenStream,
    krate: &TokenStream,
    errors: &mut Errors,
) -> TokenStream {
    let name = &item.ident;
    let mut possible = true;
    if dyn_compat::requires_sized_self(item) {
        errors.spanned(
            option,
            format_args!(
                "protocol `{name}` cannot be `runtime_checkable`: it requires `Self: Sized`, so \
                 there is no `dyn {name}` to cast to"
            ),
        );
        possible = false;
    }
    for member in &protocol.members {
        if let Some(reason) = dyn_compat::obstacle(member, item) {
            let error = syn::Error::new(
                member.ident.span(),
                format!(
                    "protocol `{name}` cannot be `runtime_checkable`: its member `{}` keeps \
                     `dyn {name}` from existing: {reason}",
                    member.signature()
                ),
            );
            errors.gated(&member.cfgs, error);
            possible = false;
        }
    }
    if !possible {
        return TokenStream::new();
    }
    let mut params = Vec::new();
    let mut args = Vec::new();
    for param in &item.generics.params {
        match param {
            GenericParam::Lifetime(_) => args.push(quote!('static)),
            GenericParam::Type(t) => {
                let ident = &t.ident;
                let bounds = t.bounds.iter();
                params.push(quote!(#ident: #(#bounds +)* 'static));
                args.push(quote!(#ident));
            }
            GenericParam::Const(c) => {
                let (ident, ty) = (&c.ident, &c.ty);
                params.push(quote!(const #ident: #ty));
                args.push(quote!(#ident));
            }
        }
    }
    for trait_item in &item.items {
        if let TraitItem::Type(t) = trait_item {
            if dyn_compat::type_requires_sized(t) {
                continue;
            }
            let ident = &t.ident;
            let param = format_ident!("__Protocol{}", ident);
            let bounds = t.bounds.iter();
            params.push(quote!(#param: #(#bounds +)* 'static));
            args.push(quote!(#ident = #param));
        }
    }
    // The trait's own where clause, but for predicates on `Self` (supertraits, which
    // `dyn P` has by construction).
    let predicates = item
        .generics
        .where_clause
        .iter()
        .flat_map(|w| &w.predicates)
        .filter(|p| !matches!(p, syn::WherePredicate::Type(t) if matches!(&t.bounded_ty, syn::Type::Path(p) if p.path.is_ident("Self"))));
    let args = (!args.is_empty()).then(|| quote!(<#(#args),*>));
    quote! {
        #[automatically_derived]
        impl<#(#params),*> #krate::RuntimeCheckable for dyn #name #args + 'static
        where
            #(#predicates,)*
        {}
    }
}

/// The registration of `self_ty`'s conformance to `trait_path` (with its arguments and
/// associated types), when the protocol is `runtime_checkable` and the conformance is not
/// generic; nothing otherwise.
pub(crate) fn register(
    protocol: &Protocol,
    generics: &syn::Generics,
    self_ty: &syn::Type,
    trait_path: &syn::Path,
    assoc_types: &[(syn::Ident, syn::Type)],
    krate: &TokenStream,
) -> TokenStream {
    if !protocol.runtime_checkable || !generics.params.is_empty() {
        return TokenStream::new();
    }
    let mut path = trait_path.clone();
    if !assoc_types.is_empty() {
        if let Some(last) = path.segments.last_mut() {
            let mut args: Vec<TokenStream> = match &last.arguments {
                syn::PathArguments::AngleBracketed(a) => {
                    a.args.iter().map(|a| quote!(#a)).collect()
                }
                _ => Vec::new(),
            };
            args.extend(
                assoc_types
                    .iter()
                    .filter(|(ident, _)| !protocol.sized_only_types.contains(ident))
                    .map(|(ident, ty)| quote!(#ident = #ty)),
            );
            last.arguments = syn::PathArguments::AngleBracketed(syn::parse_quote!(<#(#args),*>));
        }
    }
    quote! {
        #krate::__private::register_auto! { #self_ty: #path }
    }
}
