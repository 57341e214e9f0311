//! `#[diagnostic::on_unimplemented]` for the protocol trait, so that a non-conforming type at
//! a use site reads "`Rock` does not conform to protocol `EatsBread`" with the required
//! members listed.

use crate::model::Protocol;
use proc_macro2::TokenStream;
use quote::quote;
use syn::GenericParam;

/// The attribute, or nothing when the user wrote their own.
pub(crate) fn attribute(protocol: &Protocol, attrs: &[syn::Attribute]) -> TokenStream {
    let user_has_one = attrs.iter().any(|a| {
        let segments: Vec<String> = a.path().segments.iter().map(|s| s.ident.to_string()).collect();
        segments == ["diagnostic", "on_unimplemented"]
    });
    if user_has_one {
        return TokenStream::new();
    }
    let name = display_name(protocol);
    let message = format!("`{{Self}}` does not conform to protocol `{name}`");
    let label = format!("`{{Self}}` does not conform to `{name}`");
    let mut notes: Vec<String> = protocol
        .required()
        .map(|m| format!("`{name}` requires `{}`", escape(&m.signature())))
        .collect();
    let ident = &protocol.ident;
    if protocol.members.is_empty() {
        notes.push(format!(
            "`{name}` has no members of its own; a type conforms by implementing its supertraits"
        ));
    } else {
        notes.push(format!(
            "a type conforms through `#[conforms({ident})]` on an `impl` block that defines these members"
        ));
    }
    quote! {
        #[diagnostic::on_unimplemented(message = #message, label = #label, #(note = #notes),*)]
    }
}

/// `Source<{T}>`: rustc fills in the type arguments of the failed bound.
fn display_name(protocol: &Protocol) -> String {
    let params: Vec<String> = protocol
        .generics
        .params
        .iter()
        .filter_map(|p| match p {
            GenericParam::Type(t) => Some(format!("{{{}}}", t.ident)),
            GenericParam::Const(c) => Some(c.ident.to_string()),
            GenericParam::Lifetime(_) => None,
        })
        .collect();
    if params.is_empty() {
        protocol.ident.to_string()
    } else {
        format!("{}<{}>", protocol.ident, params.join(", "))
    }
}

/// Braces are format syntax in these strings.
fn escape(text: &str) -> String {
    text.replace('{', "{{").replace('}', "}}")
}
