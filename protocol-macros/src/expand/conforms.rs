//! `#[conforms(P, …)]`, first step: re-emit the user's item at once (so the crate and the
//! editor keep working whatever happens next), and ask each protocol's signature carrier to
//! call back with the protocol's definition: [`conformance`](super::conformance) for an
//! inherent impl block, [`adapter`](super::adapter) for a struct, enum or union.

use crate::errors::Errors;
use crate::expand::{krate as krate_path, protocol::item_head};
use crate::parse;
use crate::parse::args::ConformsArgs;
use crate::wire::Delegate;
use proc_macro2::TokenStream;
use quote::quote;
use syn::{ImplItem, Item, ItemImpl, Path, PathArguments};

pub(crate) fn expand(args: TokenStream, input: TokenStream) -> TokenStream {
    let mut errors = Errors::new();
    let args = parse::args::conforms_args(args, &mut errors);
    // The common case, an inherent impl block, without parsing the methods' bodies; the
    // user's tokens are re-emitted as they came.
    if let Some(imp) = parse::lazy_impl::parse(input.clone()) {
        if !imp.items.iter().any(|i| matches!(i, ImplItem::Type(_))) {
            let requests = impl_block(imp, &args, &mut errors);
            let errors = errors.into_tokens();
            return quote!(#input #requests #errors);
        }
    }
    let item = match crate::errors::parse_user(<Item as syn::parse::Parse>::parse, input.clone()) {
        Ok(item) => item,
        Err(error) => {
            errors.push(error);
            let mut output = input;
            output.extend(errors.into_tokens());
            return output;
        }
    };
    let output = match item {
        Item::Impl(imp) if imp.trait_.is_none() => {
            let requests = impl_block(imp.clone(), &args, &mut errors);
            let kept = without_types(imp);
            quote!(#kept #requests)
        }
        Item::Impl(imp) => {
            if let Some((trait_path, _)) = &imp.trait_ {
                errors.spanned(
                    trait_path,
                    "#[conforms] goes on an inherent `impl` block (`impl Duck { … }`); this \
                     block implements the trait itself, so #[conforms] has nothing to add: remove it",
                );
            }
            quote!(#imp)
        }
        Item::Struct(_) | Item::Enum(_) | Item::Union(_) => {
            let requests = type_definition(&item, &args, &mut errors);
            quote!(#item #requests)
        }
        other => {
            errors.spanned(
                item_head(&other),
                "#[conforms] goes on an inherent `impl` block (`#[conforms(EatsBread)] impl Duck { … }`), \
                 or on a struct, enum or union (`#[conforms(EatsBread)] struct Duck { … }`), whose \
                 inherent methods then serve",
            );
            quote!(#other)
        }
    };
    let errors = errors.into_tokens();
    quote!(#output #errors)
}

/// The block without its associated types (an error each, in [`impl_block`]), which an
/// inherent block cannot hold.
fn without_types(mut imp: ItemImpl) -> ItemImpl {
    imp.items.retain(|item| !matches!(item, ImplItem::Type(_)));
    imp
}

/// The carrier requests for an inherent impl block (the block itself is emitted by the
/// caller).
fn impl_block(mut imp: ItemImpl, args: &ConformsArgs, errors: &mut Errors) -> TokenStream {
    imp.items.retain(|item| match item {
        ImplItem::Type(t) => {
            errors.spanned(
                t,
                format_args!(
                    "associated types go in the attribute, `#[conforms(Protocol<{} = …>)]`, or \
                     are inferred from the methods' signatures; an inherent `impl` block cannot hold them",
                    t.ident
                ),
            );
            false
        }
        _ => true,
    });
    for (keyword, _) in args.vias.iter().flatten() {
        errors.spanned(
            keyword,
            "`via` delegates from the type's definition: write `#[conforms(P via field)]` on \
             the struct, or `#[conforms(P via variants)]` on the enum",
        );
    }
    let krate = krate_path(args.krate.as_ref());
    let cfgs = parse::protocol::cfg_attrs(&imp.attrs);
    let mut skeleton = skeleton(imp);
    // With several protocols, no callback knows the others' members: a "did you mean" for a
    // name one of them declares would be false, so none is given (the missing-member error
    // still shows each signature).
    if args.protocols.len() > 1 {
        let marker = crate::wire::marker(crate::wire::SEVERAL);
        skeleton = quote!(#marker #skeleton);
    }
    let requests = args.protocols.iter().map(|path| {
        let carrier = without_arguments(path);
        let request = crate::wire::conforms_request(&carrier, &krate, path, &skeleton);
        quote!(#(#cfgs)* #request)
    });
    quote!(#(#requests)*)
}

/// `#[conforms(P, …)]` on a struct, enum or union: one adapter request per protocol (SPEC
/// 2b), answered by [`adapter`](super::adapter).
fn type_definition(item: &Item, args: &ConformsArgs, errors: &mut Errors) -> TokenStream {
    let (ident, generics, fields) = match item {
        Item::Struct(s) => {
            let fields: Vec<&syn::Ident> =
                s.fields.iter().filter_map(|f| f.ident.as_ref()).collect();
            (&s.ident, &s.generics, fields)
        }
        Item::Enum(e) => (&e.ident, &e.generics, Vec::new()),
        Item::Union(u) => (&u.ident, &u.generics, Vec::new()),
        _ => return TokenStream::new(),
    };
    // The outlives bounds rustc infers for the type (`T: 'a` of `items: &'a [T]`), written
    // out: the adapter's hidden items name the type where nothing implies them.
    let mut generics = generics.clone();
    let outlives = parse::outlives::inferred(item, &generics);
    if !outlives.is_empty() {
        generics.make_where_clause().predicates.extend(outlives);
    }
    let (impl_generics, type_generics, where_clause) = generics.split_for_impl();
    let self_ty = quote!(#ident #type_generics);
    // The option travels on the skeleton, which the adapter callback parses as an impl.
    let bare = args
        .no_implicit_prelude
        .then(|| quote!(#[no_implicit_prelude]));
    let skeleton =
        quote!(#bare impl #impl_generics __ProtocolAdapter for #self_ty #where_clause {});
    // A struct with a field could delegate to it: the adapter's messages then say how.
    let first_field = match item {
        Item::Struct(s) => s.fields.iter().next().map(|f| {
            f.ident.clone().map_or_else(
                || syn::Member::Unnamed(syn::Index::from(0)),
                syn::Member::Named,
            )
        }),
        _ => None,
    };
    let mut requests = TokenStream::new();
    for (path, via) in args.protocols.iter().zip(&args.vias) {
        let via = match via {
            Some((_, member)) => match crate::model::via::Via::from_item(item, member) {
                Ok(via) => Some(via),
                Err(error) => {
                    errors.push(error);
                    continue;
                }
            },
            None => None,
        };
        requests.extend(adapter_requests(
            std::slice::from_ref(path),
            args.krate.as_ref(),
            &self_ty,
            None,
            &fields,
            match (&via, &first_field) {
                (Some(via), _) => Delegate::Via(via),
                (None, Some(field)) => Delegate::Could(field),
                (None, None) => Delegate::None,
            },
            &skeleton,
        ));
    }
    requests
}

/// One carrier request per protocol for an adapter.
pub(crate) fn adapter_requests(
    protocols: &[Path],
    krate: Option<&Path>,
    target: &TokenStream,
    field_index: Option<&syn::Index>,
    fields: &[&syn::Ident],
    delegate: Delegate,
    skeleton: &TokenStream,
) -> TokenStream {
    let krate = krate_path(krate);
    protocols
        .iter()
        .map(|path| {
            let carrier = without_arguments(path);
            crate::wire::adapter_request(
                &carrier,
                &krate,
                path,
                target,
                field_index,
                fields,
                delegate,
                skeleton,
            )
        })
        .collect()
}

/// The impl block as the callback needs it: signatures and consts' types, no bodies.
fn skeleton(mut skeleton: ItemImpl) -> TokenStream {
    skeleton.attrs.clear();
    skeleton.items.retain_mut(|item| match item {
        ImplItem::Fn(f) => {
            let inherent = f.attrs.iter().any(is_inherent_attr).then(|| {
                let marker = crate::wire::marker(crate::wire::INHERENT);
                syn::parse_quote!(#marker)
            });
            f.attrs = parse::protocol::cfg_attrs(&f.attrs);
            f.attrs.extend(inherent);
            f.block.stmts.clear();
            true
        }
        ImplItem::Const(c) => {
            c.attrs = parse::protocol::cfg_attrs(&c.attrs);
            c.expr = syn::parse_quote!(());
            true
        }
        _ => false,
    });
    quote!(#skeleton)
}

/// `#[protocol::inherent]` (or `#[inherent]` imported).
fn is_inherent_attr(attr: &syn::Attribute) -> bool {
    attr.path()
        .segments
        .last()
        .is_some_and(|s| s.ident == "inherent")
}

/// `a::Source<u32>` → `a::Source`: the carrier's macro path.
pub(crate) fn without_arguments(path: &Path) -> Path {
    let mut path = path.clone();
    for segment in &mut path.segments {
        segment.arguments = PathArguments::None;
    }
    path
}
