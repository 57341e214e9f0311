//! The names one adapter request gives its generated items: the hidden module, the types,
//! the user's span, the generics `check` repeats.

use super::bounds::bounded_generics;
use super::spelling::camel;
use super::Adapter;
use crate::expand::call;
use crate::expand::generics::{param_name, UsedIdents};
use crate::model::render::render;
use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote, quote_spanned};
use syn::ext::IdentExt;
use syn::{Ident, Path, Type};

/// The hidden module's name, and how its items are spelled from inside it.
pub(super) struct Names {
    pub(super) span: Span,
    /// `__protocol_<Type>_<Protocol>_<hash>`, beside the user's items.
    pub(super) module: Ident,
    /// `Here<…>`, and `<Here<…> as Find>::Target`: the target type as the module names it.
    pub(super) here: TokenStream,
    pub(super) target: TokenStream,
    /// The target type as the user wrote it, for messages.
    pub(super) target_name: String,
    /// `<'a, T: ?Sized + super::…_bounds_T, const N: usize>` for the module's functions.
    pub(super) check_generics: TokenStream,
    /// `::<T, N>` to call them.
    pub(super) turbofish: TokenStream,
    /// When the impl has parameters the conforming type does not name (`impl<X> Get<X> for
    /// Store`), `Types` takes `Here<…>` as a parameter, so that its impl names them too
    /// (else E0207): `<Here<X>>` where `Types` is named, `<__ProtocolP: ?Sized>` where it is
    /// declared; empty otherwise.
    pub(super) types_args: TokenStream,
    pub(super) types_params: TokenStream,
    /// Those parameters' names.
    pub(super) free: Vec<String>,
    /// The conforming type's name, for the names of the marker traits.
    pub(super) type_name: String,
    /// The decoys' trait, unique in the crate (rustc then names it without a path):
    /// `RockDescribeFallback`.
    pub(super) fallback: Ident,
    /// With a delegate: the `where` clause of the `check` functions that says it conforms.
    pub(super) via_where: TokenStream,
    /// The protocol with its arguments, as the impl names it, and its name as written there
    /// (the last segment), for messages.
    pub(super) trait_path: Path,
    pub(super) protocol_name: String,
    /// Whether `#[diagnostic::…]` attributes resolve where the adapter is written (not in a
    /// `#[no_implicit_prelude]` module).
    pub(super) diagnostics: bool,
}

impl Names {
    /// `#[diagnostic::on_unimplemented(…)]` with `on_unimplemented`'s arguments, and
    /// `#[diagnostic::do_not_recommend]` for a marker's impls; nothing where no tool attribute
    /// resolves (a `#[no_implicit_prelude]` module): there the marker is bare.
    pub(super) fn diagnostic_attrs(
        &self,
        on_unimplemented: &TokenStream,
    ) -> (TokenStream, TokenStream) {
        if !self.diagnostics {
            return (TokenStream::new(), TokenStream::new());
        }
        let span = self.span;
        (
            quote_spanned!(span=> #[diagnostic::on_unimplemented(#on_unimplemented)]),
            quote_spanned!(span=> #[diagnostic::do_not_recommend]),
        )
    }

    pub(super) fn new(adapter: &Adapter, span: Span) -> Names {
        let self_ty = &adapter.self_ty;
        let path = &adapter.path;
        // One module per conformance: named for the type and the protocol (two adapters of
        // one pair would be conflicting impls anyway), hashed for the rest of the spelling.
        let key = format!("{}|{}", quote!(#self_ty), quote!(#path));
        let type_name = match self_ty {
            Type::Path(p) => p.path.segments.last().map(|s| s.ident.unraw().to_string()),
            _ => None,
        };
        let protocol_name = path.segments.last().map(|s| s.ident.unraw().to_string());
        let written_name = protocol_name.clone().unwrap_or_default();
        let module = format_ident!(
            "__protocol_{}_{}_{:08x}",
            type_name.as_deref().unwrap_or("type"),
            protocol_name.as_deref().unwrap_or("protocol"),
            crate::expand::carrier::fnv1a(key.as_bytes()) >> 32,
            span = span
        );
        let (_, args, _) = adapter.generics.split_for_impl();
        let here = quote_spanned!(span=> Here #args);
        let named = UsedIdents::of(quote!(#self_ty));
        let free: Vec<String> = adapter
            .generics
            .params
            .iter()
            .map(param_name)
            .filter(|name| !named.contains(name))
            .collect();
        let (types_args, types_params) = if free.is_empty() {
            (TokenStream::new(), TokenStream::new())
        } else {
            (
                quote_spanned!(span=> <#here>),
                quote_spanned!(span=> <__ProtocolP: ?::core::marker::Sized>),
            )
        };
        let type_name = camel(type_name.as_deref().unwrap_or("Type"));
        let fallback = format_ident!(
            "{}{}Fallback",
            type_name,
            camel(protocol_name.as_deref().unwrap_or("Protocol")),
            span = span
        );
        Names {
            span,
            type_name,
            fallback,
            target: quote_spanned!(span=> <#here as Find>::Target),
            target_name: render(&adapter.target),
            types_args,
            types_params,
            free,
            here,
            check_generics: bounded_generics(&adapter.generics, &module),
            via_where: TokenStream::new(),
            trait_path: adapter.path.clone(),
            protocol_name: written_name,
            diagnostics: !adapter.no_implicit_prelude,
            turbofish: call::generic_arguments(&adapter.generics),
            module,
        }
    }
}
