//! The shape of a method an impl block supplies, against the protocol's: `async` and
//! `unsafe`, the receiver, the number of arguments and of type and const parameters.
//! rustc reports these mismatches too (E0053, E0049, E0050, E0185, E0186), but without the
//! protocol's name and, for `async`, at the attribute; the macro says it at the user's
//! token, names the protocol, and shows the signature to write.

use crate::model::receiver::{is_unsafe, unsafety, view, Receiver};
use crate::model::render::render;
use proc_macro2::Span;
use quote::ToTokens;
use syn::spanned::Spanned;
use syn::{FnArg, GenericParam, Signature};

/// The first way `ours` (the block's method) differs in shape from `theirs` (the protocol's,
/// with its arguments filled in), as a span in the block and a message.
pub(crate) fn mismatch(
    protocol: &syn::Ident,
    theirs: &Signature,
    ours: &Signature,
) -> Option<(Span, String)> {
    let name = &ours.ident;
    let declared = || format!("protocol `{protocol}` declares `{}`", render(theirs));
    // `async fn` and `fn … -> impl Future` stand for each other.
    if asynchronous(theirs) != asynchronous(ours) {
        let (span, here) = match &ours.asyncness {
            Some(token) => (token.span(), "`async` here"),
            None => (ours.fn_token.span(), "not `async` here"),
        };
        return Some((span, format!("`{name}` is {here}, but {}", declared())));
    }
    if is_unsafe(theirs) != is_unsafe(ours) {
        let (span, here) = match &unsafety(ours) {
            Some(token) => (token.span(), "`unsafe` here"),
            None => (ours.fn_token.span(), "not `unsafe` here"),
        };
        return Some((span, format!("`{name}` is {here}, but {}", declared())));
    }
    if receiver_kind(theirs) != receiver_kind(ours) {
        let span = ours
            .receiver()
            .map_or_else(|| ours.ident.span(), |r| r.self_token.span);
        return Some((
            span,
            format!("`{name}` takes {} here, but {}", receiver(ours), declared()),
        ));
    }
    let arity = |sig: &Signature| {
        sig.inputs
            .iter()
            .filter(|i| matches!(i, FnArg::Typed(_)))
            .count()
    };
    if arity(theirs) != arity(ours) {
        let count = |n: usize| match n {
            1 => "1 argument".to_owned(),
            n => format!("{n} arguments"),
        };
        return Some((
            ours.paren_token.span.join(),
            format!(
                "`{name}` takes {} here besides `self`, but {} ({})",
                count(arity(ours)),
                declared(),
                count(arity(theirs))
            ),
        ));
    }
    let impl_args = |sig: &Signature| crate::model::signature::has_impl_trait_arg(sig);
    let params = |sig: &Signature| {
        sig.generics
            .params
            .iter()
            .filter(|p| !matches!(p, GenericParam::Lifetime(_)))
            .count()
    };
    if !impl_args(theirs) && !impl_args(ours) && params(theirs) != params(ours) {
        let span = if ours.generics.params.is_empty() {
            ours.ident.span()
        } else {
            ours.generics.span()
        };
        return Some((
            span,
            format!(
                "`{name}` has {} type or const parameter{} here, but {}",
                params(ours),
                if params(ours) == 1 { "" } else { "s" },
                declared()
            ),
        ));
    }
    None
}

/// `async fn`, or `fn … -> impl Future<…>`.
fn asynchronous(sig: &Signature) -> bool {
    if sig.asyncness.is_some() {
        return true;
    }
    let syn::ReturnType::Type(_, ty) = &sig.output else {
        return false;
    };
    matches!(&**ty, syn::Type::ImplTrait(t) if t.bounds.iter().any(|b| matches!(b,
        syn::TypeParamBound::Trait(t) if t.path.segments.last().is_some_and(|s| s.ident == "Future"))))
}

/// How a method takes `self`, as far as the macro compares it: none, `&`, `&mut`, by value,
/// or a typed receiver (whose type rustc compares).
fn receiver_kind(sig: &Signature) -> u8 {
    match sig.receiver().map(view) {
        None => 0,
        Some(r) if r.typed.is_some() => 4,
        Some(r) => match (&r.reference, &r.mutability) {
            (Some(_), Some(_)) => 2,
            (Some(_), None) => 1,
            (None, _) => 3,
        },
    }
}

/// How a method takes `self`, as a message says it.
fn receiver(sig: &Signature) -> String {
    match sig.receiver().map(view) {
        None => "no `self`".to_owned(),
        Some(Receiver {
            typed: Some(ty), ..
        }) => format!("`self: {}`", ty.to_token_stream()),
        Some(r) => match (&r.reference, &r.mutability) {
            (Some(_), Some(_)) => "`&mut self`".to_owned(),
            (Some(_), None) => "`&self`".to_owned(),
            (None, _) => "`self`".to_owned(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::mismatch;
    use syn::Signature;

    fn sig(text: &str) -> Signature {
        syn::parse_str(text).expect("a signature")
    }

    fn check(theirs: &str, ours: &str) -> Option<String> {
        let protocol = syn::Ident::new("P", proc_macro2::Span::call_site());
        mismatch(&protocol, &sig(theirs), &sig(ours)).map(|(_, message)| message)
    }

    #[test]
    fn the_same_shape_passes() {
        for text in [
            "fn a(&self) -> u8",
            "async fn b(&mut self, x: u8)",
            "unsafe fn c(self: Box<Self>)",
            "fn d<T: Clone, const N: usize>(x: [T; N]) -> T",
            "fn e(&self, f: impl Fn(u8))",
        ] {
            assert_eq!(check(text, text), None, "{text}");
        }
        // Spelled otherwise, the same shape.
        assert_eq!(check("fn a(&self) -> u8", "fn a<'x>(&'x self) -> u8"), None);
        assert_eq!(check("fn a(self)", "fn a(mut self)"), None);
        assert_eq!(
            check(
                "fn a(&self) -> impl Future<Output = u8>",
                "async fn a(&self) -> u8"
            ),
            None
        );
        assert_eq!(
            check(
                "async fn a(&self) -> u8",
                "fn a(&self) -> impl core::future::Future<Output = u8>"
            ),
            None
        );
        assert_eq!(check("fn a(&self) -> u8", "const fn a(&self) -> u8"), None);
    }

    #[test]
    fn each_difference_is_named() {
        let cases = [
            ("async fn a(&self)", "fn a(&self)", "is not `async` here"),
            ("fn a(&self)", "async fn a(&self)", "is `async` here"),
            ("unsafe fn a(&self)", "fn a(&self)", "is not `unsafe` here"),
            ("fn a(&self)", "unsafe fn a(&self)", "is `unsafe` here"),
            ("fn a(&mut self)", "fn a(&self)", "takes `&self` here"),
            ("fn a(&self)", "fn a()", "takes no `self` here"),
            ("fn a()", "fn a(self)", "takes `self` here"),
            (
                "fn a(&self, x: u8)",
                "fn a(&self)",
                "takes 0 arguments here",
            ),
            (
                "fn a<T>(&self, x: T)",
                "fn a(&self, x: u8)",
                "has 0 type or const parameters",
            ),
        ];
        for (theirs, ours, expected) in cases {
            let message = check(theirs, ours).unwrap_or_default();
            assert!(message.contains(expected), "{theirs} / {ours}: {message}");
            assert!(message.contains("protocol `P` declares"), "{message}");
        }
    }
}
