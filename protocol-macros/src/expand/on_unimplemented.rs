//! `#[diagnostic::on_unimplemented]` for the protocol trait, so that a non-conforming type at
//! a use site reads "`Rock` does not conform to protocol `EatsBread`" with the required
//! members listed.

use crate::check::subst::Subst;
use crate::model::Protocol;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use syn::GenericParam;

/// How a type comes to conform, for the attribute's last note.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Fix {
    /// `#[conforms(P)]` only.
    Conforms,
    /// `#[conforms(P)]`, or `Open<T>` over a type that publishes the members.
    ConformsOrOpen,
    /// `#[protocol(open)]`: every type that publishes every member; `open(dyn)` (the flag):
    /// `dyn P` too.
    Publish(bool),
}

/// The attribute, or nothing when the user wrote their own.
pub(crate) fn attribute(
    protocol: &Protocol,
    attrs: &[syn::Attribute],
    supertraits: &syn::punctuated::Punctuated<syn::TypeParamBound, syn::Token![+]>,
    fix: Fix,
) -> TokenStream {
    let user_has_one = attrs.iter().any(|a| {
        let segments: Vec<String> = a
            .path()
            .segments
            .iter()
            .map(|s| s.ident.to_string())
            .collect();
        segments == ["diagnostic", "on_unimplemented"]
    });
    if user_has_one {
        return TokenStream::new();
    }
    let name = display_name(protocol);
    let message = format!("`{{Self}}` does not conform to protocol `{name}`");
    let label = format!("`{{Self}}` does not conform to `{name}`");
    // Type parameters become `{T}`, which rustc replaces with the failed bound's argument:
    // "`Source<u32>` requires `fn get(&self) -> u32`".
    let mut placeholders = Subst::default();
    for param in protocol.generics.type_params() {
        let placeholder = format_ident!("__protocol_param_{}", param.ident);
        placeholders
            .types
            .insert(param.ident.to_string(), syn::parse_quote!(#placeholder));
    }
    let mut notes: Vec<String> = protocol
        .members
        .iter()
        // In open conformance every member is required, those with a default included.
        .filter(|m| m.required || matches!(fix, Fix::Publish(_)))
        .map(|m| {
            let mut signature = if placeholders.types.is_empty() {
                escape(&m.signature())
            } else {
                escape(&m.signature_with(|sig| placeholders.signature(sig)))
            };
            for param in protocol.generics.type_params() {
                let placeholder = format!("__protocol_param_{}", param.ident);
                signature = signature.replace(&placeholder, &format!("{{{}}}", param.ident));
            }
            format!("`{name}` requires `{signature}`")
        })
        .collect();
    let ident = &protocol.ident;
    if protocol.members.is_empty() && !supertraits.is_empty() {
        let supertraits = escape(&crate::model::render::render(supertraits));
        notes.push(format!(
            "`{name}` is `{supertraits}`, with no members of its own: a type conforms to it when \
             it conforms to each of them"
        ));
    } else if protocol.members.is_empty() {
        notes.push(format!(
            "`{name}` has no members of its own; a type conforms by implementing its supertraits"
        ));
    } else {
        notes.push(match fix {
            Fix::Conforms => format!(
                "a type conforms through `#[conforms({ident})]` on an `impl` block that defines these members"
            ),
            Fix::ConformsOrOpen => format!(
                "a type conforms through `#[conforms({ident})]` on an `impl` block that defines these members, \
                 or as `protocol::Open<T>` when `T` publishes them with `#[protocol::methods]`"
            ),
            Fix::Publish(_) => format!(
                "a type conforms when it publishes these members with `#[protocol::methods]` on the \
                 `impl` block that defines them, or through `#[conforms({ident})]` there"
            ),
        });
        if fix == Fix::Publish(false) {
            notes.push(format!(
                "`Box<dyn {ident}>` and other pointers to `dyn {ident}` conform only if `{ident}` is \
                 declared `#[protocol(open(dyn))]`"
            ));
        }
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
pub(crate) fn escape(text: &str) -> String {
    text.replace('{', "{{").replace('}', "}}")
}
