//! `assert_conforms!(Duck: EatsBread, Swims; for<T: Clone> Stack<T>: Len)`: compile-time
//! checks that emit no run-time code (Go's `var _ I = (*T)(nil)`).

use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};
use syn::parse::{Parse, ParseStream};
use syn::punctuated::Punctuated;
use syn::spanned::Spanned;
use syn::{Generics, Path, Token, Type};

struct Assertion {
    generics: Generics,
    ty: Type,
    protocols: Vec<Path>,
}

impl Parse for Assertion {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let mut generics = Generics::default();
        if input.peek(Token![for]) {
            input.parse::<Token![for]>()?;
            let params: Generics = input.parse()?;
            generics = params;
        }
        let ty: Type = input.parse()?;
        input.parse::<Token![:]>().map_err(|e| {
            crate::errors::reword(
                &e,
                "expected `:` after the type: `assert_conforms!(Duck: EatsBread)`",
            )
        })?;
        let mut protocols = Vec::new();
        loop {
            protocols.push(input.parse::<Path>()?);
            if input.peek(Token![,]) || input.peek(Token![+]) {
                if input.peek(Token![,]) {
                    input.parse::<Token![,]>()?;
                } else {
                    input.parse::<Token![+]>()?;
                }
                if input.is_empty() || input.peek(Token![;]) {
                    break;
                }
            } else {
                break;
            }
        }
        Ok(Self {
            generics,
            ty,
            protocols,
        })
    }
}

pub(crate) fn expand(input: TokenStream) -> TokenStream {
    let parser = Punctuated::<Assertion, Token![;]>::parse_terminated;
    let assertions = match crate::errors::parse_user(parser, input) {
        Ok(assertions) => assertions,
        Err(error) => {
            let message = format!(
                "{error}; expected `assert_conforms!(Type: Protocol, …)` or \
                 `assert_conforms!(for<T: Bound> Type<T>: Protocol)`"
            );
            return syn::Error::new(error.span(), message).to_compile_error();
        }
    };
    let checks = assertions.iter().flat_map(|assertion| {
        assertion.protocols.iter().map(move |protocol| {
            let ty = &assertion.ty;
            // The bound is spanned at the protocol, the argument at the type: rustc's error
            // (with the protocol's "does not conform" message) points at the user's tokens,
            // and its note says "required by a bound in `assert_conforms`".
            let bound = quote_spanned!(protocol.span()=> ?::core::marker::Sized + #protocol);
            let call = quote_spanned!(ty.span()=> assert_conforms::<#ty>);
            let check = quote! {
                fn assert_conforms<__ProtocolT: #bound>() {}
                #call();
            };
            if assertion.generics.params.is_empty() {
                // A function, not a closure: rustc's note names `assert_conforms`, not
                // `{closure#0}`.
                quote! {
                    const _: () = {
                        #[allow(dead_code)]
                        fn conformance() {
                            #check
                        }
                    };
                }
            } else {
                let (impl_generics, _, where_clause) = assertion.generics.split_for_impl();
                quote! {
                    const _: () = {
                        #[allow(dead_code)]
                        fn for_all #impl_generics () #where_clause {
                            #check
                        }
                    };
                }
            }
        })
    });
    quote!(#(#checks)*)
}
