//! Intersections: a protocol with no items of its own, only supertraits
//! (`trait Pet: Named + Feeds {}`), is implemented for every type that implements all of them,
//! so it *is* `Named & Feeds`, usable as `impl Pet` and `dyn Pet`.

use crate::expand::generics;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use syn::{ItemTrait, TypeParamBound};

/// The blanket impl, or nothing when the trait is not an intersection.
pub(crate) fn blanket(item: &ItemTrait) -> TokenStream {
    if !item.items.is_empty() || item.supertraits.is_empty() || item.unsafety.is_some() {
        return TokenStream::new();
    }
    let ident = &item.ident;
    let this = format_ident!("__ProtocolSelf");
    let supertraits = item.supertraits.iter();
    let sized = item.supertraits.iter().any(|bound| {
        matches!(bound, TypeParamBound::Trait(t) if crate::model::signature::is_sized(&t.path) && t.maybe.is_none())
    });
    let unsized_ok = (!sized).then(|| quote!(?::core::marker::Sized+));
    let params = generics::impl_params(
        &item.generics,
        None,
        &quote!(#this: #unsized_ok #(#supertraits)+*),
    );
    let (_, type_generics, _) = item.generics.split_for_impl();
    let where_clause = generics::where_clause(&item.generics, None);
    quote! {
        #[automatically_derived]
        impl #params #ident #type_generics for #this #where_clause {}
    }
}
