//! The arguments of `#[protocol(...)]` and `#[conforms(...)]`.

use crate::errors::Errors;
use proc_macro2::TokenStream;
use syn::parse::{ParseStream, Parser};
use syn::{Path, Token};

const PROTOCOL_OPTIONS: &str =
    "#[protocol] accepts `forward(&, &mut, Box, Rc, Arc)`, `callback`, `runtime_checkable` and `crate = path`";

/// Checks `#[protocol(...)]`; unknown or malformed options are pushed to `errors`.
///
/// `crate = path` is accepted for symmetry with `#[conforms]`; nothing `#[protocol]`
/// generates names the `protocol` crate, so it needs no path.
pub(crate) fn protocol_options(args: TokenStream, errors: &mut Errors) {
    let parser = syn::meta::parser(|meta| {
        if meta.path.is_ident("crate") {
            let _: Path = meta.value()?.parse()?;
            Ok(())
        } else if meta.path.is_ident("forward")
            || meta.path.is_ident("callback")
            || meta.path.is_ident("runtime_checkable")
        {
            // Consume the option's own arguments so that the next option still parses.
            if meta.input.peek(syn::token::Paren) {
                let _: TokenStream = meta.input.parse::<proc_macro2::Group>()?.stream();
            }
            Err(meta.error(format_args!(
                "the option `{}` is not available in this version of protocol",
                quote::ToTokens::to_token_stream(&meta.path)
            )))
        } else {
            Err(meta.error(format_args!(
                "unknown option `{}`: {PROTOCOL_OPTIONS}",
                quote::ToTokens::to_token_stream(&meta.path)
            )))
        }
    });
    errors.ok(parser.parse2(args));
}

/// `#[conforms(P, Q<u32>, R<Item = X>, crate = path)]`.
pub(crate) struct ConformsArgs {
    pub(crate) protocols: Vec<Path>,
    pub(crate) krate: Option<Path>,
}

const CONFORMS_FORM: &str =
    "expected the protocols this type conforms to, as paths: `#[conforms(EatsBread, io::Named)]`";

/// Parses the arguments; on error, keeps what parsed before the mistake.
pub(crate) fn conforms_args(args: TokenStream, errors: &mut Errors) -> ConformsArgs {
    let mut out = ConformsArgs {
        protocols: Vec::new(),
        krate: None,
    };
    if args.is_empty() {
        errors.at(
            proc_macro2::Span::call_site(),
            format_args!("#[conforms] needs at least one protocol: {CONFORMS_FORM}"),
        );
        return out;
    }
    let parser = |input: ParseStream| -> syn::Result<()> {
        while !input.is_empty() {
            if input.peek(Token![crate]) && input.peek2(Token![=]) {
                input.parse::<Token![crate]>()?;
                input.parse::<Token![=]>()?;
                out.krate = Some(input.parse()?);
            } else {
                let path = input
                    .parse::<Path>()
                    .map_err(|e| syn::Error::new(e.span(), CONFORMS_FORM))?;
                out.protocols.push(path);
            }
            if !input.is_empty() {
                input.parse::<Token![,]>().map_err(|e| {
                    syn::Error::new(
                        e.span(),
                        "expected `,` between the protocols of #[conforms]",
                    )
                })?;
            }
        }
        Ok(())
    };
    errors.ok(parser.parse2(args));
    out
}
