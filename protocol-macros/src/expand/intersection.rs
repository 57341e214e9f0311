//! Intersections: a protocol with no items of its own, only supertraits
//! (`trait Pet: Named + Feeds {}`), is implemented for every type that implements all of them,
//! so it *is* `Named & Feeds`, usable as `impl Pet` and `dyn Pet`.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use syn::{GenericParam, ItemTrait, TypeParamBound};

/// The blanket impl, or nothing when the trait is not an intersection.
pub(crate) fn blanket(item: &ItemTrait) -> TokenStream {
    if !item.items.is_empty() || item.supertraits.is_empty() || item.unsafety.is_some() {
        return TokenStream::new();
    }
    let ident = &item.ident;
    let this = format_ident!("__ProtocolSelf");
    let supertraits = item.supertraits.iter();
    let sized = item.supertraits.iter().any(|bound| {
        matches!(bound, TypeParamBound::Trait(t) if t.path.is_ident("Sized") && matches!(t.modifier, syn::TraitBoundModifier::None))
    });
    let unsized_ok = (!sized).then(|| quote!(?::core::marker::Sized+));
    // Impl parameters: the trait's lifetimes, then the implementing type, then the trait's
    // type and const parameters without their defaults (not allowed on impls).
    let lifetimes = item.generics.lifetimes();
    let others = item.generics.params.iter().filter_map(|p| match p {
        GenericParam::Type(t) => {
            let mut t = t.clone();
            t.eq_token = None;
            t.default = None;
            Some(quote!(#t))
        }
        GenericParam::Const(c) => {
            let mut c = c.clone();
            c.eq_token = None;
            c.default = None;
            Some(quote!(#c))
        }
        GenericParam::Lifetime(_) => None,
    });
    let all_params = quote!(#(#lifetimes,)* #this: #unsized_ok #(#supertraits)+* #(, #others)*);
    let (_, type_generics, where_clause) = item.generics.split_for_impl();
    quote! {
        #[automatically_derived]
        impl<#all_params> #ident #type_generics for #this #where_clause {}
    }
}
