//! Forwarding impls: `impl<T: P + ?Sized> P for &T` and for `&mut T`, `Box<T>`, `Rc<T>`,
//! `Arc<T>`, so that `&duck`, `Box<dyn P>` and `Arc<Duck>` conform too. Written by
//! `#[protocol]` beside the trait, where every type in its signatures resolves.

use crate::check::forward::{is_pin_mut, left_to_default, obstacle, self_bounds};
use crate::errors::Errors;
use crate::expand::{call, generics};
use crate::model::signature::requires_sized;
use crate::model::{Decl, MemberKind, Pointer, Protocol, Receiver};
use crate::parse::args::ProtocolOptions;
use proc_macro2::{Span, TokenStream};
use quote::{quote, quote_spanned};
use syn::ItemTrait;

/// The forwarding impls the options ask for (or, without `forward(...)`, every kind that can
/// be written); an error for each kind asked for that a member prevents.
pub(crate) fn impls(
    item: &ItemTrait,
    protocol: &Protocol,
    options: &ProtocolOptions,
    used: &generics::UsedIdents,
    errors: &mut Errors,
) -> TokenStream {
    let pointers: Vec<Pointer> = match &options.forward {
        Some(asked) if is_intersection(item) => {
            for (_, tokens) in asked {
                errors.spanned(
                    tokens,
                    format_args!(
                        "protocol `{}` is an intersection: it is implemented for every type that \
                         implements its supertraits, pointers included, so it needs no forwarding impls",
                        protocol.ident
                    ),
                );
            }
            Vec::new()
        }
        Some(asked) => asked
            .iter()
            .filter(|(pointer, tokens)| {
                let blocked: Vec<String> = protocol
                    .members
                    .iter()
                    .filter(|m| !left_to_default(m))
                    .filter_map(|m| {
                        Some(format!(
                            "`{}`: {}",
                            m.signature(),
                            obstacle(m, *pointer, protocol)?
                        ))
                    })
                    .collect();
                for reason in &blocked {
                    errors.spanned(
                        tokens,
                        format_args!(
                            "`forward({})` is impossible for protocol `{}`: {reason}",
                            pointer.option_name(),
                            protocol.ident
                        ),
                    );
                }
                blocked.is_empty()
            })
            .map(|(pointer, _)| *pointer)
            .collect(),
        // Default: every kind that can be written, except for an intersection (its blanket
        // impl covers pointers already) and an `unsafe trait` (only its author may promise).
        None if is_intersection(item) || protocol.is_unsafe => Vec::new(),
        None => Pointer::ALL
            .into_iter()
            .filter(|p| {
                protocol
                    .members
                    .iter()
                    .filter(|m| !left_to_default(m))
                    .all(|m| obstacle(m, *p, protocol).is_none())
            })
            .collect(),
    };
    // `Pin<P>`, with the mutable pointers: when `forward(...)` is absent or lists `&mut`.
    let pin = options
        .forward
        .as_ref()
        .is_none_or(|asked| asked.iter().any(|(p, _)| *p == Pointer::RefMut))
        .then(|| crate::expand::forward_pin::pin_impl(item, protocol, used))
        .flatten();
    if pointers.is_empty() {
        return pin.unwrap_or_default();
    }
    let krate = crate::expand::krate(options.krate.as_ref());
    let shared = Shared::new(item, protocol, used);
    // The impls that need `alloc` go in one `if_alloc!` (and one `if_arc!`): one macro call
    // fewer for rustc to expand per pointer kind.
    let (mut plain, mut alloc, mut arc) = (Vec::new(), Vec::new(), Vec::new());
    for pointer in pointers {
        let imp = forwarding_impl(item, &shared, pointer, &krate, options.no_implicit_prelude);
        match pointer {
            Pointer::Ref | Pointer::RefMut => plain.push(imp),
            Pointer::Box | Pointer::Rc => alloc.push(imp),
            Pointer::Arc => arc.push(imp),
        }
    }
    if !alloc.is_empty() {
        plain.push(quote!(#krate::__private::if_alloc! { #(#alloc)* }));
    }
    if !arc.is_empty() {
        plain.push(quote!(#krate::__private::if_arc! { #(#arc)* }));
    }
    plain.extend(pin);
    plain.into_iter().collect()
}

fn is_intersection(item: &ItemTrait) -> bool {
    item.items.is_empty() && !item.supertraits.is_empty()
}

/// What every forwarding impl of one protocol shares: the names it introduces, the target's
/// bound, and the methods, whose bodies are the same for every pointer kind (`&**self`,
/// `&mut **self` or `*self`), so they are written once and the tokens copied.
struct Shared {
    trait_ref: TokenStream,
    target: syn::Ident,
    lifetime: syn::Lifetime,
    maybe_unsized: Option<TokenStream>,
    /// `T: Clone` for the methods' `where Self: Clone` bounds.
    target_bounds: Option<TokenStream>,
    methods: TokenStream,
}

impl Shared {
    fn new(item: &ItemTrait, protocol: &Protocol, used: &generics::UsedIdents) -> Shared {
        let ident = &item.ident;
        let (_, type_generics, _) = item.generics.split_for_impl();
        let trait_ref = quote!(#ident #type_generics);
        let target = used.fresh(&["T", "U", "V", "Pointee"], "__ProtocolT");
        let lifetime = used.fresh(&["a", "b", "c", "pointer"], "__protocol");
        let lifetime = syn::Lifetime::new(&format!("'{lifetime}"), Span::call_site());
        let forwarded: Vec<_> = protocol
            .members
            .iter()
            .filter(|m| !left_to_default(m))
            .filter_map(|m| match (&m.kind, &m.decl) {
                (MemberKind::Method(receiver), Decl::Fn(sig)) => Some((m, Some(*receiver), sig)),
                (MemberKind::AssociatedFn, Decl::Fn(sig)) => Some((m, None, sig)),
                _ => None,
            })
            .collect();
        // The target may be unsized (`Box<dyn P>`) unless a method moves it or needs it sized.
        // An associated type only `Self: Sized` has (`type Scratch where Self: Sized;`) is
        // projected from a sized pointee too.
        let sized = forwarded.iter().any(|(_, receiver, sig)| {
            *receiver == Some(Receiver::Value) || requires_sized(sig)
        }) || item.items.iter().any(|i| {
            matches!(i, syn::TraitItem::Type(t) if crate::model::signature::type_requires_sized(t))
        });
        let maybe_unsized = (!sized).then(|| quote!(+ ?::core::marker::Sized));
        // `where Self: Clone` on a method: the forwarded call needs it of the pointee.
        let mut bounds: Vec<syn::TypeParamBound> = Vec::new();
        let mut seen: Vec<String> = Vec::new();
        // `Pin::new` on the pointee of a `&mut T` or `Box<T>`, for a `self: Pin<&mut Self>`
        // method.
        if forwarded.iter().any(|(_, _, sig)| is_pin_mut(sig)) {
            seen.push("Unpin".to_owned());
            bounds.push(syn::parse_quote!(::core::marker::Unpin));
        }
        for (_, _, sig) in &forwarded {
            for bound in self_bounds(sig) {
                let text = quote::ToTokens::to_token_stream(&bound).to_string();
                if !seen.contains(&text) {
                    seen.push(text);
                    bounds.push(bound);
                }
            }
        }
        let mut methods: TokenStream = forwarded
            .iter()
            .map(|(member, receiver, sig)| {
                let span = member.ident.span();
                let delegation = call::prepare(sig, span);
                let name = &sig.ident;
                let turbofish = &delegation.turbofish;
                let args = &delegation.args;
                let this = delegation.receiver.map(|token| match receiver {
                    Some(Receiver::RefMut) => quote_spanned!(span=> &mut **#token),
                    Some(Receiver::Value) => quote_spanned!(span=> *#token),
                    // `&mut T` and `Box<T>` are `Unpin`; `T: Unpin` is in the header.
                    Some(Receiver::Typed) if is_pin_mut(sig) => quote_spanned!(span=>
                        ::core::pin::Pin::new(&mut **::core::pin::Pin::get_mut(#token))),
                    _ => quote_spanned!(span=> &**#token),
                });
                let this = this.iter();
                let call = quote_spanned!(span=> <#target as #trait_ref>::#name #turbofish (#(#this,)* #(#args),*));
                delegation.method(call, &member.cfgs, span)
            })
            .collect();
        // Associated types and consts: the pointee's.
        for trait_item in &item.items {
            match trait_item {
                syn::TraitItem::Type(t) => {
                    let cfgs = crate::parse::protocol::cfg_attrs(&t.attrs);
                    let name = &t.ident;
                    let (params, args, _) = t.generics.split_for_impl();
                    let where_clause = &t.generics.where_clause;
                    methods.extend(quote! {
                        #(#cfgs)*
                        type #name #params = <#target as #trait_ref>::#name #args #where_clause;
                    });
                }
                syn::TraitItem::Const(c) => {
                    let cfgs = crate::parse::protocol::cfg_attrs(&c.attrs);
                    let (name, ty) = (&c.ident, &c.ty);
                    methods.extend(quote! {
                        #(#cfgs)*
                        const #name: #ty = <#target as #trait_ref>::#name;
                    });
                }
                _ => {}
            }
        }
        let target_bounds = (!bounds.is_empty()).then(|| quote!(#target: #(#bounds)+*));
        Shared {
            trait_ref,
            target,
            lifetime,
            maybe_unsized,
            target_bounds,
            methods,
        }
    }
}

fn forwarding_impl(
    item: &ItemTrait,
    shared: &Shared,
    pointer: Pointer,
    krate: &TokenStream,
    no_implicit_prelude: bool,
) -> TokenStream {
    let Shared {
        trait_ref,
        target,
        lifetime,
        maybe_unsized,
        target_bounds,
        methods,
    } = shared;
    let (pointer_type, uses_lifetime) = match pointer {
        Pointer::Ref => (quote!(&#lifetime #target), true),
        Pointer::RefMut => (quote!(&#lifetime mut #target), true),
        Pointer::Box => (quote!(#krate::__private::Box<#target>), false),
        Pointer::Rc => (quote!(#krate::__private::Rc<#target>), false),
        Pointer::Arc => (quote!(#krate::__private::Arc<#target>), false),
    };
    let params = generics::impl_params(
        &item.generics,
        uses_lifetime.then_some(lifetime),
        &quote!(#target: #trait_ref #maybe_unsized),
    );
    let supertraits = &item.supertraits;
    let extra: Vec<TokenStream> = (!supertraits.is_empty())
        .then(|| quote!(Self: #supertraits))
        .into_iter()
        .chain(target_bounds.clone())
        .chain(generics::sized_by_value(item))
        .collect();
    let where_clause = generics::where_clause(
        &item.generics,
        (!extra.is_empty()).then(|| quote!(#(#extra),*)),
    );
    let unsafety = item.unsafety;
    // Passing a `#[deprecated]` member on is not a use of it. Not recommended: a type that
    // does not conform is reported as it is, without "the following other types implement
    // trait: `&'a T`, `Box<T>` …" (no tool attribute resolves without the prelude).
    let not_recommended = (!no_implicit_prelude).then(|| quote!(#[diagnostic::do_not_recommend]));
    let allow_repeated = crate::expand::allow_repeated();
    quote! {
        #[automatically_derived]
        #allow_repeated
        #not_recommended
        #unsafety impl #params #trait_ref for #pointer_type #where_clause {
            #methods
        }
    }
}
