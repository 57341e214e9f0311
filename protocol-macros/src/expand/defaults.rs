//! Default bodies that a duck-typed adapter can fall back to.
//!
//! A trait's default body cannot be called from an impl that overrides the method, yet an
//! adapter (SPEC 2b, 2c) must override every optional member: with the type's inherent
//! method when it has one, else with the default. So `#[protocol]` moves each default body
//! that an adapter could need into a hidden method of the trait, and the default calls it:
//!
//! ```text
//! fn greet(&self) -> String { format!("hi {}", self.name()) }
//!   =>
//! fn greet(&self) -> String { Self::__protocol_default_greet(self) }
//! #[doc(hidden)] fn __protocol_default_greet(&self) -> String { format!("hi {}", self.name()) }
//! ```
//!
//! The body is compiled once (its errors are reported once, at the user's tokens); the hidden
//! method has the same receiver, arguments and where clause, so dyn-compatibility is
//! unchanged. It is not in the carrier's definition, so conformances and forwarding impls
//! neither see nor override it.

use crate::expand::call;
use proc_macro2::Span;
use quote::{format_ident, quote_spanned};
use syn::ext::IdentExt;
use syn::{Ident, Signature, TraitItem, TraitItemFn};

/// The hidden method that holds `ident`'s default body.
pub(crate) fn hidden(ident: &Ident, span: Span) -> Ident {
    format_ident!("__protocol_default_{}", ident.unraw(), span = span)
}

/// Why an inherent method cannot serve this member in an adapter, if it cannot.
pub(crate) fn not_adaptable(sig: &Signature) -> Option<&'static str> {
    use crate::model::signature::{is_generic, returns_impl_trait};
    if is_generic(sig) {
        Some("it is generic, and an inherent method cannot be passed on without naming its parameters")
    } else if sig.asyncness.is_some() {
        Some("it is `async`")
    } else if returns_impl_trait(sig) {
        Some("it returns `impl Trait`, which an `Fn` bound cannot name")
    } else if crate::model::receiver::is_unsafe(sig) {
        Some("it is `unsafe`")
    } else {
        None
    }
}

/// Whether an adapter finds this optional method's default in a hidden method.
pub(crate) fn has_hidden(f: &TraitItemFn) -> bool {
    f.default.is_some() && not_adaptable(&f.sig).is_none()
}

/// Moves the bodies of `items`' adaptable defaults into hidden methods (see the module doc);
/// whether there were any.
pub(crate) fn split(items: &mut Vec<TraitItem>) -> bool {
    let items_before = items.len();
    let mut split_items = Vec::with_capacity(items_before);
    for mut item in std::mem::take(items) {
        let TraitItem::Fn(f) = &mut item else {
            split_items.push(item);
            continue;
        };
        if !has_hidden(f) {
            split_items.push(item);
            continue;
        }
        let Some(body) = f.default.take() else {
            split_items.push(item);
            continue;
        };
        let span = f.sig.ident.span();
        let name = hidden(&f.sig.ident, span);
        let mut copy = f.clone();
        copy.sig.ident = name.clone();
        copy.default = Some(body);
        copy.attrs.retain(|a| {
            [
                "cfg", "cfg_attr", "allow", "expect", "warn", "deny", "forbid",
            ]
            .iter()
            .any(|kept| a.path().is_ident(kept))
        });
        copy.attrs.insert(0, syn::parse_quote!(#[doc(hidden)]));
        let delegation = call::prepare(&f.sig, span);
        // The default's own patterns (`(a, b): (u8, u8)`) become plain names to pass on.
        f.sig = delegation.sig.clone();
        let receiver = delegation.receiver.iter();
        let args = &delegation.args;
        f.default = Some(syn::parse_quote_spanned! {span=>
            { Self::#name(#(#receiver,)* #(#args),*) }
        });
        split_items.push(item);
        split_items.push(TraitItem::Fn(copy));
    }
    let split = split_items.len() != items_before;
    *items = split_items;
    split
}

/// The call of the hidden default for `Self = self_ty` through `trait_path`.
pub(crate) fn call(
    trait_path: &proc_macro2::TokenStream,
    self_ty: &proc_macro2::TokenStream,
    ident: &Ident,
    args: &[proc_macro2::TokenStream],
    span: Span,
) -> proc_macro2::TokenStream {
    let name = hidden(ident, span);
    quote_spanned!(span=> <#self_ty as #trait_path>::#name(#(#args),*))
}
