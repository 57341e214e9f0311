//! Properties of delegation (`#[conforms(P via field)]`, `#[conforms(P via variants)]`).
//!
//! 1. On a struct or enum of any shape, `via` names a field (or the variants) that exists:
//!    the item comes out unchanged, followed by one request per protocol whose delegate
//!    group names exactly that field and its type (or every variant, its field and type);
//!    naming one that does not exist, or `via variants` on a variant that does not hold
//!    exactly one value, is one error inside the input, and the item still comes out.
//! 2. The callback, for any generated protocol without generic associated types and a
//!    delegate field: the trait impl names every member of the protocol (methods, consts,
//!    types), each const and type goes to the field's, and the impl is bounded by the
//!    field's conformance; no error.

use super::gen::{self, Profile};
use super::properties::{config, expand_checked, fail, parse_file, Entry, Source};
use proc_macro2::{TokenStream, TokenTree};
use proptest::prelude::*;
use quote::{quote, ToTokens};

const FIELD_NAMES: &[&str] = &["duck", "inner", "r#type", "paint", "x"];
const FIELD_TYPES: &[&str] = &[
    "Duck",
    "Vec<u8>",
    "&'static str",
    "Box<dyn Any>",
    "(u8, char)",
];

/// A struct or enum, and what `via` names on it.
#[derive(Clone, Debug)]
enum Target {
    /// Named fields (or a tuple struct when `tuple`); `via` names field `at` (out of range:
    /// a field that does not exist).
    Struct {
        tuple: bool,
        fields: Vec<(&'static str, &'static str)>,
        at: usize,
    },
    /// Variants holding `values` values each; `via variants`.
    Enum {
        variants: Vec<(usize, &'static str)>,
    },
}

fn target() -> impl Strategy<Value = Target> {
    let field = (
        prop::sample::select(FIELD_NAMES),
        prop::sample::select(FIELD_TYPES),
    );
    let strukt = (any::<bool>(), prop::collection::vec(field, 1..4), 0..5usize).prop_map(
        |(tuple, mut fields, at)| {
            // Distinct names.
            let mut seen = Vec::new();
            fields.retain(|(name, _)| {
                let fresh = !seen.contains(name);
                seen.push(*name);
                fresh
            });
            Target::Struct { tuple, fields, at }
        },
    );
    let variant = (
        prop::sample::select(&[1usize, 1, 1, 0, 2][..]),
        prop::sample::select(FIELD_TYPES),
    );
    let enumeration =
        prop::collection::vec(variant, 1..4).prop_map(|variants| Target::Enum { variants });
    prop_oneof![strukt, enumeration]
}

impl Target {
    fn render(&self) -> String {
        match self {
            Target::Struct {
                tuple: true,
                fields,
                ..
            } => {
                let types: Vec<&str> = fields.iter().map(|(_, ty)| *ty).collect();
                format!("pub struct Wrapper({});", types.join(", "))
            }
            Target::Struct { fields, .. } => {
                let fields: Vec<String> = fields.iter().map(|(n, t)| format!("{n}: {t}")).collect();
                format!("pub struct Wrapper {{ {} }}", fields.join(", "))
            }
            Target::Enum { variants } => {
                let variants: Vec<String> = variants
                    .iter()
                    .enumerate()
                    .map(|(i, (values, ty))| match values {
                        0 => format!("V{i}"),
                        1 => format!("V{i}({ty})"),
                        _ => format!("V{i}({ty}, {ty})"),
                    })
                    .collect();
                format!("pub enum Wrapper {{ {} }}", variants.join(", "))
            }
        }
    }

    /// What follows `via`.
    fn via(&self) -> String {
        match self {
            Target::Struct {
                tuple: true, at, ..
            } => at.to_string(),
            Target::Struct { fields, at, .. } => fields
                .get(*at)
                .map_or_else(|| "missing".to_owned(), |(name, _)| (*name).to_owned()),
            Target::Enum { .. } => "variants".to_owned(),
        }
    }

    /// The delegate group a valid target's request carries, as token texts; `None` when the
    /// target is invalid.
    fn expected_group(&self) -> Option<Vec<String>> {
        match self {
            Target::Struct { fields, at, .. } => {
                let (_, ty) = fields.get(*at)?;
                Some(texts(&format!("field {} : {ty}", self.via())))
            }
            Target::Enum { variants } => {
                if variants.iter().any(|(values, _)| *values != 1) {
                    return None;
                }
                let entries: Vec<String> = variants
                    .iter()
                    .enumerate()
                    .map(|(i, (_, ty))| format!("V{i} 0 : {ty} ;"))
                    .collect();
                Some(texts(&format!("variants variants {}", entries.join(" "))))
            }
        }
    }
}

fn texts(text: &str) -> Vec<String> {
    fn flatten(tokens: TokenStream, out: &mut Vec<String>) {
        for tree in tokens {
            match tree {
                TokenTree::Group(g) => {
                    out.push(format!("{:?}", g.delimiter()));
                    flatten(g.stream(), out);
                }
                other => out.push(other.to_string()),
            }
        }
    }
    let mut out = Vec::new();
    flatten(text.parse().expect("lexes"), &mut out);
    out
}

fn tree_texts(tokens: &TokenStream) -> Vec<String> {
    texts(&tokens.to_string())
}

proptest! {
    #![proptest_config(config(256))]

    /// Property 1.
    #[test]
    fn via_names_a_field_or_the_variants(target in target(), protocols in 1..3usize) {
        let names = ["EatsBread", "a::Swims"];
        let args_text: Vec<String> = names[..protocols]
            .iter()
            .map(|p| format!("{p} via {}", target.via()))
            .collect();
        let args_text = args_text.join(", ");
        let args = Source::parse(&args_text).ok_or_else(|| fail("does not lex"))?;
        let item_text = target.render();
        let item = Source::parse(&item_text).ok_or_else(|| fail("does not lex"))?;
        let expansion = expand_checked(Entry::Conforms, &args.tokens, &item.tokens, &[&args, &item])?;
        let file = parse_file(&expansion.output)?;
        let context = || format!("#[conforms({args_text})] {item_text}\n{}", expansion.output);
        prop_assert_eq!(
            tree_texts(&file.items[0].to_token_stream()),
            tree_texts(&item.tokens),
            "the item first, unchanged: {}", context()
        );
        if let Some(group) = target.expected_group() {
            prop_assert!(expansion.errors.is_empty(), "{}", context());
            prop_assert_eq!(file.items.len(), 1 + protocols, "{}", context());
            for request in &file.items[1..] {
                let syn::Item::Macro(request) = request else {
                    return Err(fail(format!("not a request: {}", context())));
                };
                let groups: Vec<TokenStream> = request.mac.tokens.clone().into_iter()
                    .filter_map(|t| match t {
                        TokenTree::Group(g) => Some(g.stream()),
                        _ => None,
                    })
                    .collect();
                // `{ callback } { krate } { path } { target } { index } { fields } { via }`
                let via = groups.get(6).ok_or_else(|| fail(context()))?;
                prop_assert_eq!(tree_texts(via), group.clone(), "{}", context());
            }
        } else {
            prop_assert_eq!(expansion.errors.len(), protocols, "one error per protocol: {}", context());
            let requests = file.items[1..].iter().filter(|i| matches!(i,
                syn::Item::Macro(m) if !m.mac.path.to_token_stream().to_string().ends_with("compile_error")));
            prop_assert_eq!(requests.count(), 0, "{}", context());
        }
    }
}

/// A protocol of every member kind but generic associated types.
const NO_GATS: Profile = Profile {
    unsafe_trait: false,
    gats: false,
    raw_names: true,
};

proptest! {
    #![proptest_config(config(128))]

    /// Property 2.
    #[test]
    fn a_delegating_impl_names_every_member(def in gen::trait_def(NO_GATS)) {
        prop_assume!(!def.is_intersection());
        let trait_source = Source::parse(&def.render()).ok_or_else(|| fail("does not lex"))?;
        let item: syn::ItemTrait = syn::parse2(trait_source.tokens.clone())
            .map_err(|e| fail(e.to_string()))?;
        let mut definition = item.clone();
        definition.attrs.clear();
        let path_source = Source::parse(&def.trait_path()).ok_or_else(|| fail("does not lex"))?;
        let path: syn::Path = syn::parse2(path_source.tokens.clone()).map_err(|e| fail(e.to_string()))?;
        // A required method that can go neither to the field (`self: Box<Self>`, `Self` in
        // an argument) nor to an inherent method (generic, `async`, `unsafe`, `impl Trait`)
        // is an error naming it.
        let via = crate::model::via::Via::Field {
            member: syn::parse_quote!(inner),
            ty: Box::new(syn::parse_quote!(Inner)),
        };
        // The protocol's associated types (`Self::Item`) are the field's by then.
        let substituted = |sig: &syn::Signature| -> syn::Signature {
            let text = sig.to_token_stream().to_string().replace("Self :: ", "Inner :: ");
            syn::parse_str(&text).unwrap_or_else(|_| sig.clone())
        };
        let cannot = |f: &syn::TraitItemFn| via.obstacle(&substituted(&f.sig)).is_some()
            && crate::expand::defaults::not_adaptable(&f.sig).is_some();
        let stuck: Vec<String> = item.items.iter().filter_map(|i| match i {
            syn::TraitItem::Fn(f) if f.default.is_none() && cannot(f) => Some(f.sig.ident.to_string()),
            _ => None,
        }).collect();
        // Such a method with a default keeps it.
        let defaulted: Vec<String> = item.items.iter().filter_map(|i| match i {
            syn::TraitItem::Fn(f) if f.default.is_some() && cannot(f) => Some(f.sig.ident.to_string()),
            _ => None,
        }).collect();
        let payload = quote! {
            { ::protocol } { #path } { Wrapper } { } { inner }
            { field inner : Inner }
            impl __ProtocolAdapter for Wrapper {}
        };
        let input = quote!({ #payload } { @protocol_def_v1 #definition });
        let expansion = expand_checked(Entry::AdapterCallback, &TokenStream::new(), &input, &[&trait_source, &path_source])?;
        let context = || format!("{}\n{}", def.render(), expansion.output);
        prop_assert_eq!(expansion.errors.len(), stuck.len(), "{}", context());
        for name in &stuck {
            prop_assert!(expansion.errors.iter().any(|e| e.message.contains(&format!("fn {name}"))), "no error names `{}`: {}", name, context());
        }
        if !stuck.is_empty() {
            return Ok(());
        }
        let file = parse_file(&expansion.output)?;
        let consts: Vec<&syn::ItemConst> = file.items.iter().filter_map(|i| match i {
            syn::Item::Const(c) => Some(c),
            _ => None,
        }).collect();
        let trait_impl = consts.iter().find_map(|c| match &*c.expr {
            syn::Expr::Block(block) => block.block.stmts.iter().find_map(|s| match s {
                syn::Stmt::Item(syn::Item::Impl(imp)) if imp.trait_.as_ref()
                    .is_some_and(|(p, _)| p.segments.last().map(|s| &s.ident) == path.segments.last().map(|s| &s.ident)) => Some(imp.clone()),
                _ => None,
            }),
            _ => None,
        }).ok_or_else(|| fail(format!("no trait impl: {}", context())))?;
        let mut found: Vec<String> = trait_impl.items.iter().filter_map(|i| match i {
            syn::ImplItem::Fn(f) => Some(f.sig.ident.to_string()),
            syn::ImplItem::Const(c) => Some(c.ident.to_string()),
            syn::ImplItem::Type(t) => Some(t.ident.to_string()),
            _ => None,
        }).collect();
        found.sort();
        let mut wanted: Vec<String> = def.items.iter()
            .map(|i| i.name().to_owned())
            .filter(|name| !defaulted.contains(name))
            .collect();
        wanted.sort();
        prop_assert_eq!(found, wanted, "{}", context());
        for impl_item in &trait_impl.items {
            let text = impl_item.to_token_stream().to_string();
            match impl_item {
                syn::ImplItem::Const(_) | syn::ImplItem::Type(_) => {
                    prop_assert!(text.contains("< Inner as"), "not the field's: {} in {}", text, context());
                }
                _ => {}
            }
        }
        let bounds = trait_impl.generics.where_clause.as_ref().map(|w| w.to_token_stream().to_string()).unwrap_or_default();
        prop_assert!(bounds.contains("Inner :"), "the impl is not bounded by the field's conformance: {}", context());
    }
}
