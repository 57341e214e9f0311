//! One registration of `register!(Type: path::to::Protocol)` for run-time checks: the
//! `const _` block with the conformance's casts and its element of the registry's
//! distributed slice. `register!` itself is a `macro_rules!` of the `protocol` crate, which
//! passes its `$crate` here (so a re-exported `protocol` works); this macro writes `dyn P`
//! at the user's path, so that a protocol that is not run-time checkable is an error there.

use proc_macro2::{Delimiter, TokenStream, TokenTree};
use quote::{quote, quote_spanned};
use syn::parse::{ParseStream, Parser};
use syn::spanned::Spanned;

/// `$crate ; Type ; Path`.
pub(crate) fn expand(input: TokenStream) -> TokenStream {
    let parser = |input: ParseStream| {
        let mut krate = TokenStream::new();
        while !input.peek(syn::Token![;]) {
            krate.extend([input.parse::<TokenTree>()?]);
        }
        input.parse::<syn::Token![;]>()?;
        let ty: syn::Type = input.parse()?;
        input.parse::<syn::Token![;]>()?;
        let protocol: syn::Path = ungrouped(input)?;
        Ok((krate, ty, protocol))
    };
    let (krate, ty, protocol) = match parser.parse2(input) {
        Ok(parsed) => parsed,
        Err(error) => return error.to_compile_error(),
    };
    let span = protocol.span();
    let dyn_protocol = quote_spanned!(span=> dyn #protocol);
    // The type's conformance is asked once, at the user's type: the three casts are made
    // in one generic function, called once.
    let casts = quote_spanned!(ty.span()=> register::<#ty>());
    quote! {
        const _: () = {
            // One error, at the user's path, when the protocol is not run-time checkable.
            fn runtime_checkable<
                P: ?#krate::__private::core::marker::Sized + #krate::RuntimeCheckable,
            >() {
            }
            #[allow(dead_code)]
            fn check() {
                runtime_checkable::<#dyn_protocol>();
            }

            #[allow(clippy::type_complexity)]
            type Casts<T> = (
                fn(&T) -> &(#dyn_protocol + 'static),
                fn(&mut T) -> &mut (#dyn_protocol + 'static),
                fn(#krate::__private::Box<T>) -> #krate::__private::Box<#dyn_protocol + 'static>,
            );

            // Named for what the user wrote: rustc's note reads "required by a bound in
            // `register`".
            const fn register<T: #protocol + 'static>() -> Casts<T> {
                (|concrete| concrete, |concrete| concrete, |concrete| concrete)
            }

            const CASTS: Casts<#ty> = #casts;

            struct __ProtocolConformance;

            impl #krate::__private::Conformance for __ProtocolConformance {
                type Protocol = #dyn_protocol;
                type Concrete = #ty;

                #[inline]
                fn as_protocol(concrete: &Self::Concrete) -> &Self::Protocol {
                    (CASTS.0)(concrete)
                }

                #[inline]
                fn as_protocol_mut(concrete: &mut Self::Concrete) -> &mut Self::Protocol {
                    (CASTS.1)(concrete)
                }

                #[inline]
                fn into_protocol(
                    concrete: #krate::__private::Box<Self::Concrete>,
                ) -> #krate::__private::Box<Self::Protocol> {
                    (CASTS.2)(concrete)
                }
            }

            #[#krate::__private::linkme::distributed_slice(#krate::__private::CONFORMANCES)]
            #[linkme(crate = #krate::__private::linkme)]
            static __PROTOCOL_CONFORMANCE: #krate::__private::Entry =
                #krate::__private::Entry::new::<__ProtocolConformance>();
        };
    }
}

/// A path, also inside the invisible group a `macro_rules!` fragment (`$protocol:path`)
/// arrives in.
fn ungrouped(input: ParseStream) -> syn::Result<syn::Path> {
    if let Some((TokenTree::Group(group), rest)) = input.cursor().token_tree() {
        if group.delimiter() == Delimiter::None && rest.eof() {
            input.parse::<TokenTree>()?;
            return syn::parse2(group.stream());
        }
    }
    input.parse()
}
