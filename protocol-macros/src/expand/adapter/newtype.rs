//! A newtype's optional members (`conform!(impl P for pub struct Name(Foreign))`): `Pick`
//! calls the field's inherent method when it has one, the protocol's default otherwise.

use super::{
    camel, receiver_type, target_of, Adapter, NameElided, Names, Pieces, SelfToTarget, Shape,
};
use crate::check::infer::Resolved;
use crate::expand::call;
use crate::expand::on_unimplemented::escape;
use crate::model::render::render;
use crate::model::Member;
use proc_macro2::TokenStream;
use quote::{format_ident, quote, quote_spanned};
use syn::ext::IdentExt;
use syn::visit_mut::VisitMut;
use syn::FnArg;

impl Pieces {
    /// An optional member of a newtype (`conform!`): `Pick` calls the field's inherent
    /// method when it has one, the protocol's default (on the newtype) otherwise.
    pub(super) fn newtype_optional(
        &mut self,
        member: &Member,
        shape: &Shape,
        adapter: &Adapter,
        resolved: &Resolved,
        names: &Names,
    ) {
        let span = names.span;
        let ident = &shape.sig.ident;
        let mut member_ident = ident.clone();
        member_ident.set_span(span);
        let cfgs = &member.cfgs;
        let trait_path = &resolved.trait_path;
        let self_ty = &adapter.self_ty;
        let fallback = format_ident!("fallback_{}", ident, span = span);
        self.markers.push(quote_spanned! {span=>
            #(#cfgs)*
            pub(super) struct #fallback;
        });
        self.imports
            .push(quote_spanned!(span=> #(#cfgs)* use super::#fallback;));
        self.decoys.push(quote_spanned! {span=>
            #(#cfgs)*
            const #member_ident: #fallback = #fallback;
        });
        self.pick = true;
        // Named like the member, so that a message about it reads `…::is_empty`.
        let call = member_ident.clone();
        self.wrong_signature(member, shape, adapter, names, &call);
        // `Pick`'s `m`: the member's signature, with `Self` the newtype and the receiver an
        // argument `this`.
        let mut call_sig = shape.sig.clone();
        SelfToTarget(self_ty.clone(), None, None).visit_signature_mut(&mut call_sig);
        let (receiver_ty, elided) = receiver_type(&call_sig, self_ty);
        if elided {
            NameElided::default().visit_return_type_mut(&mut call_sig.output);
            call_sig
                .generics
                .params
                .insert(0, syn::parse_quote!('self_));
        }
        let delegation = call::prepare(&call_sig, span);
        let this_param = receiver_ty.map(|ty| quote!(__protocol_this: #ty));
        let this_arg = this_param.as_ref().map(|_| quote!(__protocol_this));
        let typed_params = delegation.sig.inputs.iter().filter_map(|i| match i {
            FnArg::Typed(t) => Some(quote!(#t)),
            FnArg::Receiver(_) => None,
        });
        let params: Vec<TokenStream> = this_param.into_iter().chain(typed_params).collect();
        let (lifetimes, output) = (&call_sig.generics, &call_sig.output);
        let call_fn = quote!(fn #call #lifetimes (self, #(#params),*) #output);
        let args = &delegation.args;
        let target = this_arg
            .as_ref()
            .map(|this| target_of(this, adapter, member));
        let target = target.iter();
        let this_args: Vec<TokenStream> = this_arg
            .iter()
            .cloned()
            .chain(args.iter().cloned())
            .collect();
        let default = crate::expand::defaults::call(
            &quote!(#trait_path),
            &quote!(#self_ty),
            &shape.sig.ident,
            &this_args,
            span,
        );
        let module = &names.module;
        let generics = &adapter.generics;
        let (impl_generics, ty_args, where_clause) = generics.split_for_impl();
        let impl_params = generics.params.iter();
        let bound = &shape.bound;
        // `syn::Index`, not a literal `1` in `quote!` (which has the compiler lex it).
        let one = syn::Index::from(1);
        self.block.push(quote! {
            #(#cfgs)*
            #[allow(dead_code, clippy::all, clippy::pedantic)]
            impl<#(#impl_params,)* __ProtocolF: #bound> #module::Pick<#module::Here #ty_args, __ProtocolF> #where_clause {
                #[inline]
                #call_fn {
                    (self.#one)(#(#target,)* #(#args),*)
                }
            }
            #(#cfgs)*
            #[allow(dead_code, clippy::all, clippy::pedantic)]
            impl #impl_generics #module::Pick<#module::Here #ty_args, #module::#fallback> #where_clause {
                #[inline]
                #call_fn {
                    #default
                }
            }
        });
        let (here, target_path) = (&names.here, &names.target);
        let closure_params = &shape.params;
        let pick = quote_spanned! {span=>
            |#(#closure_params),*| super::Pick::<#here, _>(::core::marker::PhantomData, <#target_path>::#member_ident).#call(#(#closure_params),*)
        };
        self.resolve(member, shape, adapter, names, Some(pick));
    }

    /// When the field's type has an inherent method of the member's name but another
    /// signature, `Pick` has no `m` of its own: a trait's, imported where the call is,
    /// answers instead, and its bound carries the message ("`Inner`'s inherent method `m` does
    /// not have the signature protocol `P` declares"), not rustc's E0599 about `Pick`.
    fn wrong_signature(
        &mut self,
        member: &Member,
        shape: &Shape,
        adapter: &Adapter,
        names: &Names,
        call: &syn::Ident,
    ) {
        let span = names.span;
        let cfgs = &member.cfgs;
        let member_name = camel(&shape.sig.ident.unraw().to_string());
        let marker = format_ident!("{}{}Signature", names.type_name, member_name, span = span);
        let mismatch = format_ident!("{}{}Mismatch", names.type_name, member_name, span = span);
        let (target, signature) = (
            escape(&render(&adapter.target)),
            escape(&render(&shape.shown)),
        );
        let ident = &shape.sig.ident;
        let message = format!(
            "`{target}`'s inherent method `{ident}` does not have the signature protocol \
             `{}` declares: `{signature}`",
            names
                .trait_path
                .segments
                .last()
                .map(|s| s.ident.to_string())
                .unwrap_or_default()
        );
        let label = format!("`{target}::{ident}` should be `{signature}`");
        let on_unimplemented = quote_spanned!(span=> message = #message, label = #label);
        self.marker(&marker, &on_unimplemented, cfgs, names);
        let params: Vec<syn::Ident> = (0..shape.params.len())
            .map(|i| format_ident!("__ProtocolA{}", i))
            .collect();
        self.markers.push(quote_spanned! {span=>
            #(#cfgs)*
            pub(super) trait #mismatch<__ProtocolF> {
                fn #call<#(#params,)* __ProtocolR>(self, #(_: #params),*) -> __ProtocolR
                where
                    __ProtocolF: #marker;
            }
            #(#cfgs)*
            impl<__ProtocolH: ?::core::marker::Sized, __ProtocolF> #mismatch<__ProtocolF> for Pick<__ProtocolH, __ProtocolF> {
                fn #call<#(#params,)* __ProtocolR>(self, #(_: #params),*) -> __ProtocolR
                where
                    __ProtocolF: #marker,
                {
                    loop {}
                }
            }
        });
        self.imports
            .push(quote_spanned!(span=> #(#cfgs)* #[allow(unused_imports)] use super::#mismatch;));
    }
}
