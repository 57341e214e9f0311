//! Properties of the type aliases beside a protocol (`expand::signature_aliases`), for
//! signatures built from paths, references, tuples, slices, function pointers, `dyn` and
//! `impl` types around the protocol's and the member's type parameters:
//!
//! 1. Each alias `#[protocol]` writes declares every lifetime its value names (other than
//!    `'static` and those a function type or `for<…>` binds) and uses each of its type
//!    parameters; no value names `Self` or a type parameter.
//! 2. An adapter that names the protocol by a path spells each signature through aliases
//!    that exist, with as many arguments as they have parameters; outside them, only
//!    primitives, `Self`, type parameters and the traits of `impl`/`dyn` remain.
//! 3. Named by a bare name, the signature is left as it is.

use crate::errors::Errors;
use crate::expand::signature_aliases::{definitions, Spelling};
use crate::model::Decl;
use proptest::prelude::*;
use quote::ToTokens;
use std::collections::HashMap;
use syn::visit::Visit;

fn ty() -> impl Strategy<Value = String> {
    let leaf = prop::sample::select(vec![
        "u8",
        "str",
        "Self",
        "T",
        "M",
        "Self::Item",
        "Foo",
        "io::Error",
        "fmt::Formatter",
        "Formatter<'_>",
    ])
    .prop_map(str::to_owned);
    leaf.prop_recursive(3, 12, 3, |inner| {
        prop_oneof![
            inner.clone().prop_map(|t| format!("&{t}")),
            inner.clone().prop_map(|t| format!("&'a mut {t}")),
            inner.clone().prop_map(|t| format!("Vec<{t}>")),
            inner.clone().prop_map(|t| format!("io::Result<{t}>")),
            inner.clone().prop_map(|t| format!("Cow<'_, {t}>")),
            inner.clone().prop_map(|t| format!("[{t}]")),
            (inner.clone(), inner.clone()).prop_map(|(a, b)| format!("({a}, {b})")),
            (inner.clone(), inner.clone()).prop_map(|(a, b)| format!("fn(&{a}) -> {b}")),
            inner.clone().prop_map(|t| format!("Box<dyn Tr<{t}>>")),
            inner.clone().prop_map(|t| format!("&dyn Tr<{t}>")),
            inner.prop_map(|t| format!("[{t}; N]")),
        ]
    })
}

fn protocol(input: &str, output: &str, konst: &str) -> crate::model::Protocol {
    let source = format!(
        "trait P<T, const N: usize> {{ type Item; \
         fn m<'a, M>(&'a self, x: {input}, y: impl Tr<{input}>) -> {output}; \
         const C: {konst}; }}"
    );
    let item: syn::ItemTrait = syn::parse_str(&source).expect("a trait");
    crate::parse::protocol::protocol(&item, &mut Errors::new())
}

/// Names that stay as they are outside an alias.
fn stays(path: &syn::Path) -> bool {
    let first = path.segments[0].ident.to_string();
    first == "Self"
        || (path.segments.len() == 1 && ["u8", "str", "T", "M", "N"].contains(&first.as_str()))
}

/// The aliases an adapter names, with their argument counts, and any other path left.
#[derive(Default)]
struct Uses {
    aliases: Vec<(String, usize)>,
    stray: Vec<String>,
}

impl<'ast> Visit<'ast> for Uses {
    fn visit_type_path(&mut self, p: &'ast syn::TypePath) {
        let segments = &p.path.segments;
        if segments.len() == 2 && segments[0].ident == "m" {
            let name = segments[1].ident.to_string();
            let count = match &segments[1].arguments {
                syn::PathArguments::AngleBracketed(args) => args.args.len(),
                _ => 0,
            };
            self.aliases.push((name, count));
            // The arguments are the holes: `Self`, parameters, lifetimes.
            syn::visit::visit_path_arguments(self, &segments[1].arguments);
            return;
        }
        if p.qself.is_none() && !stays(&p.path) {
            self.stray.push(p.to_token_stream().to_string());
        }
        syn::visit::visit_type_path(self, p);
    }
    fn visit_trait_bound(&mut self, bound: &'ast syn::TraitBound) {
        for segment in &bound.path.segments {
            self.visit_path_arguments(&segment.arguments);
        }
    }
    fn visit_expr(&mut self, _: &'ast syn::Expr) {}
}

/// Lifetimes a value names that its alias must declare.
#[derive(Default)]
struct Lifetimes {
    named: Vec<String>,
    bound: Vec<String>,
    params: Vec<String>,
}

impl<'ast> Visit<'ast> for Lifetimes {
    fn visit_lifetime(&mut self, l: &'ast syn::Lifetime) {
        let name = l.ident.to_string();
        if name != "static" && name != "_" && !self.bound.contains(&name) {
            self.named.push(name);
        }
    }
    fn visit_bound_lifetimes(&mut self, b: &'ast syn::BoundLifetimes) {
        for param in &b.lifetimes {
            if let syn::GenericParam::Lifetime(l) = param {
                self.bound.push(l.lifetime.ident.to_string());
            }
        }
    }
    fn visit_type_path(&mut self, p: &'ast syn::TypePath) {
        if let Some(name) = p.path.get_ident() {
            self.params.push(name.to_string());
        }
        syn::visit::visit_type_path(self, p);
    }
}

proptest! {
    #![proptest_config(super::properties::config(256))]

    #[test]
    fn aliases_are_complete_and_adapters_use_them(
        input in ty(),
        output in ty(),
        konst in ty(),
    ) {
        // A const's type names neither the method's parameters nor its lifetimes.
        let konst = konst.replace('M', "u8").replace("'a ", "'static ");
        let protocol = protocol(&input, &output, &konst);
        let vis = syn::Visibility::Inherited;
        let defined = definitions(&protocol, &vis, &quote::quote!(::protocol));
        let file: syn::File = syn::parse2(defined).expect("items");
        let mut declared: HashMap<String, usize> = HashMap::new();
        for item in &file.items {
            let syn::Item::Type(alias) = item else {
                prop_assert!(false, "not an alias: {}", item.to_token_stream());
                unreachable!()
            };
            let name = alias.ident.to_string();
            prop_assert!(declared.insert(name, alias.generics.params.len()).is_none());
            let mut lifetimes = Lifetimes::default();
            lifetimes.visit_type(&alias.ty);
            let own: Vec<String> = alias
                .generics
                .lifetimes()
                .map(|l| l.lifetime.ident.to_string())
                .collect();
            for name in &lifetimes.named {
                prop_assert!(own.contains(name), "`'{}` undeclared in {}", name, alias.to_token_stream());
            }
            for param in alias.generics.type_params() {
                prop_assert!(lifetimes.params.contains(&param.ident.to_string()));
            }
            for hole in ["Self", "T", "M"] {
                prop_assert!(!lifetimes.params.iter().any(|p| p == hole), "{}", alias.to_token_stream());
            }
        }
        for member in &protocol.members {
            let cfgs = &member.cfgs;
            match &member.decl {
                Decl::Fn(sig) => {
                    let bare = Spelling::new(&protocol, &syn::parse_quote!(P)).signature(sig, cfgs);
                    prop_assert_eq!(bare.to_token_stream().to_string(), sig.to_token_stream().to_string());
                    let spelt = Spelling::new(&protocol, &syn::parse_quote!(m::P)).signature(sig, cfgs);
                    let mut uses = Uses::default();
                    uses.visit_signature(&spelt);
                    prop_assert!(uses.stray.is_empty(), "{:?} in {}", uses.stray, spelt.to_token_stream());
                    for (name, count) in &uses.aliases {
                        prop_assert_eq!(declared.get(name), Some(count), "{}", name);
                    }
                }
                Decl::Const(ty) => {
                    let spelt = Spelling::new(&protocol, &syn::parse_quote!(m::P)).const_type(ty, cfgs);
                    let mut uses = Uses::default();
                    uses.visit_type(&spelt);
                    prop_assert!(uses.stray.is_empty(), "{:?} in {}", uses.stray, spelt.to_token_stream());
                    for (name, count) in &uses.aliases {
                        prop_assert_eq!(declared.get(name), Some(count), "{}", name);
                    }
                }
                Decl::Type(_) => {}
            }
        }
    }
}
