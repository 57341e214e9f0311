//! Methods that only call another method with the same arguments: the trait impl of a
//! conformance calling the inherent method, and forwarding impls calling the pointee's.

use crate::model::signature::has_impl_trait_arg;
use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote, quote_spanned, ToTokens};
use syn::{FnArg, GenericParam, ReturnType, Signature};

/// A signature made ready to pass its arguments on.
pub(crate) struct Delegation {
    /// The signature with plain names for every argument; `async fn` becomes a `fn`
    /// returning `impl Future` (the callee's future is returned as it is).
    pub(crate) sig: Signature,
    /// The receiver's own `self` token, when there is a receiver.
    pub(crate) receiver: Option<syn::Token![self]>,
    /// The other arguments, as they are passed on.
    pub(crate) args: Vec<TokenStream>,
    /// `::<T, N>` for the method's own type and const parameters, when they can be named.
    pub(crate) turbofish: TokenStream,
}

pub(crate) fn prepare(sig: &Signature, span: Span) -> Delegation {
    let turbofish = turbofish(sig);
    let mut sig = sig.clone();
    sig.constness = None;
    let mut receiver = None;
    let mut args = Vec::new();
    for (index, input) in sig.inputs.iter_mut().enumerate() {
        match input {
            FnArg::Receiver(r) => {
                r.attrs.clear();
                // `mut self`, `mut self: Pin<&mut Self>`: the binding is only passed on.
                r.mutability = None;
                receiver = Some(r.self_token);
            }
            FnArg::Typed(typed) => {
                typed.attrs.clear();
                // A plain name is kept (it shows in rustdoc); a pattern gets a fresh one.
                let ident = match &*typed.pat {
                    syn::Pat::Ident(p) if p.by_ref.is_none() && p.subpat.is_none() => {
                        p.ident.clone()
                    }
                    _ => format_ident!("__protocol_arg{}", index, span = span),
                };
                *typed.pat = syn::Pat::Ident(syn::PatIdent {
                    attrs: Vec::new(),
                    by_ref: None,
                    mutability: None,
                    ident: ident.clone(),
                    subpat: None,
                });
                args.push(ident.to_token_stream());
            }
        }
    }
    if sig.asyncness.take().is_some() {
        let output = match &sig.output {
            ReturnType::Default => quote!(()),
            ReturnType::Type(_, ty) => ty.to_token_stream(),
        };
        sig.output = syn::parse_quote!(-> impl ::core::future::Future<Output = #output>);
    }
    Delegation {
        sig,
        receiver,
        args,
        turbofish,
    }
}

impl Delegation {
    /// The method: `#[inline]`, the given `#[cfg]`s, and `call` as its body (in an `unsafe`
    /// block for an `unsafe fn`). Its own tokens carry `span`. The signature is a copy of one
    /// the user wrote, where they may have allowed `clippy::needless_lifetimes` (a lifetime
    /// named on purpose); the copy, which they cannot annotate, allows it too.
    pub(crate) fn method(
        &self,
        call: TokenStream,
        cfgs: &[syn::Attribute],
        span: Span,
    ) -> TokenStream {
        let sig = &self.sig;
        let body = if crate::model::receiver::is_unsafe(sig) {
            quote_spanned!(span=> unsafe { #call })
        } else {
            call
        };
        // Only what can fire: fewer tokens per method is less for rustc to read.
        let mut allowed = Vec::new();
        if crate::model::receiver::is_unsafe(sig) {
            allowed.push(quote!(unused_unsafe));
        }
        if sig.generics.lifetimes().next().is_some() {
            allowed.push(quote!(clippy::needless_lifetimes));
            allowed.push(quote!(clippy::elidable_lifetime_names));
        }
        let allow = (!allowed.is_empty()).then(|| quote_spanned!(span=> #[allow(#(#allowed),*)]));
        quote_spanned! {span=>
            #(#cfgs)*
            #[inline]
            #allow
            #sig { #body }
        }
    }
}

/// `::<T, N>` for the method's own type and const parameters, unless an `impl Trait`
/// argument forbids naming them (then inference finds them).
fn turbofish(sig: &Signature) -> TokenStream {
    if has_impl_trait_arg(sig) {
        TokenStream::new()
    } else {
        generic_arguments(&sig.generics)
    }
}

/// `::<T, N>`: the type and const parameters of `generics` as explicit arguments (lifetimes
/// are left to inference); nothing when there are none.
pub(crate) fn generic_arguments(generics: &syn::Generics) -> TokenStream {
    let params: Vec<&syn::Ident> = generics
        .params
        .iter()
        .filter_map(|p| match p {
            GenericParam::Type(t) => Some(&t.ident),
            GenericParam::Const(c) => Some(&c.ident),
            GenericParam::Lifetime(_) => None,
        })
        .collect();
    if params.is_empty() {
        TokenStream::new()
    } else {
        quote!(::<#(#params),*>)
    }
}
