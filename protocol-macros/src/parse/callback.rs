//! The input of the callbacks that signature carriers invoke:
//! `{ payload… } { @protocol_def_v1 <trait definition> }`.

use crate::expand::carrier::DEFINITION;
use proc_macro2::TokenStream;
use syn::parse::ParseStream;
use syn::{braced, ItemImpl, ItemTrait, Path, Token};

/// What a conformance request carries through the carrier: where `protocol` is, the
/// protocol's path as the user wrote it, and the user's impl block without bodies.
pub(crate) struct ConformsPayload {
    pub(crate) krate: TokenStream,
    pub(crate) path: Path,
    pub(crate) imp: ItemImpl,
}

/// What an adapter request carries (struct-level `#[conforms]`, `conform!`): where
/// `protocol` is, the protocol's path, the type whose inherent methods serve, the newtype's
/// field index (if any), the struct's named fields, the delegate (if any), and `impl<…> _ for SelfTy where … {}`.
pub(crate) fn adapter(
    input: TokenStream,
) -> syn::Result<(crate::expand::adapter::Adapter, Definition)> {
    request(input, |payload| {
        let krate = group(payload)?;
        let path = braced_parse(payload)?;
        let target = braced_parse(payload)?;
        let content;
        braced!(content in payload);
        let field_index: Option<syn::Index> = if content.is_empty() {
            None
        } else {
            Some(content.parse()?)
        };
        let content;
        braced!(content in payload);
        let fields =
            syn::punctuated::Punctuated::<syn::Ident, Token![,]>::parse_terminated(&content)?;
        let content;
        braced!(content in payload);
        let (via, could_delegate) = crate::expand::delegate::Via::parse(&content)?;
        let imp: ItemImpl = payload.parse()?;
        let no_implicit_prelude = imp.attrs.iter().any(|a| {
            a.path()
                .is_ident(crate::expand::carrier::NO_IMPLICIT_PRELUDE)
        });
        Ok(crate::expand::adapter::Adapter {
            no_implicit_prelude,
            krate,
            path,
            generics: imp.generics,
            self_ty: *imp.self_ty,
            target,
            field_index,
            fields: fields.into_iter().collect(),
            via,
            could_delegate,
        })
    })
}

/// What `members!` carries: where `protocol` is, and the path as written.
pub(crate) struct MembersPayload {
    pub(crate) krate: TokenStream,
    pub(crate) path: Path,
}

/// The definition as the carrier gave it, or `None` when the carrier speaks another version.
pub(crate) type Definition = Option<ItemTrait>;

pub(crate) fn conforms(input: TokenStream) -> syn::Result<(ConformsPayload, Definition)> {
    request(input, |payload| {
        let krate = group(payload)?;
        let path = braced_parse(payload)?;
        let imp = payload.parse()?;
        Ok(ConformsPayload { krate, path, imp })
    })
}

pub(crate) fn members(input: TokenStream) -> syn::Result<(MembersPayload, Definition)> {
    request(input, |payload| {
        let krate = group(payload)?;
        let path = braced_parse(payload)?;
        Ok(MembersPayload { krate, path })
    })
}

fn request<T>(
    input: TokenStream,
    payload: impl FnOnce(ParseStream) -> syn::Result<T>,
) -> syn::Result<(T, Definition)> {
    let parser = |input: ParseStream| {
        let content;
        braced!(content in input);
        let payload = payload(&content)?;
        let content;
        braced!(content in input);
        let definition = definition(&content)?;
        Ok((payload, definition))
    };
    crate::errors::parse_user(parser, input)
}

/// `Ok(None)` when the carrier speaks another version of the grammar.
fn definition(input: ParseStream) -> syn::Result<Definition> {
    let version = input
        .parse::<Token![@]>()
        .and_then(|_| input.parse::<syn::Ident>());
    match version {
        Ok(tag) if tag == DEFINITION => Ok(Some(input.parse()?)),
        _ => {
            input.parse::<TokenStream>()?;
            Ok(None)
        }
    }
}

fn group(input: ParseStream) -> syn::Result<TokenStream> {
    let content;
    braced!(content in input);
    content.parse()
}

fn braced_parse<T: syn::parse::Parse>(input: ParseStream) -> syn::Result<T> {
    let content;
    braced!(content in input);
    content.parse()
}
