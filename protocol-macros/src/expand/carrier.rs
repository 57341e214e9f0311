//! The signature carrier: a hidden `macro_rules!` named like the trait (macro namespace), that
//! hands the trait's definition to a callback. `#[conforms(some::path::P)]` invokes
//! `some::path::P! { … }`, so the protocol is found wherever its path resolves: other modules,
//! other crates, `use` renames and glob re-exports.
//!
//! Its grammar, what requests and definitions carry, is [`crate::wire`]'s.

use crate::model::{Decl, Protocol};
use crate::wire::{marker, DEFINITION, NO_IMPLICIT_PRELUDE, OPEN, REQUEST, RUNTIME_CHECKABLE};
use proc_macro2::TokenStream;
use quote::{format_ident, quote, ToTokens};
use syn::{ItemTrait, TraitItem, Visibility};

pub(crate) fn carrier(
    item: &ItemTrait,
    protocol: &Protocol,
    runtime_checkable: bool,
    open: bool,
    no_implicit_prelude: bool,
    salt: &str,
) -> TokenStream {
    let mut definition = definition(item);
    for (on, name) in [
        (runtime_checkable, RUNTIME_CHECKABLE),
        (open, OPEN),
        (no_implicit_prelude, NO_IMPLICIT_PRELUDE),
    ] {
        if on {
            let marker = marker(name);
            definition = quote!(#marker #definition);
        }
    }
    let ident = &item.ident;
    let hash = fnv1a(key(protocol, runtime_checkable || open, salt).as_bytes());
    let name = format_ident!("__protocol_{}_{:016x}", ident, hash);
    let request = format_ident!("{}", REQUEST);
    let def_tag = format_ident!("{}", DEFINITION);
    let mismatch = format!(
        "the protocol `{ident}` was declared with a version of `typing-protocol` that does not \
         understand this request; use one version of `typing-protocol` across the build"
    );
    let vis = &item.vis;
    let export = matches!(vis, Visibility::Public(_)).then(|| quote!(#[macro_export]));
    // `quote!` writes a bare `$` by having the compiler lex the text "$", which registers a
    // new source file each time: eight of them were a third of the carrier's cost. A
    // punctuation token is built here instead.
    let d = proc_macro2::Punct::new('$', proc_macro2::Spacing::Alone);
    quote! {
        #[doc(hidden)]
        #[allow(unused_macros, non_local_definitions, clippy::crate_in_macro_def)]
        #export
        macro_rules! #name {
            (@#request { #d(#d callback:tt)* } #d(#d payload:tt)*) => {
                #d(#d callback)*! { { #d(#d payload)* } { @#def_tag #definition } }
            };
            (#d(#d unknown:tt)*) => {
                ::core::compile_error! { #mismatch }
            };
        }
        #[doc(hidden)]
        #[allow(unused_imports)]
        #vis use #name as #ident;
    }
}

/// What names the carrier: the declaration's place (`salt`: identical traits declared by one
/// `macro_rules!` share it), the trait's name and its members' names. Not the definition's
/// text: printing it was a tenth of the attribute's run time.
fn key(protocol: &Protocol, runtime_checkable: bool, salt: &str) -> String {
    let mut key = format!("{salt}\n{}\n{runtime_checkable}", protocol.ident);
    for member in &protocol.members {
        key.push(' ');
        key.push_str(&member.ident.to_string());
        if let Decl::Fn(sig) = &member.decl {
            key.push(' ');
            key.push_str(&sig.inputs.len().to_string());
        }
    }
    key
}

/// The trait as the callbacks need it: no docs or other attributes (but `#[cfg]`), and empty
/// default bodies, which keeps the carrier small and free of `$` tokens.
fn definition(item: &ItemTrait) -> TokenStream {
    let mut def = item.clone();
    def.attrs.clear();
    for trait_item in &mut def.items {
        match trait_item {
            TraitItem::Fn(f) => {
                f.attrs.retain(is_kept);
                if let Some(body) = &mut f.default {
                    body.stmts.clear();
                }
            }
            TraitItem::Const(c) => {
                c.attrs.retain(is_kept);
                if let Some((_, expr)) = &mut c.default {
                    *expr = syn::parse_quote!(());
                }
            }
            TraitItem::Type(t) => t.attrs.retain(is_kept),
            _ => {}
        }
    }
    def.items
        .retain(|i| !matches!(i, TraitItem::Macro(_) | TraitItem::Verbatim(_)));
    def.into_token_stream()
}

fn is_kept(attr: &syn::Attribute) -> bool {
    attr.path().is_ident("cfg") || crate::parse::protocol::is_field_attr(attr)
}

/// FNV-1a: a stable hash (the same on every run and platform) for the carrier's name.
pub(crate) fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    })
}
