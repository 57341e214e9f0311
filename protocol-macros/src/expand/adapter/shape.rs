//! A member's signature as the adapter's pieces spell it.

use super::spelling::{binder, fn_parts};
use super::{target_of, Adapter, Names};
use crate::check::subst::Subst;
use crate::model::{Member, Protocol};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use syn::{Ident, ReturnType, Signature, Type};

/// `sig` as the adapter's code writes it: its types through the aliases beside the protocol
/// (see `signature_aliases`), the protocol's arguments filled in.
pub(super) fn spelt(
    protocol: &Protocol,
    adapter: &Adapter,
    member: &Member,
    sig: &Signature,
    subst: &Subst,
) -> Signature {
    let spelling = crate::expand::signature_aliases::Spelling::new(protocol, &adapter.path);
    subst.signature(&spelling.signature(sig, &member.cfgs))
}

/// A member's signature as the pieces spell it (see the module doc).
pub(super) struct Shape {
    /// The member's signature with the protocol's arguments filled in, its types spelt
    /// through the aliases beside the protocol (see `signature_aliases`).
    pub(super) sig: Signature,
    /// The same as the protocol writes it, for messages.
    pub(super) shown: Signature,
    /// `for<…> fn(&SelfTy, A) -> R`: what the trait impl calls, and its parts.
    pub(super) fn_ptr: TokenStream,
    pub(super) inputs: Vec<Type>,
    pub(super) output: ReturnType,
    pub(super) lifetimes: Vec<syn::Lifetime>,
    /// The `FnOnce` bound an inherent method of the target meets, with its `for<…>`.
    pub(super) bound: TokenStream,
    /// The closure's parameters `__protocol_a0, …` (receiver first), and the arguments an
    /// inherent method of a newtype's field takes (`&__protocol_a0.0, __protocol_a1, …`).
    pub(super) params: Vec<Ident>,
    pub(super) field_args: Vec<TokenStream>,
}

impl Shape {
    pub(super) fn new(
        member: &Member,
        sig: &Signature,
        adapter: &Adapter,
        subst: &Subst,
        names: &Names,
        protocol: &Protocol,
    ) -> Shape {
        let (module, trait_path) = (&names.module, &names.trait_path);
        let shown = subst.signature(sig);
        let sig = spelt(protocol, adapter, member, sig, subst);
        let self_ty = &adapter.self_ty;
        let target = &adapter.target;
        let (inputs, output, lifetimes) = fn_parts(&sig, self_ty, module, trait_path);
        let for_lifetimes = binder(&lifetimes);
        let fn_ptr = quote!(#for_lifetimes fn(#(#inputs),*) #output);
        let (target_inputs, target_output, target_lifetimes) =
            fn_parts(&sig, target, module, trait_path);
        let target_binder = binder(&target_lifetimes);
        let bound = quote!(#target_binder ::core::ops::FnOnce(#(#target_inputs),*) #target_output);
        let params: Vec<Ident> = (0..inputs.len())
            .map(|i| format_ident!("__protocol_a{}", i))
            .collect();
        let field_args = params
            .iter()
            .enumerate()
            .map(|(i, param)| {
                if i == 0 && sig.receiver().is_some() {
                    target_of(&quote!(#param), adapter, member)
                } else {
                    quote!(#param)
                }
            })
            .collect();
        Shape {
            sig,
            shown,
            fn_ptr,
            inputs,
            output,
            lifetimes,
            bound,
            params,
            field_args,
        }
    }
}
