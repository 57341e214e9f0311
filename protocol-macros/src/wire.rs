//! The signature carrier's wire format: what `#[conforms]`, `conform!` and `members!` send
//! through a protocol's carrier, and what the carrier hands their callbacks. The interface
//! between crates built by different copies of this crate; [`expand::carrier`] writes the
//! carrier, the requests are written and every callback's input is read here.
//!
//! Grammar (version 1):
//!
//! ```text
//! P! { @protocol_v1 { callback path } payload… }
//!   => callback! { { payload… } { @protocol_def_v1 <trait without docs and bodies> } }
//! ```
//!
//! Payloads: `{ krate } { path } <impl block skeleton>` for `#[conforms]` on an impl block;
//! `{ krate } { path } { target } { field index } { fields, … } { delegate } <impl skeleton>`
//! for an adapter (struct-level `#[conforms]`, `conform!`); `{ krate } { path }` for
//! `members!`.
//!
//! The definition carries attributes of its own: `#[runtime_checkable]` when the protocol was
//! declared with that option (conformances then register themselves), `#[open]` when it is
//! open (conformances then publish its members), `#[no_implicit_prelude]`. A request's
//! skeleton may carry `#[several_protocols]` and, on methods, `#[inherent]`.
//!
//! Any other input expands to a `compile_error!` that names the version mismatch.
//!
//! [`expand::carrier`]: crate::expand::carrier

use crate::model::via::{Variant, Via};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use syn::parse::ParseStream;
use syn::{braced, Generics, Ident, ItemImpl, ItemTrait, Path, Token, Type};

/// The carrier's grammar version, the first token of a request and of a definition.
pub(crate) const REQUEST: &str = "protocol_v1";
pub(crate) const DEFINITION: &str = "protocol_def_v1";
/// The marker attribute on a definition whose protocol is `runtime_checkable`.
pub(crate) const RUNTIME_CHECKABLE: &str = "runtime_checkable";
/// The marker attribute on a definition whose protocol is `open`: conformances publish the
/// members instead of implementing the trait (its blanket impl does).
pub(crate) const OPEN: &str = "open";
/// The marker attribute on a method the user marked `#[protocol::inherent]` (not a near miss).
pub(crate) const INHERENT: &str = "inherent";
/// The marker attribute on an impl-block request whose attribute lists several protocols.
pub(crate) const SEVERAL: &str = "several_protocols";
/// The marker attribute on a definition whose protocol is declared `no_implicit_prelude`:
/// conformances to it leave out `#[diagnostic::…]` attributes too.
pub(crate) const NO_IMPLICIT_PRELUDE: &str = "no_implicit_prelude";
/// What a struct with fields carries in its delegate group when it does not delegate:
/// `none <first field>`, for messages that say how it could.
pub(crate) const NONE: &str = "none";

/// `#[conforms]` on an impl block asks the carrier at `carrier` (the protocol's path without
/// arguments) for the conformance callback: `{ krate } { path } <impl block skeleton>`.
pub(crate) fn conforms_request(
    carrier: &Path,
    krate: &TokenStream,
    path: &Path,
    skeleton: &TokenStream,
) -> TokenStream {
    let callback = quote!(#krate::__private::__conforms_callback);
    request(carrier, &callback, &quote!({ #krate } { #path } #skeleton))
}

/// An adapter (struct-level `#[conforms]`, `conform!`) asks for the adapter callback:
/// `{ krate } { path } { target } { field index } { fields, … } { delegate } <skeleton>`.
#[allow(clippy::too_many_arguments)]
pub(crate) fn adapter_request(
    carrier: &Path,
    krate: &TokenStream,
    path: &Path,
    target: &TokenStream,
    field_index: Option<&syn::Index>,
    fields: &[&Ident],
    delegate: Delegate,
    skeleton: &TokenStream,
) -> TokenStream {
    let callback = quote!(#krate::__private::__adapter_callback);
    let via = delegate.tokens();
    let payload = quote! {
        { #krate } { #path } { #target } { #field_index } { #(#fields),* } { #via } #skeleton
    };
    request(carrier, &callback, &payload)
}

/// `members!` asks for the members callback: `{ krate } { path }`.
pub(crate) fn members_request(carrier: &Path, krate: &TokenStream, path: &Path) -> TokenStream {
    let callback = quote!(#krate::__private::__members_callback);
    request(carrier, &callback, &quote!({ #krate } { #path }))
}

/// A request to the carrier at `carrier`, answered by a call of `callback` with `payload`
/// and the definition.
fn request(carrier: &Path, callback: &TokenStream, payload: &TokenStream) -> TokenStream {
    let request = format_ident!("{}", REQUEST);
    quote! {
        #carrier! {
            @#request { #callback }
            #payload
        }
    }
}

/// A marker attribute of the grammar (`#[several_protocols]`, `#[inherent]`, …).
pub(crate) fn marker(name: &str) -> TokenStream {
    let marker = format_ident!("{}", name);
    quote!(#[#marker])
}

/// Whether `attrs` hold the marker attribute `name` (see [`marker`]).
pub(crate) fn marked(attrs: &[syn::Attribute], name: &str) -> bool {
    attrs.iter().any(|a| a.path().is_ident(name))
}

/// The delegate group of an adapter request.
#[derive(Clone, Copy)]
pub(crate) enum Delegate<'a> {
    /// `conform!`, enums and unions, fieldless structs: nothing.
    None,
    /// A struct with fields that does not delegate: its first field, for messages.
    Could(&'a syn::Member),
    /// A delegate.
    Via(&'a Via),
}

impl Delegate<'_> {
    fn tokens(self) -> TokenStream {
        match self {
            Delegate::None => TokenStream::new(),
            Delegate::Could(field) => {
                let none = format_ident!("{}", NONE);
                quote!(#none #field)
            }
            Delegate::Via(via) => via_tokens(via),
        }
    }
}

/// The payload the adapter request carries: `field <member> : <type>` or
/// `variants <token> <Variant> <member> : <type> ; …`.
fn via_tokens(via: &Via) -> TokenStream {
    match via {
        Via::Field { member, ty } => quote!(field #member : #ty),
        Via::Variants { token, variants } => {
            let entries = variants.iter().map(|v| {
                let (ident, field, ty) = (&v.ident, &v.field, &v.ty);
                quote!(#ident #field : #ty ;)
            });
            quote!(variants #token #(#entries)*)
        }
    }
}

/// Reads [`via_tokens`] back: the delegate, or for `none <field>` that field.
fn read_via(input: ParseStream) -> syn::Result<(Option<Via>, Option<syn::Member>)> {
    if input.is_empty() {
        return Ok((None, None));
    }
    let kind: Ident = input.parse()?;
    if kind == NONE {
        return Ok((None, Some(input.parse()?)));
    }
    if kind == "field" {
        let member = input.parse()?;
        input.parse::<Token![:]>()?;
        let ty = input.parse()?;
        return Ok((Some(Via::Field { member, ty }), None));
    }
    let token = input.parse()?;
    let mut variants = Vec::new();
    while !input.is_empty() {
        let ident = input.parse()?;
        let field = input.parse()?;
        input.parse::<Token![:]>()?;
        let ty = input.parse()?;
        input.parse::<Token![;]>()?;
        variants.push(Variant { ident, field, ty });
    }
    Ok((Some(Via::Variants { token, variants }), None))
}

/// One adapter request: the type that conforms, the type whose inherent methods serve, and
/// how `self` reaches it.
pub(crate) struct Adapter {
    /// Where the `protocol` crate is (`::protocol` or the `crate = path` option).
    pub(crate) krate: TokenStream,
    /// The protocol's path as the user wrote it (with its arguments).
    pub(crate) path: Path,
    /// `impl<…> … for SelfTy where …`: the conforming type and its generics.
    pub(crate) generics: Generics,
    pub(crate) self_ty: Type,
    /// The type whose inherent methods serve: `self_ty`, or a newtype's wrapped type.
    pub(crate) target: Type,
    /// `Some(index)` for a newtype: `self.0` is the target.
    pub(crate) field_index: Option<syn::Index>,
    /// The named fields of a struct, for `#[field]` members.
    pub(crate) fields: Vec<Ident>,
    /// `#[conforms(P, no_implicit_prelude)]`: written where no tool attribute resolves.
    pub(crate) no_implicit_prelude: bool,
    /// `#[conforms(P via duck)]`, `#[conforms(P via variants)]`: the members the type has
    /// no inherent method for go to the delegate.
    pub(crate) via: Option<Via>,
    /// On a struct with fields that does not delegate: its first field, which a missing
    /// inherent method's message names (`via duck` would pass the members to it).
    pub(crate) could_delegate: Option<syn::Member>,
}

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
pub(crate) fn adapter(input: TokenStream) -> syn::Result<(Adapter, Definition)> {
    read_request(input, |payload| {
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
        let (via, could_delegate) = read_via(&content)?;
        let imp: ItemImpl = payload.parse()?;
        let no_implicit_prelude = marked(&imp.attrs, NO_IMPLICIT_PRELUDE);
        Ok(Adapter {
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
    read_request(input, |payload| {
        let krate = group(payload)?;
        let path = braced_parse(payload)?;
        let imp = payload.parse()?;
        Ok(ConformsPayload { krate, path, imp })
    })
}

pub(crate) fn members(input: TokenStream) -> syn::Result<(MembersPayload, Definition)> {
    read_request(input, |payload| {
        let krate = group(payload)?;
        let path = braced_parse(payload)?;
        Ok(MembersPayload { krate, path })
    })
}

fn read_request<T>(
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
