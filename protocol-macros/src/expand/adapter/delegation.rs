//! The adapter's members for a type that delegates (`via field`, `via variants`): see
//! [`crate::expand::delegate`] for the delegate itself.

use super::{field_span, receiver_kind, Adapter, Names, Pieces, Shape};
use crate::check::infer::Resolved;
use crate::errors::Errors;
use crate::expand::call;
use crate::model::render::render;
use crate::model::{Decl, Member, Protocol};
use proc_macro2::TokenStream;
use quote::{format_ident, quote, quote_spanned};
use syn::ext::IdentExt;

impl Pieces {
    /// A member of a type that delegates (`via duck`, `via variants`): a `#[field]` member
    /// the struct has a field for reads it; a method goes to the outer type's inherent
    /// method when it has one, else to the delegate; a const to the field's. What cannot go
    /// to the delegate needs an inherent method (required) or keeps its default.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn delegate(
        &mut self,
        member: &Member,
        via: &crate::model::via::Via,
        adapter: &Adapter,
        resolved: &Resolved,
        protocol: &Protocol,
        names: &Names,
        errors: &mut Errors,
    ) -> bool {
        let subst = &resolved.subst;
        let name = &protocol.ident;
        let sig = match &member.decl {
            Decl::Type(_) => return true,
            Decl::Const(ty) => {
                let ty = crate::expand::signature_aliases::Spelling::new(protocol, &adapter.path)
                    .const_type(ty, &member.cfgs);
                match crate::expand::delegate::const_item(
                    via,
                    member,
                    &ty,
                    subst,
                    &resolved.trait_path,
                ) {
                    Some(item) => self.items.push(item),
                    None if member.required => {
                        errors.at(
                            via.span(),
                            format_args!(
                                "`{}` cannot conform to protocol `{name}` through its variants: \
                                 `{}` has no `self` to match on; implement `{name}` by hand",
                                render(&adapter.self_ty),
                                member.signature()
                            ),
                        );
                        return false;
                    }
                    None => {}
                }
                return true;
            }
            Decl::Fn(sig) => sig,
        };
        let own_field = member.field.as_ref().filter(|f| {
            adapter
                .fields
                .iter()
                .any(|name| name.unraw() == f.name.unraw())
        });
        if let Some(field) = own_field {
            let at = field_span(adapter, field);
            let item = crate::expand::conformance::read_field(member, field, subst, names.span, at);
            self.items.push(item);
            return true;
        }
        let substituted = subst.signature(sig);
        if let Some(reason) = via.obstacle(&substituted) {
            if member.required {
                return self.method(
                    member,
                    sig,
                    adapter,
                    subst,
                    protocol,
                    names,
                    errors,
                    Some(&reason),
                );
            }
            self.optional(member, sig, adapter, resolved, names, protocol);
            return true;
        }
        if crate::expand::defaults::not_adaptable(sig).is_some() {
            // Generic, `async`, `unsafe` or `impl Trait`: no function pointer names it, so
            // the outer type cannot shadow it; it goes to the delegate.
            let span = names.span;
            let spelt = super::shape::spelt(protocol, adapter, member, sig, subst);
            let delegation = call::prepare(&spelt, span);
            let this = delegation.receiver.map(|token| quote!(#token));
            let this = this.as_ref().map(|this| (this, receiver_kind(member)));
            let body = via.call(
                &resolved.trait_path,
                &substituted.ident,
                &delegation.turbofish,
                this,
                &delegation.args,
                sig.asyncness.is_some(),
                span,
            );
            let attrs =
                crate::expand::signature_aliases::method_attrs(&member.cfgs, &spelt, &substituted);
            self.items.push(delegation.method(body, &attrs, span));
            return true;
        }
        let shape = Shape::new(member, sig, adapter, subst, names, protocol);
        let span = names.span;
        let mut member_ident = shape.sig.ident.clone();
        member_ident.set_span(span);
        let hidden = format_ident!("__protocol_via_{}", member_ident.unraw(), span = span);
        let cfgs = &member.cfgs;
        let params = &shape.params;
        let args: Vec<TokenStream> = params.iter().map(|p| quote!(#p)).collect();
        let (this, args) = match sig.receiver() {
            Some(_) => (args.first().map(|a| (a, receiver_kind(member))), &args[1..]),
            None => (None, &args[..]),
        };
        let call = via.call(
            &resolved.trait_path,
            &member_ident,
            &TokenStream::new(),
            this,
            args,
            false,
            span,
        );
        let value = quote_spanned!(span=> |#(#params),*| #call);
        self.const_decoy(cfgs, &member_ident, &hidden, &shape, &value, names);
        self.resolve(member, &shape, adapter, names, None);
        true
    }
}
