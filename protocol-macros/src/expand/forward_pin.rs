//! The forwarding impl for `Pin<P>`, as futures writes it for `Stream` and `Future` by hand:
//! a protocol with a `self: Pin<&mut Self>` method is implemented for `Pin<P>` where `P`
//! derefs mutably to a conforming target (`Pin<Box<dyn Stream>>`, `Pin<&mut S>`).
//!
//! ```text
//! impl<P> Stream for ::core::pin::Pin<P>
//! where P: ::core::ops::DerefMut + ::core::marker::Unpin, P::Target: Stream
//! {
//!     type Item = <P::Target as Stream>::Item;
//!     fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
//!         <P::Target as Stream>::poll_next(Pin::as_mut(Pin::get_mut(self)), cx)
//!     }
//!     fn size_hint(&self) -> (usize, Option<usize>) { <P::Target as Stream>::size_hint(&**self) }
//! }
//! ```
//!
//! Written only when every member passes through: `&self` and pinned methods, associated
//! types (a `&mut self` method would need `P::Target: Unpin`, `self` a target it cannot move
//! out of a `Pin`, an associated fn or const a sized target).

use crate::check::forward::{is_pin_mut, left_to_default, obstacle};
use crate::expand::{call, generics};
use crate::model::{Decl, MemberKind, Pointer, Protocol, Receiver};
use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};
use syn::ItemTrait;

/// The `Pin<P>` impl, when the protocol has a pinned method and every member can pass
/// through a `Pin<P>`.
pub(crate) fn pin_impl(
    item: &ItemTrait,
    protocol: &Protocol,
    used: &generics::UsedIdents,
) -> Option<TokenStream> {
    let members: Vec<_> = protocol
        .members
        .iter()
        .filter(|m| !left_to_default(m))
        .collect();
    let pinned = members
        .iter()
        .any(|m| matches!(&m.decl, Decl::Fn(sig) if is_pin_mut(sig)));
    let passes = members.iter().all(|m| match (&m.kind, &m.decl) {
        (MemberKind::Type, _) => obstacle(m, Pointer::RefMut, protocol).is_none(),
        (MemberKind::Method(Receiver::Ref), _) => obstacle(m, Pointer::Ref, protocol).is_none(),
        (MemberKind::Method(Receiver::Typed), Decl::Fn(sig)) => {
            is_pin_mut(sig) && obstacle(m, Pointer::RefMut, protocol).is_none()
        }
        _ => false,
    });
    if !pinned || !passes || protocol.is_unsafe {
        return None;
    }
    let ident = &item.ident;
    let (_, type_generics, _) = item.generics.split_for_impl();
    let trait_ref = quote!(#ident #type_generics);
    let pointer = used.fresh(&["P", "Ptr", "Pointer"], "__ProtocolP");
    let target = quote!(<#pointer as ::core::ops::Deref>::Target);
    let mut items = TokenStream::new();
    for member in &members {
        let cfgs = &member.cfgs;
        match &member.decl {
            Decl::Fn(sig) => {
                let span = member.ident.span();
                let delegation = call::prepare(sig, span);
                let (name, turbofish, args) = (&sig.ident, &delegation.turbofish, &delegation.args);
                let this = delegation.receiver.map(|token| {
                    if is_pin_mut(sig) {
                        quote_spanned!(span=>
                            ::core::pin::Pin::as_mut(::core::pin::Pin::get_mut(#token)))
                    } else {
                        quote_spanned!(span=> &**#token)
                    }
                });
                let call = quote_spanned!(span=> <#target as #trait_ref>::#name #turbofish (#this, #(#args),*));
                items.extend(delegation.method(call, cfgs, span));
            }
            Decl::Type(_) => {
                let name = &member.ident;
                let generics = item.items.iter().find_map(|i| match i {
                    syn::TraitItem::Type(t) if t.ident == *name => Some(&t.generics),
                    _ => None,
                });
                let (params, args, where_clause) = match generics {
                    Some(g) => {
                        let (params, args, _) = g.split_for_impl();
                        (quote!(#params), quote!(#args), g.where_clause.clone())
                    }
                    None => (quote!(), quote!(), None),
                };
                items.extend(quote! {
                    #(#cfgs)*
                    type #name #params = <#target as #trait_ref>::#name #args #where_clause;
                });
            }
            Decl::Const(_) => {}
        }
    }
    let params = generics::impl_params(&item.generics, None, &quote!(#pointer));
    let supertraits = &item.supertraits;
    let extra = [
        Some(quote!(#pointer: ::core::ops::DerefMut + ::core::marker::Unpin)),
        Some(quote!(#target: #trait_ref)),
        (!supertraits.is_empty()).then(|| quote!(Self: #supertraits)),
    ];
    let extra = extra.iter().flatten();
    let where_clause = generics::where_clause(&item.generics, Some(quote!(#(#extra),*)));
    let allow_repeated = crate::expand::allow_repeated();
    Some(quote! {
        #[automatically_derived]
        #allow_repeated
        impl #params #trait_ref for ::core::pin::Pin<#pointer> #where_clause {
            #items
        }
    })
}
