//! `members!(P)`: the protocol's members as a `&'static [protocol::Member]`, built in constant
//! context from the carrier's copy of the trait.

use crate::errors::Errors;
use crate::expand::conforms::without_arguments;
use crate::model::MemberKind;
use crate::parse;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use syn::parse::ParseStream;
use syn::{Path, Token};

/// `members!(path)` or `members!(path, crate = my::protocol)`: asks the carrier.
pub(crate) fn request(input: TokenStream) -> TokenStream {
    let parser = |input: ParseStream| -> syn::Result<(Path, Option<Path>)> {
        let path: Path = input.parse().map_err(|e| {
            crate::errors::reword(
                &e,
                "expected a protocol's path: `protocol::members!(EatsBread)`",
            )
        })?;
        let mut krate = None;
        if input.parse::<Option<Token![,]>>()?.is_some() && !input.is_empty() {
            input.parse::<Token![crate]>()?;
            input.parse::<Token![=]>()?;
            krate = Some(crate::parse::args::crate_path(input)?);
            input.parse::<Option<Token![,]>>()?;
        }
        Ok((path, krate))
    };
    let (path, krate) = match crate::errors::parse_user(parser, input) {
        Ok(parsed) => parsed,
        Err(error) => {
            let error = error.to_compile_error();
            return quote!({ #error; &[] });
        }
    };
    let krate = crate::expand::krate(krate.as_ref());
    let carrier = without_arguments(&path);
    crate::wire::members_request(&carrier, &krate, &path)
}

/// The callback: the slice expression.
pub(crate) fn expand(input: TokenStream) -> TokenStream {
    let (payload, definition) = match crate::wire::members(input) {
        Ok(parsed) => parsed,
        Err(error) => return error.to_compile_error(),
    };
    let Some(definition) = definition else {
        return crate::expand::conformance::version_mismatch(&payload.path);
    };
    let protocol = parse::protocol::protocol(&definition, &mut Errors::new());
    let krate = &payload.krate;
    let entries = protocol.members.iter().map(|member| {
        let name = member.ident.to_string();
        let signature = member.signature();
        let kind = format_ident!(
            "{}",
            match member.kind {
                MemberKind::Method(_) if member.field.is_some() => "Field",
                MemberKind::Method(_) => "Method",
                MemberKind::AssociatedFn => "AssociatedFn",
                MemberKind::Const => "Const",
                MemberKind::Type => "Type",
            }
        );
        let required = member.required;
        let value =
            quote!(#krate::Member::__new(#name, #signature, #krate::MemberKind::#kind, #required));
        let present = if member.cfgs.is_empty() {
            quote!(true)
        } else {
            let predicates = member
                .cfgs
                .iter()
                .filter_map(|a| a.meta.require_list().ok().map(|l| l.tokens.clone()));
            quote!(#(::core::cfg!(#predicates))&&*)
        };
        (value, present)
    });
    let (values, present): (Vec<_>, Vec<_>) = entries.unzip();
    if protocol.members.iter().all(|m| m.cfgs.is_empty()) {
        return quote! {{
            const __PROTOCOL_MEMBERS: &[#krate::Member] = &[#(#values),*];
            __PROTOCOL_MEMBERS
        }};
    }
    // Some members exist only under a `#[cfg]`: keep those whose predicate holds.
    let count = values.len();
    quote! {{
        const __PROTOCOL_ALL: [(#krate::Member, ::core::primitive::bool); #count] = [#((#values, #present)),*];
        const __PROTOCOL_COUNT: ::core::primitive::usize = {
            let mut count = 0;
            let mut i = 0;
            while i < #count {
                if __PROTOCOL_ALL[i].1 {
                    count += 1;
                }
                i += 1;
            }
            count
        };
        const __PROTOCOL_MEMBERS: [#krate::Member; __PROTOCOL_COUNT] = {
            let mut out = [__PROTOCOL_ALL[0].0; __PROTOCOL_COUNT];
            let mut next = 0;
            let mut i = 0;
            while i < #count {
                if __PROTOCOL_ALL[i].1 {
                    out[next] = __PROTOCOL_ALL[i].0;
                    next += 1;
                }
                i += 1;
            }
            out
        };
        const __PROTOCOL_SLICE: &[#krate::Member] = &__PROTOCOL_MEMBERS;
        __PROTOCOL_SLICE
    }}
}
