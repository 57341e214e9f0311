//! What rustc does between the two steps of a conformance, done by hand: the carrier's
//! `macro_rules!` pastes the request's payload and the protocol's definition into the
//! callback. Used by the snapshots and the determinism test to expand end to end.

use crate::expand;
use proc_macro2::{TokenStream, TokenTree};
use quote::quote;

/// One end-to-end case: a protocol (with its options) and what uses it.
pub(super) struct Case {
    /// The file name of its snapshot (without `.expanded.rs`).
    pub(super) name: &'static str,
    /// `#[protocol(options)]`.
    pub(super) options: &'static str,
    /// The trait.
    pub(super) protocol: &'static str,
    /// What uses the protocol, through the entry point that makes a request.
    pub(super) user: User,
}

/// What uses the protocol: its tokens as the user wrote them.
pub(super) enum User {
    /// Only the protocol is expanded.
    Nothing,
    /// `#[conforms(args)] input`: an impl block or a type definition.
    Conforms(&'static str, &'static str),
    /// `conform!(input)`.
    Conform(&'static str),
    /// `members!(input)`.
    Members(&'static str),
    /// `#[protocol::methods] input`: publishes members, makes no request.
    Methods(&'static str),
}

/// Every step's output, in order: the protocol's expansion, then the user's first step,
/// then each callback's expansion.
pub(super) fn expand_case(case: &Case) -> Vec<TokenStream> {
    let protocol = expand::protocol::expand(
        parse(case.options),
        parse(case.protocol),
        "snapshots.rs:1:1",
    );
    let definition = after_tag(&protocol, "protocol_def_v1").expect("no carrier definition");
    let mut steps = vec![protocol];
    let first = match case.user {
        User::Nothing => return steps,
        User::Conforms(args, input) => expand::conforms::expand(parse(args), parse(input)),
        User::Conform(input) => expand::conform::expand(parse(input)),
        User::Members(input) => expand::members::request(parse(input)),
        User::Methods(input) => expand::methods::expand(TokenStream::new(), parse(input)),
    };
    let requests = requests(&first);
    steps.push(first);
    for (callback, payload) in requests {
        let input = quote!({ #payload } { @protocol_def_v1 #definition });
        let name = callback.into_iter().last().map(|t| t.to_string());
        steps.push(match name.as_deref() {
            Some("__conforms_callback") => expand::conformance::expand(input),
            Some("__adapter_callback") => expand::adapter::callback(input),
            Some("__members_callback") => expand::members::expand(input),
            other => panic!("unknown callback {other:?}"),
        });
    }
    steps
}

pub(super) fn parse(text: &str) -> TokenStream {
    text.parse().expect("the case lexes")
}

/// The tokens after `@ tag` (searched inside groups too).
pub(super) fn after_tag(tokens: &TokenStream, tag: &str) -> Option<TokenStream> {
    let trees: Vec<TokenTree> = tokens.clone().into_iter().collect();
    for (i, tree) in trees.iter().enumerate() {
        match (tree, trees.get(i + 1)) {
            (TokenTree::Punct(at), Some(TokenTree::Ident(ident)))
                if at.as_char() == '@' && ident == tag =>
            {
                return Some(trees[i + 2..].iter().cloned().collect());
            }
            (TokenTree::Group(group), _) => {
                if let Some(found) = after_tag(&group.stream(), tag) {
                    return Some(found);
                }
            }
            _ => {}
        }
    }
    None
}

/// Every carrier request `P! { @protocol_v1 { callback } payload… }` in `tokens`, as
/// `(callback, payload)`, in order (inside groups too).
fn requests(tokens: &TokenStream) -> Vec<(TokenStream, TokenStream)> {
    let mut out = Vec::new();
    let trees: Vec<TokenTree> = tokens.clone().into_iter().collect();
    for (i, tree) in trees.iter().enumerate() {
        match (tree, trees.get(i + 1), trees.get(i + 2)) {
            (
                TokenTree::Punct(at),
                Some(TokenTree::Ident(ident)),
                Some(TokenTree::Group(callback)),
            ) if at.as_char() == '@' && ident == "protocol_v1" => {
                out.push((callback.stream(), trees[i + 3..].iter().cloned().collect()));
                return out;
            }
            (TokenTree::Group(group), _, _) => out.extend(requests(&group.stream())),
            _ => {}
        }
    }
    out
}

/// The representative inputs: one per kind of generated code.
pub(super) const CASES: &[Case] = &[
    Case {
        name: "carrier",
        options: "",
        protocol: "pub trait EatsBread { fn eat_bread(&self) -> String; fn crumbs(&self) -> usize { 0 } }",
        user: User::Nothing,
    },
    Case {
        name: "impl_block",
        options: "",
        protocol: "pub trait Source<T> { type Item; const KIND: &'static str; fn get(&self) -> T; fn put(&mut self, item: Self::Item); fn label(&self) -> String { String::new() } }",
        user: User::Conforms(
            "Source",
            "impl<X: Clone> Shelf<X> { const KIND: &'static str = \"shelf\"; pub fn get(&self) -> u32 { 0 } pub fn put(&mut self, item: X) {} pub fn other(&self) {} }",
        ),
    },
    Case {
        name: "struct_adapter",
        options: "",
        protocol: "pub trait Named { #[field] fn name(&self) -> &str; fn greet(&self) -> String; fn shout(&self) -> bool { false } }",
        user: User::Conforms("Named", "pub struct User { name: String, age: u8 }"),
    },
    Case {
        name: "delegation",
        options: "",
        protocol: "pub trait Shape { type Unit; fn area(&self) -> f64; fn scale<F: Into<f64>>(&mut self, by: F); fn unit() -> Self::Unit; }",
        user: User::Conforms("Shape via inner", "pub struct Framed<S> { inner: S, label: &'static str }"),
    },
    Case {
        name: "union",
        options: "",
        protocol: "pub trait Shape { fn area(&self) -> f64; fn name(&self) -> String { String::new() } }",
        user: User::Conforms("Shape via variants", "pub enum AnyShape { Circle(Circle), Square { inner: Square } }"),
    },
    Case {
        name: "conform_newtype",
        options: "",
        protocol: "pub trait Len { fn len(&self) -> usize; fn is_empty(&self) -> bool; }",
        user: User::Conform("impl<T> Len for Vec<T>; impl other::Len for pub struct Text(String);"),
    },
    Case {
        name: "forwarding",
        options: "forward(&mut, Box, Rc)",
        protocol: "pub trait Counter: Send { fn bump(&mut self) -> u8; fn take(self) -> u8 where Self: Sized; fn peek(&self) -> u8 { 0 } }",
        user: User::Nothing,
    },
    Case {
        name: "callback",
        options: "callback",
        protocol: "pub trait Handler: Send { fn handle<'a>(&self, event: &'a str) -> &'a str; fn label(&self) -> String { String::new() } }",
        user: User::Nothing,
    },
    Case {
        name: "runtime_checkable",
        options: "runtime_checkable",
        protocol: "pub trait Quacks { fn quack(&self) -> String; }",
        user: User::Conforms("Quacks", "impl Duck { pub fn quack(&self) -> String { String::new() } }"),
    },
    Case {
        name: "open",
        options: "open(dyn)",
        protocol: "pub trait Named { fn name(&self) -> &str; fn greet(&self, other: &str) -> String { String::new() } }",
        user: User::Conforms("Named", "impl Duck { pub fn name(&self) -> &str { \"\" } }"),
    },
    Case {
        name: "methods",
        options: "",
        protocol: "pub trait Container { type Item; const KIND: &'static str; fn first(&self) -> Option<&Self::Item>; #[field] fn label(&self) -> &str; fn iter(&self) -> std::slice::Iter<u8>; }",
        user: User::Methods("impl<T: Clone> Stack<T> { pub const KIND: &'static str = \"stack\"; pub fn first(&self) -> Option<&T> { None } pub fn push(&mut self, item: &T) {} pub fn iter(&self) -> Iter<u8> { self.bytes.iter() } fn private(&self) {} pub fn generic<U>(&self, u: U) {} }"),
    },
    Case {
        name: "members",
        options: "no_implicit_prelude",
        protocol: "pub(crate) trait Shape { const SIDES: usize; type Unit; fn area(&self) -> f64; fn new() -> Self where Self: Sized; }",
        user: User::Members("Shape, crate = ::my::protocol"),
    },
];
