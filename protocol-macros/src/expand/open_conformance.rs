//! `#[conforms(P)]` and `conform!` with an open protocol `P`: the blanket impl already
//! implements `P` for every type that publishes its members, so a conformance publishes
//! them (the same methods a trait impl would hold, each as a capability impl) instead of
//! writing `impl P`, and asserts that the type then conforms.

use crate::expand::capability::{self as cap, Target};
use crate::model::capability::shape;
use crate::model::Protocol;
use proc_macro2::{Span, TokenStream};
use quote::{quote, quote_spanned, ToTokens};
use syn::ext::IdentExt;
use syn::{FnArg, Generics, Type};

/// The conformance: `impl<generics> trait_path for self_ty`, written at `span` (the
/// protocol's path in the attribute).
pub(crate) struct Conformance<'a> {
    pub(crate) generics: &'a Generics,
    pub(crate) self_ty: &'a Type,
    pub(crate) trait_path: TokenStream,
    pub(crate) span: Span,
}

/// The methods a trait impl of `P` would hold (`items`, each with its `#[cfg]`s), published
/// as capabilities of `self_ty`; with `assert`, also the assertion `self_ty: trait_path`,
/// which reports a member published with another signature than `P` declares (an adapter
/// needs none: its function pointers check each signature).
pub(crate) fn publish(
    protocol: &Protocol,
    items: Vec<TokenStream>,
    conformance: &Conformance,
    assert: bool,
    krate: &TokenStream,
) -> TokenStream {
    let caps = cap::Caps::new(krate.clone());
    let Conformance {
        generics,
        self_ty,
        trait_path,
        span,
    } = conformance;
    let span = *span;
    let target = Target::new(quote!(#self_ty), generics);
    let mut out = TokenStream::new();
    for item in items {
        let method = match syn::parse2::<syn::ImplItem>(item) {
            Ok(syn::ImplItem::Fn(method)) => method,
            Ok(syn::ImplItem::Const(c)) => {
                let cfgs = crate::parse::protocol::cfg_attrs(&c.attrs);
                let key = crate::model::capability::key(&c.ident.unraw().to_string());
                let value = &c.expr;
                let imp = cap::publish_const(key, &c.ty, &target, &quote!(#value), &caps);
                out.extend(quote!(#(#cfgs)* #imp));
                continue;
            }
            // An associated type: decided by the published returns.
            _ => continue,
        };
        let Some(member) = protocol.member(&method.sig.ident.unraw().to_string()) else {
            continue;
        };
        let name = member.field.as_ref().map_or_else(
            || member.ident.unraw().to_string(),
            |f| f.name.unraw().to_string(),
        );
        let Ok(shape) = shape(&method.sig, &name) else {
            continue; // reported where the protocol is declared
        };
        let names: Vec<TokenStream> = method
            .sig
            .inputs
            .iter()
            .filter_map(|input| match input {
                FnArg::Typed(typed) => Some(typed.pat.to_token_stream()),
                FnArg::Receiver(_) => None,
            })
            .collect();
        let body = &method.block;
        let cfgs = crate::parse::protocol::cfg_attrs(&method.attrs);
        let this = method
            .sig
            .receiver()
            .map_or_else(<syn::Token![self]>::default, |r| r.self_token);
        let imp = cap::publish_body(
            &shape,
            &target,
            method.sig.generics.where_clause.as_ref(),
            (this, &names),
            &quote!(#body),
            &caps,
        );
        out.extend(quote!(#(#cfgs)* #imp));
    }
    // A path through the trait needs `self_ty: P` and names no generated item, so rustc's
    // error is the protocol's own "does not conform" with nothing else.
    let (impl_generics, _, where_clause) = generics.split_for_impl();
    let assertion = protocol
        .members
        .iter()
        .filter(|_| assert)
        .find(|m| m.cfgs.is_empty())
        .map(|member| {
            let ident = &member.ident;
            let value = match member.kind {
                crate::model::MemberKind::Type => None,
                _ => Some(quote_spanned!(span=> let _ = <#self_ty as #trait_path>::#ident;)),
            };
            quote_spanned! {span=>
                #[allow(dead_code, clippy::extra_unused_type_parameters)]
                fn __protocol_conforms #impl_generics () #where_clause {
                    #value
                }
            }
        });
    quote! {
        #[allow(clippy::needless_lifetimes, clippy::extra_unused_lifetimes, clippy::unused_unit)]
        const _: () = {
            use #krate::__private::cap as __protocol_cap;
            #out
            #assertion
        };
    }
}
