//! A method's receiver and qualifiers as the macros read them: `&self`, `&'a mut self`,
//! `mut self`, `self: Box<Self>`.

use syn::{Lifetime, ReceiverKind, Signature, Token, Type};

/// `&`, its lifetime and `mut` for `&self` / `&'a mut self`; `mut` alone for `mut self`; the
/// written type for `self: T`.
pub(crate) struct Receiver<'a> {
    pub(crate) reference: Option<(Token![&], Option<&'a Lifetime>)>,
    pub(crate) mutability: Option<Token![mut]>,
    pub(crate) typed: Option<&'a Type>,
}

pub(crate) fn view(receiver: &syn::Receiver) -> Receiver<'_> {
    match &receiver.kind {
        ReceiverKind::Reference(and, lifetime, mutability) => Receiver {
            reference: Some((*and, lifetime.as_ref())),
            mutability: *mutability,
            typed: None,
        },
        ReceiverKind::Typed(_, ty) => Receiver {
            reference: None,
            mutability: receiver.mutability,
            typed: Some(ty),
        },
        _ => Receiver {
            reference: None,
            mutability: receiver.mutability,
            typed: None,
        },
    }
}

/// `unsafe fn`.
pub(crate) fn is_unsafe(sig: &Signature) -> bool {
    matches!(sig.safety, syn::Safety::Unsafe(_))
}

/// The `unsafe` token of an `unsafe fn`.
pub(crate) fn unsafety(sig: &Signature) -> Option<Token![unsafe]> {
    match sig.safety {
        syn::Safety::Unsafe(token) => Some(token),
        _ => None,
    }
}
