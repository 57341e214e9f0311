//! How a member is found among the type's inherent methods: the marker traits whose
//! `on_unimplemented` is the error for a missing one, the decoys `check` falls back to, and
//! optional members' defaults.

use super::spelling::{camel, Mirror};
use super::{maybe_unsized, obstacle, Adapter, Names, Pieces, Shape};
use crate::check::infer::Resolved;
use crate::check::subst::Subst;
use crate::errors::Errors;
use crate::expand::generics::UsedIdents;
use crate::expand::on_unimplemented::escape;
use crate::model::render::render;
use crate::model::{Member, Protocol};
use proc_macro2::TokenStream;
use quote::{format_ident, quote, quote_spanned};
use syn::ext::IdentExt;
use syn::{Ident, ReturnType, Signature};

impl Pieces {
    /// A required member (or a `#[field]` member the type has no field for).
    #[allow(clippy::too_many_arguments)]
    pub(super) fn method(
        &mut self,
        member: &Member,
        sig: &Signature,
        adapter: &Adapter,
        subst: &Subst,
        protocol: &Protocol,
        names: &Names,
        errors: &mut Errors,
        via_reason: Option<&str>,
    ) -> bool {
        let name = &protocol.ident;
        if let Some(reason) = obstacle(sig, adapter, subst) {
            errors.spanned(
                &adapter.path,
                format_args!(
                    "protocol `{name}`'s member `{}` cannot be adapted from an inherent method: \
                     {reason}; conform with `#[conforms({name})]` on the `impl` block that defines it",
                    member.signature()
                ),
            );
            return false;
        }
        let shape = Shape::new(member, sig, adapter, subst, names, protocol);
        let span = names.span;
        let ident = &shape.sig.ident;
        // What the user reads: the target type, and the member's signature with the
        // protocol's arguments filled in.
        // Braces are format syntax in `on_unimplemented` strings: `[u8; { N }]` is escaped.
        let (self_name, signature) = (escape(&names.target_name), escape(&render(&shape.shown)));
        // Named for what it says, and unique in the crate, so that rustc's "the trait … is not
        // implemented" help reads `RockHasDescribe`, not a path into the hidden module.
        let inherent = format_ident!(
            "{}Has{}",
            names.type_name,
            camel(&ident.unraw().to_string()),
            span = span
        );
        // A `#[field]` member reaches here when the type has no field of that name.
        let (missing, label) = match &member.field {
            Some(field) => {
                let field_name = field.name.unraw();
                let which = if adapter.field_index.is_some() || adapter.fields.is_empty() {
                    "no named fields".to_owned()
                } else {
                    format!("no field `{field_name}`")
                };
                (
                    format!(
                        "`{{Self}}` does not conform to protocol `{name}`: the data member `{signature}` \
                         needs a field `{field_name}` or an inherent method `{ident}`, and `{{Self}}` has {which}"
                    ),
                    format!("`{{Self}}` has neither a field `{field_name}` nor an inherent `{ident}`"),
                )
            }
            None => (
                format!("`{{Self}}` does not conform to protocol `{name}`: it has no inherent method `{signature}`"),
                format!("`{{Self}}` has no inherent `{ident}`"),
            ),
        };
        let bounds_hint = if adapter.generics.params.is_empty() {
            ""
        } else {
            ", in an `impl` block whose bounds the conforming type's own bounds satisfy"
        };
        let note = match (via_reason, &adapter.via) {
            (Some(reason), Some(via)) => format!(
                "`{ident}` cannot go to {}: {reason}; `{self_name}` needs an inherent `{signature}`",
                escape(&via.describe())
            ),
            (_, None) if adapter.could_delegate.is_some() => format!(
                "only inherent methods count (trait methods and `Deref` targets do not): \
                 `{self_name}` needs an inherent `{signature}`{bounds_hint}; or delegate to a \
                 field whose type conforms: `#[conforms({name} via {})]`",
                adapter
                    .could_delegate
                    .as_ref()
                    .map(|m| quote::ToTokens::to_token_stream(m).to_string())
                    .unwrap_or_default()
            ),
            _ => format!(
                "only inherent methods count (trait methods and `Deref` targets do not): \
                 `{self_name}` needs an inherent `{signature}`{bounds_hint}"
            ),
        };
        let cfgs = &member.cfgs;
        let on_unimplemented =
            quote_spanned!(span=> message = #missing, label = #label, note = #note);
        self.marker(&inherent, &on_unimplemented, cfgs, names);
        self.imports
            .push(quote_spanned!(span=> #(#cfgs)* use super::#inherent;));
        // The decoy: any arguments and result, behind the same references (so that it
        // fits a signature generic over their lifetimes), so only its bound can fail.
        let mut mirror = Mirror::default();
        let inputs: Vec<TokenStream> = shape.inputs.iter().map(|ty| mirror.ty(ty, false)).collect();
        let output = match &shape.output {
            ReturnType::Default => quote!(),
            ReturnType::Type(arrow, ty) => {
                let ty = mirror.ty(ty, false);
                quote!(#arrow #ty)
            }
        };
        let mut lifetimes = shape.lifetimes.clone();
        for lifetime in &mirror.lifetimes {
            if !lifetimes.contains(lifetime) {
                lifetimes.push(lifetime.clone());
            }
        }
        let params = &mirror.params;
        let mut member_ident = ident.clone();
        member_ident.set_span(span);
        self.decoys.push(quote_spanned! {span=>
            #(#cfgs)*
            fn #member_ident<#(#lifetimes,)* #(#params),*>(#(_: #inputs),*) #output
            where
                Self: #inherent,
            {
                loop {}
            }
        });
        self.resolve(member, &shape, adapter, names, None);
        true
    }

    /// A marker trait of the hidden module, whose `#[diagnostic::on_unimplemented]` (with
    /// `on_unimplemented`'s arguments) is the error when a bound on it fails; with one impl,
    /// for the module's `Nobody`, not recommended, so that rustc does not add "this trait has
    /// no implementations, consider adding one". No tool attribute resolves in a
    /// `#[no_implicit_prelude]` module: there the trait is bare.
    pub(super) fn marker(
        &mut self,
        marker: &Ident,
        on_unimplemented: &TokenStream,
        cfgs: &[syn::Attribute],
        names: &Names,
    ) {
        let span = names.span;
        let (diagnostic, not_recommended) = names.diagnostic_attrs(on_unimplemented);
        self.nobody = true;
        self.markers.push(quote_spanned! {span=>
            #(#cfgs)*
            #diagnostic
            pub(super) trait #marker {}
            #(#cfgs)*
            #not_recommended
            impl #marker for Nobody {}
        });
    }

    /// An optional member: the inherent method when the type has one, else the protocol's
    /// default (see `expand::defaults`). The decoy for `m` is an associated *const* `m`: a
    /// pointer to the default, or for a newtype (whose default takes the newtype, not the
    /// field's type) a marker `fallback_m` that `Pick` turns into a call of the default.
    pub(super) fn optional(
        &mut self,
        member: &Member,
        sig: &Signature,
        adapter: &Adapter,
        resolved: &Resolved,
        names: &Names,
        protocol: &Protocol,
    ) {
        let subst = &resolved.subst;
        // A `where Self: Sized` member of a type that may be unsized (`str`, `[T]`, `dyn …`)
        // exists only as the default, which never runs on such a type.
        let sized_only =
            crate::model::signature::requires_sized(sig) && maybe_unsized(&adapter.self_ty);
        // A default whose `where` clause bounds a parameter only the protocol's arguments
        // name (`where X: Clone` of `impl<X> Get<X> for Store`) is a function pointer only
        // under that bound, which the impl does not have: the default serves.
        let substituted = subst.signature(sig);
        let bounded_free = substituted.generics.where_clause.as_ref().is_some_and(|w| {
            let used = UsedIdents::of(quote!(#w));
            // A lifetime bound holds whatever the lifetime: only type and const parameters.
            names
                .free
                .iter()
                .any(|name| !name.starts_with('\'') && used.contains(name))
        });
        if obstacle(sig, adapter, subst).is_some() || sized_only || bounded_free {
            return; // the trait's default serves, as it would for any impl
        }
        let shape = Shape::new(member, sig, adapter, subst, names, protocol);
        if adapter.field_index.is_some() {
            self.newtype_optional(member, &shape, adapter, resolved, names);
            return;
        }
        let span = names.span;
        let ident = &shape.sig.ident;
        let mut member_ident = ident.clone();
        member_ident.set_span(span);
        let cfgs = &member.cfgs;
        let trait_path = &resolved.trait_path;
        let self_ty = &adapter.self_ty;
        let hidden = crate::expand::defaults::hidden(ident, span);
        let value = quote_spanned!(span=> <#self_ty as #trait_path>::#hidden);
        self.const_decoy(cfgs, &member_ident, &hidden, &shape, &value, names);
        self.resolve(member, &shape, adapter, names, None);
    }

    /// A decoy that is a constant function pointer, `Types::hidden` (`value`), for when the
    /// type has no inherent method `m`: the protocol's default, or a delegate's call.
    pub(super) fn const_decoy(
        &mut self,
        cfgs: &[syn::Attribute],
        member_ident: &Ident,
        hidden: &Ident,
        shape: &Shape,
        value: &TokenStream,
        names: &Names,
    ) {
        let span = names.span;
        let fn_ptr = &shape.fn_ptr;
        let p = (!names.types_args.is_empty()).then(|| quote_spanned!(span=> <__ProtocolP>));
        self.types_decl.push(quote_spanned! {span=>
            #(#cfgs)*
            const #hidden: Self::#member_ident;
        });
        self.types_def.push(quote_spanned! {span=>
            #(#cfgs)*
            const #hidden: #fn_ptr = #value;
        });
        self.decoys.push(quote_spanned! {span=>
            #(#cfgs)*
            const #member_ident: <Self as Types #p>::#member_ident = <Self as Types #p>::#hidden;
        });
    }
}
