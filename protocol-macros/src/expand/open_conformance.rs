//! `#[conforms(P)]` and `conform!` with an open protocol `P`: the blanket impl already
//! implements `P` for every type that publishes its members, so a conformance publishes
//! them (the same methods a trait impl would hold, each as a capability impl) instead of
//! writing `impl P`, and asserts that the type then conforms.

use crate::expand::capability::{self as cap, Target};
use crate::model::capability::shape;
use crate::model::Protocol;
use proc_macro2::{Span, TokenStream};
use quote::{quote, quote_spanned, ToTokens};
use syn::ext::IdentExt;
use syn::{FnArg, Generics, Type};

/// The conformance: `impl<generics> trait_path for self_ty`, written at `span` (the
/// protocol's path in the attribute).
pub(crate) struct Conformance<'a> {
    pub(crate) generics: &'a Generics,
    pub(crate) self_ty: &'a Type,
    pub(crate) trait_path: TokenStream,
    pub(crate) span: Span,
}

/// The methods a trait impl of `P` would hold (`items`, each with its `#[cfg]`s), published
/// as capabilities of `self_ty`; with `assert`, also the assertion `self_ty: trait_path`,
/// which reports a member published with another signature than `P` declares (an adapter
/// needs none: its function pointers check each signature).
pub(crate) fn publish(
    protocol: &Protocol,
    items: Vec<TokenStream>,
    conformance: &Conformance,
    assert: bool,
    krate: &TokenStream,
) -> TokenStream {
    let caps = cap::Caps::new(krate.clone());
    let Conformance {
        generics,
        self_ty,
        trait_path,
        span,
    } = conformance;
    let span = *span;
    let target = Target::new(quote!(#self_ty), generics);
    let mut out = TokenStream::new();
    for item in items {
        let method = match syn::parse2::<syn::ImplItem>(item) {
            Ok(syn::ImplItem::Fn(method)) => method,
            Ok(syn::ImplItem::Const(c)) => {
                let cfgs = crate::parse::protocol::cfg_attrs(&c.attrs);
                let key = crate::model::capability::key(&c.ident.unraw().to_string());
                let value = &c.expr;
                let imp = cap::publish_const(key, &c.ty, &target, &quote!(#value), &caps);
                out.extend(quote!(#(#cfgs)* #imp));
                continue;
            }
            // An associated type: decided by the published returns.
            _ => continue,
        };
        let Some(member) = protocol.member(&method.sig.ident.unraw().to_string()) else {
            continue;
        };
        let name = member.field.as_ref().map_or_else(
            || member.ident.unraw().to_string(),
            |f| f.name.unraw().to_string(),
        );
        let Ok(shape) = shape(&method.sig, &name) else {
            continue; // reported where the protocol is declared
        };
        let names: Vec<TokenStream> = method
            .sig
            .inputs
            .iter()
            .filter_map(|input| match input {
                FnArg::Typed(typed) => Some(typed.pat.to_token_stream()),
                FnArg::Receiver(_) => None,
            })
            .collect();
        let body = &method.block;
        let cfgs = crate::parse::protocol::cfg_attrs(&method.attrs);
        let this = method
            .sig
            .receiver()
            .map_or_else(<syn::Token![self]>::default, |r| r.self_token);
        let imp = cap::publish_body(
            &shape,
            &target,
            method.sig.generics.where_clause.as_ref(),
            (this, &names),
            &quote!(#body),
            &caps,
        );
        out.extend(quote!(#(#cfgs)* #imp));
    }
    // A path through the trait needs `self_ty: P` and names no generated item, so rustc's
    // error is the protocol's own "does not conform" with nothing else.
    let (impl_generics, _, where_clause) = generics.split_for_impl();
    let assertion = protocol
        .members
        .iter()
        .filter(|_| assert)
        .find(|m| m.cfgs.is_empty())
        .map(|member| {
            let ident = &member.ident;
            let value = match member.kind {
                crate::model::MemberKind::Type => None,
                _ => Some(quote_spanned!(span=> let _ = <#self_ty as #trait_path>::#ident;)),
            };
            quote_spanned! {span=>
                #[allow(dead_code, clippy::extra_unused_type_parameters)]
                fn __protocol_conforms #impl_generics () #where_clause {
                    #value
                }
            }
        });
    quote! {
        #[allow(deprecated, clippy::needless_lifetimes, clippy::elidable_lifetime_names, clippy::extra_unused_lifetimes, clippy::unused_unit)]
        const _: () = {
            use #krate::__private::cap as __protocol_cap;
            #out
            #assertion
        };
    }
}

/// Whether `ty` is a std type (a primitive, a slice, or a path through `std`, `core` or
/// `alloc`, or one of the std collections and pointers written with its arguments), as a
/// phrase for the message: no crate but std's can publish its members.
pub(crate) fn std_type(ty: &Type) -> Option<&'static str> {
    const PRIMITIVES: &[&str] = &[
        "str", "bool", "char", "u8", "u16", "u32", "u64", "u128", "usize", "i8", "i16", "i32",
        "i64", "i128", "isize", "f32", "f64",
    ];
    const GENERIC: &[&str] = &[
        "Vec",
        "VecDeque",
        "LinkedList",
        "BinaryHeap",
        "HashMap",
        "HashSet",
        "BTreeMap",
        "BTreeSet",
        "Box",
        "Rc",
        "Arc",
        "Option",
        "Result",
        "Cow",
    ];
    match ty {
        Type::Slice(_) | Type::Array(_) | Type::Tuple(_) => Some("a std type"),
        Type::Path(p) if p.qself.is_none() => {
            let first = p.path.segments.first()?.ident.to_string();
            let last = p.path.segments.last()?;
            let name = last.ident.to_string();
            if matches!(first.as_str(), "std" | "core" | "alloc") && p.path.segments.len() > 1 {
                Some("a std type")
            } else if p.path.segments.len() == 1 && PRIMITIVES.contains(&name.as_str()) {
                Some("a primitive type")
            } else if p.path.segments.len() == 1
                && !last.arguments.is_none()
                && GENERIC.contains(&name.as_str())
            {
                Some("a std type")
            } else {
                None
            }
        }
        _ => None,
    }
}
