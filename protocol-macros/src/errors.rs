//! Collects every error of one macro call, so that all mistakes are reported in one compile.

use proc_macro2::TokenStream;
use quote::ToTokens;
use std::fmt::Display;

/// An error sink: push as many errors as the input has, then turn them into
/// `compile_error!` invocations placed next to the (still emitted) user item.
#[derive(Default)]
pub(crate) struct Errors {
    combined: Option<syn::Error>,
    /// Errors that hold only where these `#[cfg]`s do (a missing member that the trait
    /// declares under `#[cfg(unix)]` is missing only on unix).
    gated: Vec<(Vec<syn::Attribute>, syn::Error)>,
}

impl Errors {
    pub(crate) fn new() -> Self {
        Self::default()
    }

    pub(crate) fn push(&mut self, error: syn::Error) {
        match &mut self.combined {
            Some(existing) => existing.combine(error),
            None => self.combined = Some(error),
        }
    }

    /// An error spanned at `tokens` (the first and last token, so a whole path is underlined).
    pub(crate) fn spanned(&mut self, tokens: impl ToTokens, message: impl Display) {
        self.push(syn::Error::new_spanned(tokens, message));
    }

    pub(crate) fn at(&mut self, span: proc_macro2::Span, message: impl Display) {
        self.push(syn::Error::new(span, message));
    }

    /// An error reported only where every one of `cfgs` holds.
    pub(crate) fn gated(&mut self, cfgs: &[syn::Attribute], error: syn::Error) {
        if cfgs.is_empty() {
            self.push(error);
        } else {
            self.gated.push((cfgs.to_vec(), error));
        }
    }

    /// Keeps `result`'s value; records its error.
    pub(crate) fn ok<T>(&mut self, result: syn::Result<T>) -> Option<T> {
        match result {
            Ok(value) => Some(value),
            Err(error) => {
                self.push(error);
                None
            }
        }
    }

    /// The `compile_error!` invocations, one for each error pushed (empty when there were none).
    pub(crate) fn into_tokens(self) -> TokenStream {
        let mut tokens: TokenStream = self
            .combined
            .map(|error| error.to_compile_error())
            .unwrap_or_default();
        for (cfgs, error) in self.gated {
            let error = error.to_compile_error();
            tokens.extend(quote::quote! {
                #(#cfgs)*
                const _: () = { #error };
            });
        }
        tokens
    }
}

/// Parses user input. syn places an error at the end of the input on the macro's call site
/// (it has no token there); such an error is moved onto the input's last token, so that
/// every error points inside what the user wrote.
/// A warning at `span`: a stable proc macro cannot emit one, so it is rustc's own warning
/// for a use of a `#[deprecated]` item whose note is `message` ("use of deprecated unit
/// struct `_::near_miss`: …"). `#[allow(deprecated)]` silences it, `deny(warnings)` makes it
/// an error.
pub(crate) fn warning(span: proc_macro2::Span, name: &str, message: &str) -> TokenStream {
    let item = proc_macro2::Ident::new(name, span);
    quote::quote_spanned! {span=>
        const _: () = {
            #[deprecated(note = #message)]
            #[allow(non_camel_case_types)]
            struct #item;
            let _ = #item;
        };
    }
}

pub(crate) fn parse_user<T>(
    parser: impl syn::parse::Parser<Output = T>,
    tokens: TokenStream,
) -> syn::Result<T> {
    // The spans are looked up only on error: each lookup walks the input through the
    // proc-macro bridge.
    let kept = tokens.clone();
    parser.parse2(tokens).map_err(|error| {
        let first = kept.clone().into_iter().next().map(|t| t.span());
        match (first, last_span(&kept)) {
            (Some(first), Some(last)) => respan_call_site(error, first, last),
            _ => error,
        }
    })
}

fn respan_call_site(
    error: syn::Error,
    first: proc_macro2::Span,
    last: proc_macro2::Span,
) -> syn::Error {
    let call_site = format!("{:?}", proc_macro2::Span::call_site());
    // Spans have no equality; their `Debug` form names the position (and the hygiene
    // context). Guard against a form that does not: then the first token would print alike.
    let distinguishable = format!("{first:?}") != call_site;
    let mut combined: Option<syn::Error> = None;
    for single in error {
        let at_call_site = format!("{:?}", single.span()) == call_site;
        let single = if distinguishable && at_call_site {
            syn::Error::new(last, single.to_string())
        } else {
            single
        };
        match &mut combined {
            Some(all) => all.combine(single),
            None => combined = Some(single),
        }
    }
    combined.unwrap_or_else(|| syn::Error::new(last, "unexpected end of input"))
}

fn last_span(tokens: &TokenStream) -> Option<proc_macro2::Span> {
    tokens.clone().into_iter().last().map(|token| match token {
        proc_macro2::TokenTree::Group(group) => group.span_close(),
        other => other.span(),
    })
}

/// `error` with our own message, at the same place.
pub(crate) fn reword(error: &syn::Error, message: &str) -> syn::Error {
    syn::Error::new(error.span(), message)
}
