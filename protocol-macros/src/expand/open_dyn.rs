//! What `dyn P` of an open protocol publishes: each of P's members, called through the
//! vtable. With it, `Box<dyn P>` and `&dyn P` conform to P through the blanket impl (pointers
//! publish what their pointee does), and a `&dyn P3` conforms to every open protocol whose
//! members P3 has (PEP 544: a protocol with a subset of another's members is its supertype).

use crate::expand::capability::{self as cap, Target};
use crate::model::capability::shape;
use crate::model::{Decl, MemberKind, Protocol, Receiver};
use proc_macro2::{Span, TokenStream};
use quote::quote;
use syn::ItemTrait;

/// The impls, for `dyn P`, `dyn P + Send` and `dyn P + Send + Sync`; nothing when a member
/// cannot be called through `dyn` (an associated fn, const or type, `self` by value, `Self`
/// outside the receiver, `where Self: Sized`) or the protocol has supertraits (whose members
/// `dyn P` would have to publish too).
pub(crate) fn publish(item: &ItemTrait, protocol: &Protocol, caps: &cap::Caps) -> TokenStream {
    if !item.supertraits.is_empty() || protocol.members.is_empty() {
        return TokenStream::new();
    }
    let mut shapes = Vec::new();
    for member in &protocol.members {
        let (MemberKind::Method(Receiver::Ref | Receiver::RefMut), Decl::Fn(sig)) =
            (&member.kind, &member.decl)
        else {
            return TokenStream::new();
        };
        if member.field.is_some()
            || crate::model::signature::names_self_outside_receiver(sig)
            || crate::model::signature::requires_sized(sig)
        {
            return TokenStream::new();
        }
        let Ok(shape) = shape(sig, &syn::ext::IdentExt::unraw(&sig.ident).to_string()) else {
            return TokenStream::new();
        };
        shapes.push((member, sig, shape));
    }
    let ident = &item.ident;
    let (_, type_generics, _) = item.generics.split_for_impl();
    let lifetime = syn::Lifetime::new("'__protocol_dyn", Span::call_site());
    let mut generics = item.generics.clone();
    generics.params.insert(
        0,
        syn::GenericParam::Lifetime(syn::LifetimeParam::new(lifetime.clone())),
    );
    let mut out = TokenStream::new();
    for markers in [
        quote!(),
        quote!(+ ::core::marker::Send),
        quote!(+ ::core::marker::Send + ::core::marker::Sync),
    ] {
        let target = Target::new(
            quote!(dyn #ident #type_generics #markers + #lifetime),
            &generics,
        );
        for (member, sig, shape) in &shapes {
            let name = &sig.ident;
            let cfgs = &member.cfgs;
            let imp = cap::publish_fn(
                shape,
                &target,
                None,
                &quote!(<Self as #ident #type_generics>::#name),
                caps,
            );
            out.extend(quote!(#(#cfgs)* #imp));
        }
    }
    out
}
