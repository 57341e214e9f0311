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
use crate::model::signature;
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
    if signature::requires_sized_self(item) {
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
    // Each associated type `dyn P` must bind, as a parameter: the protocol's own (their
    // bounds naming each other through the parameters: `type Future: Future<Output =
    // Self::Response>`), then the supertraits' that the members name (`Self::Error`).
    let own: Vec<&syn::Ident> = item
        .items
        .iter()
        .filter_map(|i| match i {
            TraitItem::Type(t) if !signature::type_requires_sized(t) => Some(&t.ident),
            _ => None,
        })
        .collect();
    let foreign = protocol.foreign_assoc_types();
    let mut to_params = AssocToParams(own.iter().copied().chain(&foreign).cloned().collect());
    for trait_item in &item.items {
        if let TraitItem::Type(t) = trait_item {
            if signature::type_requires_sized(t) {
                continue;
            }
            let ident = &t.ident;
            let param = format_ident!("__Protocol{}", ident);
            let bounds = t.bounds.iter().map(|b| {
                let mut b = b.clone();
                syn::visit_mut::VisitMut::visit_type_param_bound_mut(&mut to_params, &mut b);
                b
            });
            params.push(quote!(#param: #(#bounds +)* 'static));
            args.push(quote!(#ident = #param));
        }
    }
    for ident in &foreign {
        let param = format_ident!("__Protocol{}", ident);
        params.push(quote!(#param: 'static));
        args.push(quote!(#ident = #param));
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

/// `Self::X` → `__ProtocolX` for the associated types `dyn P` binds.
struct AssocToParams(Vec<syn::Ident>);

impl syn::visit_mut::VisitMut for AssocToParams {
    fn visit_type_mut(&mut self, ty: &mut syn::Type) {
        if let syn::Type::Path(p) = ty {
            let segments = &p.path.segments;
            if p.qself.is_none()
                && segments.len() == 2
                && segments[0].ident == "Self"
                && self.0.contains(&segments[1].ident)
            {
                let param = format_ident!("__Protocol{}", segments[1].ident);
                *ty = syn::parse_quote!(#param);
                return;
            }
        }
        syn::visit_mut::visit_type_mut(self, ty);
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
    // The supertraits' associated types the members name, bound through an alias that
    // finds each through the protocol (`<Pin as OutputPin>::Error` does not resolve).
    let foreign = protocol.foreign_assoc_types();
    if foreign.is_empty() {
        return quote! {
            #krate::__private::register_auto! { #self_ty: #path }
        };
    }
    let bare = trait_path;
    let aliases = foreign.iter().map(|ident| {
        let alias = format_ident!("__ProtocolAssoc{}", ident);
        quote! {
            #[allow(dead_code, type_alias_bounds)]
            type #alias<__ProtocolS: ?::core::marker::Sized + #bare> = __ProtocolS::#ident;
        }
    });
    if let Some(last) = path.segments.last_mut() {
        let mut args: Vec<TokenStream> = match &last.arguments {
            syn::PathArguments::AngleBracketed(a) => a.args.iter().map(|a| quote!(#a)).collect(),
            _ => Vec::new(),
        };
        args.extend(foreign.iter().map(|ident| {
            let alias = format_ident!("__ProtocolAssoc{}", ident);
            quote!(#ident = #alias<#self_ty>)
        }));
        last.arguments = syn::PathArguments::AngleBracketed(syn::parse_quote!(<#(#args),*>));
    }
    quote! {
        const _: () = {
            #(#aliases)*
            #krate::__private::register_auto! { #self_ty: #path }
        };
    }
}
