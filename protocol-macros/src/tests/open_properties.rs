//! Properties of open conformance: the capability model and the macros that use it.
//!
//! 1. A member's capability does not depend on how its lifetimes are spelled: elided, `'_`
//!    or named (`fn name<'a>(&'a self) -> &'a str`), the published and the required shapes
//!    are the same, so a type that writes one spelling conforms to a protocol that writes
//!    another.
//! 2. `#[protocol(open)]` on a valid trait: no panic, the trait re-emitted, and either the
//!    blanket impl over every publishing type or one error per member no capability can
//!    serve, each at that member and naming the protocol, or, on an intersection, the one
//!    error saying `open` adds nothing (errors inside the input are checked by
//!    `expand_checked`).
//! 3. `#[protocol::methods]` on a valid impl block: the block re-emitted token for token,
//!    and one capability impl per `pub` method or const that can be published, in a
//!    `const _` block.

use super::gen;
use super::properties::{config, expand_checked, fail, parse_file, Entry, Source, ALL_TRAITS};
use crate::model::capability::{shape, Shape};
use proptest::prelude::*;
use quote::ToTokens;

/// How one lifetime position is written.
#[derive(Clone, Copy, Debug)]
enum Spelling {
    Elided,
    Underscore,
    Named,
}

fn spelling() -> impl Strategy<Value = Spelling> {
    prop_oneof![
        Just(Spelling::Elided),
        Just(Spelling::Underscore),
        Just(Spelling::Named)
    ]
}

/// A method of one of a few shapes whose lifetimes can be spelled three ways: the receiver
/// and the return borrow one lifetime, each argument has its own.
#[derive(Clone, Debug)]
struct Method {
    mutable: bool,
    receiver: Spelling,
    args: Vec<(Spelling, &'static str)>,
    ret: Option<(Spelling, &'static str)>,
}

fn method() -> impl Strategy<Value = Method> {
    let arg = (
        spelling(),
        prop::sample::select(&["str", "[u8]", "u32", "Vec<u8>"][..]),
    );
    (
        any::<bool>(),
        spelling(),
        prop::collection::vec(arg, 0..3),
        prop::option::of((
            spelling(),
            prop::sample::select(&["str", "u8", "[u32]"][..]),
        )),
    )
        .prop_map(|(mutable, receiver, args, ret)| Method {
            mutable,
            receiver,
            args,
            ret,
        })
}

impl Method {
    /// `fn m<…>(&'r self, a0: &'a0 T, …) -> &'r U` with every lifetime spelled as given;
    /// `force_elided` writes them all elided (the reference spelling).
    fn render(&self, force_elided: bool) -> String {
        let spell = |s: Spelling, name: &str| match (force_elided, s) {
            (true, _) | (_, Spelling::Elided) => String::new(),
            (_, Spelling::Underscore) => "'_ ".to_owned(),
            (_, Spelling::Named) => format!("'{name} "),
        };
        let mut params = Vec::new();
        // The receiver's lifetime is named only if the return uses it too, or it is alone.
        let receiver_named = !force_elided && matches!(self.receiver, Spelling::Named);
        if receiver_named {
            params.push("'r".to_owned());
        }
        let mutability = if self.mutable { "mut " } else { "" };
        let receiver = format!("&{}{mutability}self", spell(self.receiver, "r"));
        let mut inputs = vec![receiver];
        for (index, (s, ty)) in self.args.iter().enumerate() {
            let name = format!("a{index}");
            if !force_elided && matches!(s, Spelling::Named) {
                params.push(format!("'{name}"));
            }
            inputs.push(format!("x{index}: &{}{ty}", spell(*s, &name)));
        }
        // The return borrows from `self`: named `'r` only when the receiver names it.
        let output = self.ret.map_or_else(String::new, |(s, ty)| {
            let lifetime = match (receiver_named, s) {
                (true, _) => "'r ".to_owned(),
                (false, Spelling::Underscore) if !force_elided => "'_ ".to_owned(),
                _ => String::new(),
            };
            format!(" -> &{lifetime}{ty}")
        });
        let generics = if params.is_empty() {
            String::new()
        } else {
            format!("<{}>", params.join(", "))
        };
        format!("fn m{generics}({}){output};", inputs.join(", "))
    }
}

/// A shape with its lifetimes renamed in order of appearance, so that two shapes that
/// differ only in the names of their own lifetimes compare equal.
fn canonical(shape: &Shape) -> String {
    let mut text = format!("{:?} {} (", shape.kind, shape.key);
    for arg in &shape.args {
        text.push_str(&arg.to_token_stream().to_string());
        text.push_str(", ");
    }
    text.push_str(") -> ");
    text.push_str(&shape.out.to_token_stream().to_string());
    let mut renamed = text.clone();
    let mut seen: Vec<String> = Vec::new();
    for word in text.split(|c: char| !(c.is_alphanumeric() || c == '_' || c == '\'')) {
        if word.starts_with('\'') && word != "'__protocol_s" && !seen.iter().any(|s| s == word) {
            seen.push(word.to_owned());
        }
    }
    for (index, lifetime) in seen.iter().enumerate() {
        renamed = renamed.replace(lifetime.as_str(), &format!("'L{index}"));
    }
    renamed
}

fn signature(text: &str) -> Result<syn::Signature, TestCaseError> {
    let item: syn::TraitItemFn =
        syn::parse_str(text).map_err(|e| fail(format!("does not parse ({e}): {text}")))?;
    Ok(item.sig)
}

proptest! {
    #![proptest_config(config(256))]

    /// Property 1.
    #[test]
    fn a_capability_does_not_depend_on_how_lifetimes_are_spelled(method in method()) {
        let written = method.render(false);
        let elided = method.render(true);
        let written_shape = shape(&signature(&written)?, "m")
            .map_err(|e| fail(format!("{e}: {written}")))?;
        let elided_shape = shape(&signature(&elided)?, "m")
            .map_err(|e| fail(format!("{e}: {elided}")))?;
        prop_assert_eq!(canonical(&written_shape), canonical(&elided_shape), "{} / {}", written, elided);
        prop_assert_eq!(written_shape.lifetimes.len(), method.args.len(), "{}", written);
    }

    /// Property 2.
    #[test]
    fn open_protocols_get_their_blanket_impl_or_an_error_per_member(def in gen::trait_def(ALL_TRAITS)) {
        let text = def.render();
        let input = Source::parse(&text).ok_or_else(|| fail(format!("does not lex: {text}")))?;
        let args = Source::parse("open").ok_or_else(|| fail("`open` does not lex"))?;
        let expansion = expand_checked(Entry::Protocol, &args.tokens, &input.tokens, &[&args, &input])?;
        let file = parse_file(&expansion.output)?;
        let name = def.name;
        let traits = file.items.iter().filter(|i| matches!(i, syn::Item::Trait(_))).count();
        prop_assert_eq!(traits, 1, "{}", expansion.output);
        let output = expansion.output.to_string();
        // `impl<…> Name<…> for T` (or the first of `U`, `V`, `W`, `__ProtocolT` that the
        // trait does not use): the implementor is a bare parameter.
        let blanket = ["T", "U", "V", "W", "__ProtocolT"].iter().any(|param| {
            output.contains(&format!(" for {param} {{")) || output.contains(&format!(" for {param} where"))
        });
        if expansion.errors.is_empty() {
            prop_assert!(blanket, "no blanket impl and no error: {}", output);
        } else {
            for error in &expansion.errors {
                prop_assert!(
                    error.message.starts_with(&format!("open protocol `{name}`"))
                        || error.message.starts_with(&format!("protocol `{name}` is an intersection"))
                        || !error.message.contains("open"),
                    "{}", error.message
                );
            }
        }
    }

    /// Property 3.
    #[test]
    fn methods_reemits_the_block_and_publishes_its_pub_members(imp in gen::impl_def()) {
        let text = imp.render();
        let input = Source::parse(&text).ok_or_else(|| fail(format!("does not lex: {text}")))?;
        let empty = Source::empty();
        let expansion = expand_checked(Entry::Methods, &empty.tokens, &input.tokens, &[&input])?;
        prop_assert!(expansion.errors.is_empty(), "errors on a valid block: {}", expansion.output);
        let file = parse_file(&expansion.output)?;
        let block: syn::ItemImpl = syn::parse2(input.tokens.clone()).map_err(|e| fail(e.to_string()))?;
        let emitted = file.items.iter().find_map(|i| match i {
            syn::Item::Impl(found) if found.trait_.is_none() => Some(found),
            _ => None,
        }).ok_or_else(|| fail(format!("the block is gone: {}", expansion.output)))?;
        prop_assert_eq!(emitted.to_token_stream().to_string(), block.to_token_stream().to_string());
        let publishable = block.items.iter().filter(|item| match item {
            syn::ImplItem::Fn(f) => matches!(f.vis, syn::Visibility::Public(_)) && shape(&f.sig, "m").is_ok(),
            syn::ImplItem::Const(c) => matches!(c.vis, syn::Visibility::Public(_)) && c.generics.params.is_empty(),
            _ => false,
        }).count();
        let published = expansion.output.to_string().matches("__protocol_cap ::").count();
        // Each capability impl names the alias once in its trait path (`Const` impls too).
        prop_assert_eq!(published, publishable, "{}", expansion.output);
    }
}
