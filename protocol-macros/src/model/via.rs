//! A delegate (`#[conforms(P via duck)]`, `via variants`): which field or variants serve.

use proc_macro2::Span;
use quote::ToTokens;
use syn::{Ident, Type};

/// Where the members go.
pub(crate) enum Via {
    /// `via duck`, `via 0`: the field and its type.
    Field { member: syn::Member, ty: Box<Type> },
    /// `via variants`: the token (for spans), and each variant's one value.
    Variants {
        token: Ident,
        variants: Vec<Variant>,
    },
}

/// A variant holding one value: `Circle(Circle)` or `Named { inner: Circle }`.
pub(crate) struct Variant {
    pub(crate) ident: Ident,
    pub(crate) field: syn::Member,
    pub(crate) ty: Type,
}

impl Via {
    /// The user's token that names the delegate: errors about it point there.
    pub(crate) fn span(&self) -> Span {
        match self {
            Via::Field {
                member: syn::Member::Named(ident),
                ..
            } => ident.span(),
            Via::Field {
                member: syn::Member::Unnamed(index),
                ..
            } => index.span,
            Via::Variants { token, .. } => token.span(),
        }
    }

    /// How messages name the delegate: "field `duck`", "its variants".
    pub(crate) fn describe(&self) -> String {
        match self {
            Via::Field { member, .. } => format!("field `{}`", member.to_token_stream()),
            Via::Variants { .. } => "its variants".to_owned(),
        }
    }

    pub(crate) fn types(&self) -> Vec<&Type> {
        match self {
            Via::Field { ty, .. } => vec![&**ty],
            Via::Variants { variants, .. } => variants.iter().map(|v| &v.ty).collect(),
        }
    }
}
