//! `#[conforms]` on an impl block, second step (the callback the carrier invokes with the
//! protocol's definition): check the block against the protocol and generate the trait impl.
//!
//! The user's methods stay in their inherent block, untouched. The trait impl repeats each
//! one's signature, with the user's own tokens and spans, and calls the inherent method: so
//! rustc itself compares the signatures and reports a mismatch (E0053, E0050, E0049, E0185 …)
//! at the user's token, and `#[inline]` makes the call through the trait compile to the
//! direct call.

use crate::check::infer::{self, Resolved};
use crate::check::members::{self, Supplied};
use crate::check::subst::Subst;
use crate::errors::Errors;
use crate::expand::call;
use crate::model::{Access, Decl, Field, Member, Protocol};
use crate::parse;
use crate::wire::ConformsPayload;
use proc_macro2::{Span, TokenStream};
use quote::{quote, quote_spanned};
use syn::spanned::Spanned;
use syn::{GenericParam, ImplItemConst, ImplItemFn};

pub(crate) fn expand(input: TokenStream) -> TokenStream {
    let (payload, definition) = match crate::wire::conforms(input) {
        Ok(parsed) => parsed,
        Err(error) => return error.to_compile_error(),
    };
    let Some(definition) = definition else {
        return version_mismatch(&payload.path);
    };
    // Mistakes in the trait itself were reported where it is declared.
    let protocol = parse::protocol::protocol(&definition, &mut Errors::new());
    let mut errors = Errors::new();
    let trait_impl = conformance(&protocol, &payload, &mut errors);
    let errors = errors.into_tokens();
    quote!(#trait_impl #errors)
}

pub(crate) fn version_mismatch(path: &syn::Path) -> TokenStream {
    syn::Error::new_spanned(
        path,
        "this protocol was declared with an incompatible version of `typing-protocol`; use one \
         version of `typing-protocol` across the build",
    )
    .to_compile_error()
}

fn conformance(protocol: &Protocol, payload: &ConformsPayload, errors: &mut Errors) -> TokenStream {
    let ConformsPayload { krate, path, imp } = payload;
    let plan = members::plan(protocol, imp, errors);
    let pairs: Vec<_> = plan
        .supplied
        .iter()
        .filter_map(|(member, supplied)| {
            let pair = infer::pair(&member.decl, supplied)?;
            Some((format!("{} {}", member.kind_word(), member.ident), pair))
        })
        .collect();
    let resolved = infer::resolve(protocol, path, &pairs, errors);
    members::report_missing(&plan, protocol, path, imp, &resolved.subst, errors);
    let near_misses = members::near_misses(&plan, protocol, imp, &resolved.subst);
    if protocol.is_unsafe {
        errors.spanned(
            path,
            format_args!(
                "protocol `{}` is an `unsafe trait`: conforming to it is a promise only its \
                 implementer can make, so write `unsafe impl {} for …` by hand",
                protocol.ident, protocol.ident
            ),
        );
        return TokenStream::new();
    }
    if !resolved.complete {
        return TokenStream::new();
    }
    if protocol.open {
        return open_conformance(protocol, payload, &plan, &resolved, errors);
    }
    let hoisted = hoisted_lifetimes(imp, &resolved);
    // A stub for each missing member (reported above): the impl is complete, so rustc adds
    // no "not all trait items implemented" (E0046) to the same mistake.
    let stubs: Vec<TokenStream> = plan
        .missing
        .iter()
        .filter_map(|member| stub(member, &resolved.subst, path.span()))
        .collect();
    let items = plan.supplied.iter().map(|(member, supplied)| {
        // The member's own `#[cfg]`s too: a member the trait has only on unix is
        // implemented only on unix.
        let cfgs = &member.cfgs;
        let item = match supplied {
            Supplied::Fn(f) => match shape_mismatch(protocol, member, f, &resolved.subst) {
                // Said at the user's token; a stub keeps rustc from saying it again.
                Some(error) => {
                    errors.gated(cfgs, error);
                    stub(member, &resolved.subst, path.span()).unwrap_or_default()
                }
                None => forward_fn(f, &hoisted),
            },
            Supplied::Const(c) => forward_const(c),
            Supplied::Field(field) => read_field(member, field, &resolved.subst, path.span(), None),
        };
        quote!(#(#cfgs)* #item)
    });
    let register = if hoisted.is_empty() {
        crate::expand::runtime::register(
            protocol,
            &imp.generics,
            &imp.self_ty,
            &resolved.trait_path,
            &resolved.assoc_types,
            krate,
        )
    } else {
        TokenStream::new()
    };
    let trait_impl = trait_impl(
        &imp.generics,
        &imp.self_ty,
        &resolved,
        &hoisted,
        path.span(),
        items.chain(stubs),
    );
    quote!(#trait_impl #register #near_misses)
}

/// How the block's method differs in shape from the member, as an error at its token.
fn shape_mismatch(
    protocol: &Protocol,
    member: &Member,
    f: &ImplItemFn,
    subst: &crate::check::subst::Subst,
) -> Option<syn::Error> {
    let Decl::Fn(theirs) = &member.decl else {
        return None;
    };
    let (span, message) =
        crate::check::shape::mismatch(&protocol.ident, &subst.signature(theirs), &f.sig)?;
    Some(syn::Error::new(span, message))
}

/// A missing member's stand-in, whose body never runs (the build fails on the missing-member
/// error): the protocol's signature, arguments unnamed. None for a method returning
/// `impl Trait`, which a body that never returns cannot stand for.
fn stub(member: &Member, subst: &crate::check::subst::Subst, span: Span) -> Option<TokenStream> {
    let cfgs = &member.cfgs;
    match &member.decl {
        Decl::Fn(sig) if !crate::model::signature::returns_impl_trait(sig) => {
            let mut sig = subst.signature(sig);
            for input in &mut sig.inputs {
                if let syn::FnArg::Typed(typed) = input {
                    typed.attrs.clear();
                    *typed.pat = syn::parse_quote_spanned!(span=> _);
                }
            }
            Some(quote_spanned! {span=>
                #(#cfgs)*
                #[allow(clippy::all)]
                #sig { ::core::panic!() }
            })
        }
        Decl::Const(ty) => {
            let (ident, ty) = (&member.ident, subst.ty(ty));
            Some(quote_spanned! {span=>
                #(#cfgs)*
                const #ident: #ty = ::core::panic!();
            })
        }
        _ => None,
    }
}

/// With an open protocol: the block's members and the defaults it leaves published as
/// capabilities (the protocol's blanket impl does the rest).
fn open_conformance(
    protocol: &Protocol,
    payload: &ConformsPayload,
    plan: &members::Plan,
    resolved: &Resolved,
    errors: &mut Errors,
) -> TokenStream {
    let ConformsPayload { krate, path, imp } = payload;
    let span = path.span();
    let trait_path = &resolved.trait_path;
    let self_ty = &imp.self_ty;
    // Missing members were reported; the assertion would only repeat it.
    let mut assert = plan.missing.is_empty();
    let mut items: Vec<TokenStream> = plan
        .supplied
        .iter()
        .map(|(member, supplied)| {
            let cfgs = &member.cfgs;
            let item = match supplied {
                Supplied::Fn(f) => forward_fn(f, &[]),
                Supplied::Const(c) => forward_const(c),
                Supplied::Field(field) => read_field(member, field, &resolved.subst, span, None),
            };
            quote!(#(#cfgs)* #item)
        })
        .collect();
    // Every member is required in open conformance: a default the block leaves is published
    // as the default.
    for member in &protocol.members {
        if plan.supplied.iter().any(|(m, _)| m.ident == member.ident) || member.required {
            continue;
        }
        match &member.decl {
            Decl::Fn(sig) if crate::expand::defaults::not_adaptable(sig).is_none() => {
                let sig = resolved.subst.signature(sig);
                let delegation = call::prepare(&sig, span);
                let mut args: Vec<TokenStream> = delegation
                    .receiver
                    .iter()
                    .map(quote::ToTokens::to_token_stream)
                    .collect();
                args.extend(delegation.args.iter().cloned());
                let call = crate::expand::defaults::call(
                    &quote!(#trait_path),
                    &quote!(#self_ty),
                    &member.ident,
                    &args,
                    span,
                );
                items.push(delegation.method(call, &member.cfgs, span));
            }
            Decl::Const(_) => {
                assert = false;
                errors.spanned(
                    path,
                    format_args!(
                        "`{}` conforms to open protocol `{}` by publishing every member, and the \
                     default of `{}` cannot be published: write it in the block",
                        crate::model::render::render(self_ty),
                        protocol.ident,
                        member.signature()
                    ),
                );
            }
            _ => {}
        }
    }
    let conformance = crate::expand::open_conformance::Conformance {
        generics: &imp.generics,
        self_ty,
        trait_path: quote!(#trait_path),
        span,
    };
    let published =
        crate::expand::open_conformance::publish(protocol, items, &conformance, assert, krate);
    let register = crate::expand::runtime::register(
        protocol,
        &imp.generics,
        self_ty,
        trait_path,
        &resolved.assoc_types,
        krate,
    );
    quote!(#published #register)
}

/// Lifetimes inferred for the protocol's lifetime parameters that the block's methods
/// declare themselves (`fn parse<'a>(&self, text: &'a str)` for `Parser<'a>`): the trait impl
/// declares them instead (`impl<'a> Parser<'a> for Words`), and the forwarders do not.
fn hoisted_lifetimes(imp: &syn::ItemImpl, resolved: &Resolved) -> Vec<syn::Lifetime> {
    let declared: Vec<&syn::Ident> = imp
        .generics
        .lifetimes()
        .map(|l| &l.lifetime.ident)
        .collect();
    let mut hoisted: Vec<syn::Lifetime> = Vec::new();
    for lifetime in resolved.subst.lifetimes.values() {
        let special = lifetime.ident == "_" || lifetime.ident == "static";
        if !special && !declared.contains(&&lifetime.ident) && !hoisted.contains(lifetime) {
            hoisted.push(lifetime.clone());
        }
    }
    hoisted
}

pub(crate) fn trait_impl(
    generics: &syn::Generics,
    self_ty: &syn::Type,
    resolved: &Resolved,
    hoisted: &[syn::Lifetime],
    span: Span,
    items: impl Iterator<Item = TokenStream>,
) -> TokenStream {
    let mut generics = generics.clone();
    for (index, lifetime) in hoisted.iter().enumerate() {
        let param = syn::GenericParam::Lifetime(syn::LifetimeParam::new(lifetime.clone()));
        generics.params.insert(index, param);
    }
    let (impl_generics, _, where_clause) = generics.split_for_impl();
    let trait_path = &resolved.trait_path;
    let assoc = resolved
        .assoc_types
        .iter()
        .map(|(ident, ty)| quote!(type #ident = #ty;));
    let gats = &resolved.gats;
    // Spanned at the protocol's path in the attribute: errors about the impl as a whole
    // (a conflicting impl, missing items) point there.
    // The user's own methods may be `#[deprecated]`: implementing a trait with them is not
    // a use, as it is not for a hand-written impl.
    let allow_repeated = crate::expand::allow_repeated();
    quote_spanned! {span=>
        #[automatically_derived]
        #allow_repeated
        impl #impl_generics #trait_path for #self_ty #where_clause {
            #(#assoc)*
            #(#gats)*
            #(#items)*
        }
    }
}

/// The trait's method, with the user's signature, calling the user's inherent method.
fn forward_fn(f: &ImplItemFn, hoisted: &[syn::Lifetime]) -> TokenStream {
    // The forwarder's own tokens carry the method name's span, so that whatever rustc says
    // about the method as a whole (E0185, E0186, a missing `async` …) points at the user's
    // method, not at the attribute.
    let span = f.sig.ident.span();
    let mut delegation = call::prepare(&f.sig, span);
    let generics = &mut delegation.sig.generics;
    generics.params = std::mem::take(&mut generics.params)
        .into_pairs()
        .filter(|pair| !matches!(pair.value(), GenericParam::Lifetime(l) if hoisted.contains(&l.lifetime)))
        .collect();
    if generics.params.is_empty() {
        generics.lt_token = None;
        generics.gt_token = None;
    }
    let ident = &f.sig.ident;
    let receiver = delegation.receiver.iter();
    let args = &delegation.args;
    let turbofish = &delegation.turbofish;
    let call = quote_spanned!(span=> Self::#ident #turbofish (#(#receiver,)* #(#args),*));
    delegation.method(call, &parse::protocol::cfg_attrs(&f.attrs), span)
}

/// A `#[field]` member the block leaves to the struct's field of that name: the
/// protocol's signature (with its arguments filled in), and the field access as the body.
/// Spanned at the protocol in the attribute, so a missing field is reported there; the
/// value read at `at`, the struct's own field when the macro sees it (struct-level
/// `#[conforms]`), so that a field of the wrong type is reported there.
pub(crate) fn read_field(
    member: &Member,
    field: &Field,
    subst: &Subst,
    span: Span,
    at: Option<Span>,
) -> TokenStream {
    let Decl::Fn(sig) = &member.decl else {
        return TokenStream::new();
    };
    let delegation = call::prepare(&subst.signature(sig), span);
    // Destructuring rather than `self.x`: a struct without the field is then rustc's plain
    // "struct `Nameless` does not have a field named `name`" (E0026), at the attribute.
    let mut name = field.name.clone();
    name.set_span(span);
    let value = quote::format_ident!("__protocol_field", span = span);
    let this = delegation.receiver.iter();
    let bind = quote_spanned!(span=> let Self { #name: #value, .. } = #(#this)*;);
    let at = at.unwrap_or(span);
    let read = quote::format_ident!("__protocol_field", span = at);
    let body = match field.access {
        Access::Ref | Access::Mut => quote_spanned!(span=> #bind #read),
        Access::Clone => quote_spanned!(at=> #bind ::core::clone::Clone::clone(#read)),
        Access::Set => {
            let new = delegation.args.first();
            quote_spanned!(at=> #bind *#read = #new;)
        }
    };
    delegation.method(body, &[], span)
}

fn forward_const(c: &ImplItemConst) -> TokenStream {
    let ImplItemConst { ident, ty, .. } = c;
    let cfgs = parse::protocol::cfg_attrs(&c.attrs);
    quote! {
        #(#cfgs)*
        const #ident: #ty = Self::#ident;
    }
}
