//! Property tests of inference: what was substituted is found; contradictions are reported.

use super::{resolve, Pair};
use crate::errors::Errors;
use crate::model::render::render;
use crate::parse;
use proptest::prelude::*;

/// A type with holes: `Var(i)` is the protocol's parameter `Ti`.
#[derive(Clone, Debug)]
enum Template {
    Var(usize),
    Leaf(&'static str),
    Ref(Box<Template>),
    Vec(Box<Template>),
    Option(Box<Template>),
    Result(Box<Template>, Box<Template>),
    Tuple(Vec<Template>),
    Array(Box<Template>),
    Slice(Box<Template>),
    Fn(Box<Template>, Box<Template>),
}

impl Template {
    /// The Rust spelling, with `var(i)` for each hole.
    fn write(&self, var: &dyn Fn(usize) -> String) -> String {
        match self {
            Self::Var(i) => var(*i),
            Self::Leaf(name) => (*name).to_owned(),
            Self::Ref(t) => format!("&{}", t.write(var)),
            Self::Vec(t) => format!("Vec<{}>", t.write(var)),
            Self::Option(t) => format!("Option<{}>", t.write(var)),
            Self::Result(t, e) => format!("Result<{}, {}>", t.write(var), e.write(var)),
            Self::Tuple(ts) => {
                let parts: Vec<String> = ts.iter().map(|t| t.write(var)).collect();
                format!("({},)", parts.join(", "))
            }
            Self::Array(t) => format!("[{}; 3]", t.write(var)),
            Self::Slice(t) => format!("&[{}]", t.write(var)),
            Self::Fn(a, r) => format!("fn({}) -> {}", a.write(var), r.write(var)),
        }
    }

    fn vars(&self, out: &mut Vec<usize>) {
        match self {
            Self::Var(i) => out.push(*i),
            Self::Leaf(_) => {}
            Self::Ref(t) | Self::Vec(t) | Self::Option(t) | Self::Array(t) | Self::Slice(t) => {
                t.vars(out);
            }
            Self::Result(a, b) | Self::Fn(a, b) => {
                a.vars(out);
                b.vars(out);
            }
            Self::Tuple(ts) => ts.iter().for_each(|t| t.vars(out)),
        }
    }
}

fn leaf() -> impl Strategy<Value = &'static str> {
    prop::sample::select(vec!["u8", "u32", "String", "bool", "Book", "Self", "()"])
}

fn template() -> impl Strategy<Value = Template> {
    let base = prop_oneof![
        (0usize..3).prop_map(Template::Var),
        leaf().prop_map(Template::Leaf)
    ];
    base.prop_recursive(4, 24, 3, |inner| {
        prop_oneof![
            inner.clone().prop_map(|t| Template::Ref(Box::new(t))),
            inner.clone().prop_map(|t| Template::Vec(Box::new(t))),
            inner.clone().prop_map(|t| Template::Option(Box::new(t))),
            (inner.clone(), inner.clone())
                .prop_map(|(a, b)| Template::Result(Box::new(a), Box::new(b))),
            prop::collection::vec(inner.clone(), 1..3).prop_map(Template::Tuple),
            inner.clone().prop_map(|t| Template::Array(Box::new(t))),
            inner.clone().prop_map(|t| Template::Slice(Box::new(t))),
            (inner.clone(), inner).prop_map(|(a, r)| Template::Fn(Box::new(a), Box::new(r))),
        ]
    })
}

/// A concrete type: a template without holes, as `render` spells it.
fn concrete() -> impl Strategy<Value = String> {
    leaf()
        .prop_map(str::to_owned)
        .prop_recursive(2, 6, 2, |inner| {
            prop_oneof![
                inner.clone().prop_map(|t| format!("Vec<{t}>")),
                inner.clone().prop_map(|t| format!("Option<{t}>")),
                (inner.clone(), inner).prop_map(|(a, b)| format!("({a}, {b})")),
            ]
        })
        .prop_map(|t| render(&syn::parse_str::<syn::Type>(&t).expect("generated type parses")))
}

fn method_signatures(item: &syn::ItemTrait) -> Vec<syn::Signature> {
    item.items
        .iter()
        .filter_map(|i| match i {
            syn::TraitItem::Fn(f) => Some(f.sig.clone()),
            _ => None,
        })
        .collect()
}

proptest! {
    /// Whatever types are substituted for the protocol's parameters in its signature,
    /// inference finds exactly them, and the parameters that appear nowhere are reported.
    #[test]
    fn inference_finds_what_was_substituted(
        input in template(),
        output in template(),
        types in prop::collection::vec(concrete(), 3),
    ) {
        let trait_src = format!(
            "trait P<T0, T1, T2> {{ fn m(&self, a: {}) -> {}; }}",
            input.write(&|i| format!("T{i}")),
            output.write(&|i| format!("T{i}")),
        );
        let impl_sig = format!(
            "fn m(&self, a: {}) -> {}",
            input.write(&|i| types[i].clone()),
            output.write(&|i| types[i].clone()),
        );
        let item: syn::ItemTrait = syn::parse_str(&trait_src).expect("generated trait parses");
        let protocol = parse::protocol::protocol(&item, &mut Errors::new());
        let theirs = method_signatures(&item).remove(0);
        let ours: syn::Signature = syn::parse_str(&impl_sig).expect("generated signature parses");
        let pairs = vec![("method m".to_owned(), Pair::Fn(&theirs, &ours))];
        let path: syn::Path = syn::parse_str("P").expect("path parses");
        let mut errors = Errors::new();
        let resolved = resolve(&protocol, &path, &pairs, &mut errors);

        let mut used = Vec::new();
        input.vars(&mut used);
        output.vars(&mut used);
        let all_used = (0..3).all(|i| used.contains(&i));
        prop_assert_eq!(resolved.complete, all_used, "complete iff every parameter appears");
        for (i, ty) in types.iter().enumerate() {
            let found = resolved.subst.types.get(&format!("T{i}")).map(render);
            if used.contains(&i) {
                prop_assert_eq!(found.as_ref(), Some(ty), "T{} in {}", i, trait_src);
            } else {
                prop_assert_eq!(found, None);
            }
        }
        let error_count = errors.into_tokens().to_string().matches("compile_error").count();
        prop_assert_eq!(error_count, (0..3).filter(|i| !used.contains(i)).count());
        if all_used {
            let expected = format!("P<{}>", types.join(", "));
            prop_assert_eq!(render(&resolved.trait_path), expected);
        }
    }

    /// Two methods that bind one parameter to different types are a contradiction, never
    /// a silent choice.
    #[test]
    fn different_bindings_are_a_contradiction(a in concrete(), b in concrete()) {
        let item: syn::ItemTrait =
            syn::parse_str("trait P<T> { fn get(&self) -> T; fn put(&mut self, t: T); }")
                .expect("trait parses");
        let protocol = parse::protocol::protocol(&item, &mut Errors::new());
        let sigs = method_signatures(&item);
        let get: syn::Signature = syn::parse_str(&format!("fn get(&self) -> {a}")).expect("parses");
        let put: syn::Signature = syn::parse_str(&format!("fn put(&mut self, t: {b})")).expect("parses");
        let pairs = vec![
            ("method get".to_owned(), Pair::Fn(&sigs[0], &get)),
            ("method put".to_owned(), Pair::Fn(&sigs[1], &put)),
        ];
        let mut errors = Errors::new();
        let path: syn::Path = syn::parse_str("P").expect("path parses");
        let resolved = resolve(&protocol, &path, &pairs, &mut errors);
        let text = errors.into_tokens().to_string();
        if a == b {
            prop_assert!(resolved.complete);
            prop_assert!(text.is_empty());
        } else {
            prop_assert!(!resolved.complete);
            prop_assert!(text.contains("contradictory inference"), "{}", text);
        }
    }
}
