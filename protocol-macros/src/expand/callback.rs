//! Callback protocols (PEP 544's `__call__`): `#[protocol(callback)]` on a trait with one
//! required method makes every closure and `fn` with that method's signature conform,
//! through `Fn` (`&self`), `FnMut` (`&mut self`) or `FnOnce` (`self`).
//!
//! Coherence: the blanket impl covers `&F`, `&mut F`, `Box<F>` … of closures already (they
//! are closures too), and forwarding impls would overlap with it, so a callback protocol
//! has none. Named types still conform through `#[conforms]`: `Fn` is a fundamental trait,
//! so rustc knows a local struct is not a closure.

use crate::errors::Errors;
use crate::expand::{call, generics};
use crate::model::signature::names_self_outside_receiver;
use crate::model::signature::requires_sized;
use crate::model::{Decl, MemberKind, Protocol, Receiver};
use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};
use syn::{FnArg, GenericParam, ItemTrait, ReturnType, Signature};

/// The blanket impl over closures; errors when the trait cannot be a callback protocol.
pub(crate) fn blanket(
    item: &ItemTrait,
    protocol: &Protocol,
    option: &TokenStream,
    forward: Option<&TokenStream>,
    errors: &mut Errors,
) -> TokenStream {
    let name = &protocol.ident;
    let mut ok = true;
    if let Some(forward) = forward {
        errors.spanned(
            forward,
            format_args!(
                "a `callback` protocol has no forwarding impls: every closure conforms to `{name}`, \
                 `&F` and `Box<F>` of closures included, and forwarding impls would overlap with that"
            ),
        );
        ok = false;
    }
    let required: Vec<_> = protocol.required().collect();
    let method = match required.as_slice() {
        [only] => match (&only.kind, &only.decl) {
            (MemberKind::Method(receiver), Decl::Fn(sig)) => Some((*receiver, sig)),
            _ => None,
        },
        _ => None,
    };
    let Some((receiver, sig)) = method else {
        let listed: Vec<String> = required
            .iter()
            .map(|m| format!("`{}`", m.signature()))
            .collect();
        let found = if listed.is_empty() {
            "none".to_owned()
        } else {
            listed.join(", ")
        };
        errors.spanned(
            option,
            format_args!(
                "a `callback` protocol has exactly one required member, a method taking `&self`, \
                 `&mut self` or `self` (the call); `{name}` requires {found}"
            ),
        );
        return TokenStream::new();
    };
    ok &= check_signature(sig, receiver, errors);
    if !ok {
        return TokenStream::new();
    }
    generate(item, receiver, sig)
}

fn check_signature(sig: &Signature, receiver: Receiver, errors: &mut Errors) -> bool {
    let mut ok = true;
    let mut fail = |tokens: &dyn quote::ToTokens, message: &str| {
        errors.spanned(quote!(#tokens), message);
        ok = false;
    };
    if sig
        .generics
        .params
        .iter()
        .any(|p| !matches!(p, GenericParam::Lifetime(_)))
    {
        fail(
            &sig.generics,
            "a callback's method cannot have type or const parameters: a closure is not generic",
        );
    }
    if let Some(asyncness) = &sig.asyncness {
        fail(asyncness, "a callback's method cannot be `async`: declare it returning a future (`-> impl Future<Output = T>`) instead");
    }
    if receiver == Receiver::Typed {
        fail(&sig.inputs, "a callback's method takes `&self`, `&mut self` or `self`: a closure is called through one of them");
    }
    if names_self_outside_receiver(sig) {
        fail(sig, "a callback's method cannot name `Self` outside its receiver: for a closure, `Self` is the closure's own unnameable type");
    }
    ok
}

fn generate(item: &ItemTrait, receiver: Receiver, sig: &Signature) -> TokenStream {
    let ident = &item.ident;
    let (_, type_generics, _) = item.generics.split_for_impl();
    let closure = generics::fresh_ident(item, &["F", "G", "Callback"], "__ProtocolF");
    // The trait's lifetime, type and const parameters are the impl's: `Handler<T>` is
    // implemented for every closure taking `&T`, for every `T`.
    let params = generics::impl_params(&item.generics, None, &quote!(#closure));
    let fn_trait = match receiver {
        Receiver::Ref => quote!(::core::ops::Fn),
        Receiver::RefMut => quote!(::core::ops::FnMut),
        _ => quote!(::core::ops::FnOnce),
    };
    let arg_types = sig.inputs.iter().filter_map(|input| match input {
        FnArg::Typed(t) => Some(&t.ty),
        FnArg::Receiver(_) => None,
    });
    let output = match &sig.output {
        ReturnType::Default => quote!(),
        ReturnType::Type(arrow, ty) => quote!(#arrow #ty),
    };
    // The method's own lifetimes become the bound's `for<...>`.
    let method_lifetimes: Vec<_> = sig.generics.lifetimes().map(|l| &l.lifetime).collect();
    let binder = (!method_lifetimes.is_empty()).then(|| quote!(for<#(#method_lifetimes),*>));
    let supertraits = &item.supertraits;
    let super_bound = (!supertraits.is_empty()).then(|| quote!(#closure: #supertraits,));
    let trait_where = item
        .generics
        .where_clause
        .iter()
        .flat_map(|w| &w.predicates);
    let sized = (receiver != Receiver::Value && !requires_sized(sig))
        .then(|| quote!(?::core::marker::Sized+));
    let span = sig.ident.span();
    let delegation = call::prepare(sig, span);
    let args = &delegation.args;
    let this = delegation.receiver.iter();
    let call = quote_spanned!(span=> (#(#this)*)(#(#args),*));
    let method = delegation.method(call, &[], span);
    quote! {
        #[automatically_derived]
        impl #params #ident #type_generics for #closure
        where
            #closure: #sized #binder #fn_trait(#(#arg_types),*) #output,
            #super_bound
            #(#trait_where,)*
        {
            #method
        }
    }
}
