//! Duck-typed adapters (SPEC 2b, 2c): a type conforms through its *inherent* methods,
//! wherever they are written, and its fields for `#[field]` members. Used by `#[conforms]` on
//! a struct, enum or union, and by `conform!`.
//!
//! How an inherent method is found, and only an inherent one. For each member the expansion
//! holds, inside `const _: () = { … }`:
//!
//! - a module `__protocol` (`use super::*`, so names resolve as in the user's module) with an
//!   alias `Target` for the type whose methods are used, a trait `fn_m: FnOnce(args) -> R`
//!   spelling the member's signature, and a marker trait `inherent_m` whose
//!   `#[diagnostic::on_unimplemented]` says "`User` does not conform to protocol `P`: it has
//!   no inherent method `fn m(…)`";
//! - inside it, a `#[no_implicit_prelude]` module `check`, where no trait is in scope but a
//!   blanket *decoy* trait with a method `m` that requires `Self: inherent_m` (and the
//!   method-less `inherent_m`, `fn_m` it imports from `__protocol` by name). There,
//!   `fn m() -> impl fn_m { <Target>::m }` resolves to the inherent method if
//!   there is one (inherent items come first), and otherwise to the decoy, whose unmet bound
//!   is the error. Trait methods (the protocol's own, the prelude's `ToString` …) are never in
//!   scope there, so they cannot be picked, nor can a `Deref` target (paths do not autoderef);
//!   and the call can never recurse into the impl being written.
//! - the trait impl, in the user's scope, calling `(__protocol::check::m())(self, args…)`:
//!   one inlined call of the inherent method.
//!
//! A wrong signature fails the `fn_m` bound: rustc reports the expected and the found fn
//! (E0593, E0631, E0271), pointing at the user's method.

use crate::check::infer::Resolved;
use crate::check::subst::Subst;
use crate::errors::Errors;
use crate::expand::call;
use crate::model::render::render;
use crate::model::{Decl, Member, MemberKind, Protocol, Receiver};
use crate::parse::protocol::names_self_outside_receiver;
use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote, quote_spanned};
use syn::ext::IdentExt;
use syn::visit_mut::VisitMut;
use syn::{FnArg, GenericParam, Generics, Ident, Path, ReturnType, Signature, Type};

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
}

/// The callback: the protocol's definition and the request, to the adapter.
pub(crate) fn callback(input: TokenStream) -> TokenStream {
    let (adapter, definition) = match crate::parse::callback::adapter(input) {
        Ok(parsed) => parsed,
        Err(error) => return error.to_compile_error(),
    };
    let Some(definition) = definition else {
        return crate::expand::conformance::version_mismatch(&adapter.path);
    };
    let protocol = crate::parse::protocol::protocol(&definition, &mut Errors::new());
    let mut errors = Errors::new();
    let output = expand(&protocol, &adapter, &mut errors);
    let errors = errors.into_tokens();
    quote!(#output #errors)
}

fn expand(protocol: &Protocol, adapter: &Adapter, errors: &mut Errors) -> TokenStream {
    let name = &protocol.ident;
    let span = adapter
        .path
        .segments
        .last()
        .map_or_else(Span::call_site, |s| s.ident.span());
    if protocol.is_unsafe {
        errors.spanned(
            &adapter.path,
            format_args!("protocol `{name}` is an `unsafe trait`: write its `unsafe impl` by hand"),
        );
        return TokenStream::new();
    }
    let resolved = crate::check::infer::resolve(protocol, &adapter.path, &[], errors);
    if !resolved.complete {
        return TokenStream::new();
    }
    let self_name = render(&adapter.self_ty);
    let mut pieces = Pieces::default();
    let mut ok = true;
    for member in &protocol.members {
        match (&member.kind, &member.decl) {
            (MemberKind::Const, _) if member.required => {
                errors.spanned(
                    &adapter.path,
                    format_args!(
                        "`{self_name}` cannot conform to protocol `{name}` through inherent items: \
                         it requires `{}`, and an associated const must be written in an impl \
                         block; use `#[conforms({name})]` on `impl {self_name} {{ const {}: … }}`",
                        member.signature(),
                        member.ident
                    ),
                );
                ok = false;
            }
            (_, Decl::Fn(sig)) if member.required || member.field.is_some() => {
                let field = member.field.as_ref().filter(|f| {
                    adapter.field_index.is_none()
                        && adapter
                            .fields
                            .iter()
                            .any(|name| name.unraw() == f.name.unraw())
                });
                if let Some(field) = field {
                    pieces.items.push(crate::expand::conformance::read_field(
                        member,
                        field,
                        &resolved.subst,
                        span,
                    ));
                } else if member.required {
                    ok &= pieces.method(member, sig, adapter, &resolved.subst, protocol, errors);
                } else {
                    pieces.optional(member, sig, adapter, &resolved, protocol);
                }
            }
            (_, Decl::Fn(sig)) => pieces.optional(member, sig, adapter, &resolved, protocol),
            _ => {}
        }
    }
    if !ok {
        return TokenStream::new();
    }
    let items = std::mem::take(&mut pieces.items);
    let trait_impl = crate::expand::conformance::trait_impl(
        &adapter.generics,
        &adapter.self_ty,
        &resolved,
        &[],
        span,
        items.into_iter(),
    );
    let module = pieces.module(adapter, &trait_impl);
    let register = crate::expand::runtime::register(
        protocol,
        &adapter.generics,
        &adapter.self_ty,
        &resolved.trait_path,
        &resolved.assoc_types,
        &adapter.krate,
    );
    quote! {
        const _: () = {
            #module
            #register
        };
    }
}

#[derive(Default)]
struct Pieces {
    /// Items of `mod __protocol`: the `fn_m` and `inherent_m` traits.
    shapes: Vec<TokenStream>,
    /// Items of `mod check`: the decoys and the resolving functions.
    checks: Vec<TokenStream>,
    /// The names `check` takes from `__protocol` by `use`: rust-analyzer resolves no
    /// `super::` path written in a module nested in a module of a `const _` block (rustc
    /// does), and showed every adapter's resolving function as an error; a `use` it resolves.
    imports: Vec<Ident>,
    /// The trait impl's methods.
    items: Vec<TokenStream>,
}

/// A member's signature as the checks spell it (see the module doc).
struct Shape {
    span: Span,
    /// The member's signature with the protocol's arguments filled in.
    sig: Signature,
    /// `Target<…>`, and the impl's arguments `<…>` for the shape traits.
    target_alias: TokenStream,
    alias_args: TokenStream,
    /// The `FnOnce` bound's arguments (receiver first) and result, and its `for<…>`.
    inputs: Vec<TokenStream>,
    output: ReturnType,
    binder: TokenStream,
    /// What the user reads: the type, the signature, the generics hint.
    self_name: String,
    signature: String,
}

impl Shape {
    fn new(member: &Member, sig: &Signature, adapter: &Adapter, subst: &Subst) -> Shape {
        let span = adapter
            .path
            .segments
            .last()
            .map_or_else(Span::call_site, |s| s.ident.span());
        let (_, alias_args, _) = adapter.generics.split_for_impl();
        let target_alias = quote_spanned!(span=> Target #alias_args);
        let sig = subst.signature(sig);
        let mut bound_sig = sig.clone();
        SelfToTarget(syn::parse_quote!(#target_alias)).visit_signature_mut(&mut bound_sig);
        let (receiver_ty, elided_from_receiver) = receiver_type(&bound_sig, &target_alias);
        let mut inputs: Vec<TokenStream> = receiver_ty.into_iter().collect();
        inputs.extend(bound_sig.inputs.iter().filter_map(|i| match i {
            FnArg::Typed(t) => {
                let ty = &t.ty;
                Some(quote!(#ty))
            }
            FnArg::Receiver(_) => None,
        }));
        let mut output = bound_sig.output.clone();
        let mut lifetimes: Vec<TokenStream> = sig
            .generics
            .lifetimes()
            .map(|l| {
                let lifetime = &l.lifetime;
                quote!(#lifetime)
            })
            .collect();
        if elided_from_receiver {
            NameElided.visit_return_type_mut(&mut output);
            lifetimes.insert(0, quote!('__protocol_self));
        }
        let binder = if lifetimes.is_empty() {
            quote!()
        } else {
            quote!(for<#(#lifetimes),*>)
        };
        Shape {
            span,
            target_alias,
            alias_args: quote!(#alias_args),
            inputs,
            output,
            binder,
            self_name: render(&adapter.target),
            signature: member.signature_with(|s| subst.signature(s)),
            sig,
        }
    }

    /// The diagnostic for an inherent method of the wrong signature.
    fn wrong_signature(&self, protocol: &Protocol) -> TokenStream {
        let name = &protocol.ident;
        let (self_name, ident, signature) = (&self.self_name, &self.sig.ident, &self.signature);
        let wrong = format!("the inherent method `{self_name}::{ident}` does not have the signature protocol `{name}` requires");
        let wrong_label = format!("expected `{signature}`, found `{{Self}}`");
        quote!(#[diagnostic::on_unimplemented(message = #wrong, label = #wrong_label)])
    }
}

impl Pieces {
    fn method(
        &mut self,
        member: &Member,
        sig: &Signature,
        adapter: &Adapter,
        subst: &Subst,
        protocol: &Protocol,
        errors: &mut Errors,
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
        let shape = Shape::new(member, sig, adapter, subst);
        let Shape {
            span,
            sig,
            target_alias,
            alias_args,
            inputs,
            output,
            binder,
            self_name,
            signature,
        } = &shape;
        let span = *span;
        let ident = &sig.ident;
        // Every token of the check carries the attribute's span (the trait's own tokens would
        // point into the protocol's declaration), so rustc reports a missing method once, there.
        let fn_shape = format_ident!("fn_{}", ident, span = span);
        let inherent = format_ident!("inherent_{}", ident, span = span);
        let mut member_ident = ident.clone();
        member_ident.set_span(span);
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
        let note = format!(
            "only inherent methods count (trait methods and `Deref` targets do not): `{self_name}` \
             needs an inherent `{signature}`{bounds_hint}"
        );
        let wrong = shape.wrong_signature(protocol);
        let generics = &adapter.generics;
        let impl_params = generics.params.iter();
        let params_decl = generics.params.iter();
        self.shapes.push(quote! {
            #[diagnostic::on_unimplemented(message = #missing, label = #label, note = #note)]
            pub(super) trait #inherent {}
            #wrong
            pub(super) trait #fn_shape <#(#params_decl),*>: #binder ::core::ops::FnOnce(#(#inputs),*) #output {}
            impl<#(#impl_params,)* __ProtocolF: #binder ::core::ops::FnOnce(#(#inputs),*) #output> #fn_shape #alias_args for __ProtocolF {}
        });
        // The decoy: same arity, generic arguments and result, so only its bound can fail.
        let decoy = format_ident!("Decoy_{}", ident, span = span);
        let arg_params: Vec<Ident> = (0..sig
            .inputs
            .iter()
            .filter(|i| matches!(i, FnArg::Typed(_)))
            .count())
            .map(|i| format_ident!("A{}", i))
            .collect();
        let receiver = sig.receiver().map(|_| quote_spanned!(span=> &self,));
        let (check_generics, check_args) = bounded_generics(generics);
        self.imports.extend([inherent.clone(), fn_shape.clone()]);
        self.checks.push(quote_spanned! {span=>
            pub(in super::super) trait #decoy {
                fn #member_ident<#(#arg_params,)* __ProtocolR>(#receiver #(_: #arg_params),*) -> __ProtocolR
                where
                    Self: #inherent,
                {
                    loop {}
                }
            }
            impl<__ProtocolT: ?::core::marker::Sized> #decoy for __ProtocolT {}
            #[inline]
            pub(in super::super) fn #member_ident #check_generics () -> impl #fn_shape #check_args {
                <#target_alias>::#member_ident
            }
        });
        // The trait impl's method: the protocol's signature, calling what `check` resolved.
        let delegation = call::prepare(sig, span);
        let this = delegation
            .receiver
            .map(|token| target_of(&quote!(#token), adapter, member));
        let this = this.iter();
        let args = &delegation.args;
        let turbofish = call::generic_arguments(generics);
        let body =
            quote_spanned!(span=> (check::#member_ident #turbofish ())(#(#this,)* #(#args),*));
        self.items.push(delegation.method(body, &member.cfgs, span));
        true
    }

    /// An optional member: the inherent method when the type has one, else the protocol's
    /// default (see `expand::defaults`). In `check`, the decoy for `m` is an associated
    /// *const* `m` of a marker type `fallback_m`; `<Target>::m` is the inherent method when
    /// there is one, else that const, and the trait `pick_m`, implemented for functions of
    /// the member's signature and for `fallback_m`, makes the call.
    fn optional(
        &mut self,
        member: &Member,
        sig: &Signature,
        adapter: &Adapter,
        resolved: &Resolved,
        protocol: &Protocol,
    ) {
        let subst = &resolved.subst;
        // A `where Self: Sized` member of a type that may be unsized (`str`, `[T]`, `dyn …`)
        // exists only as the default, which never runs on such a type.
        let sized_only =
            crate::check::forward::requires_sized(sig) && maybe_unsized(&adapter.self_ty);
        if obstacle(sig, adapter, subst).is_some() || sized_only {
            return; // the trait's default serves, as it would for any impl
        }
        let shape = Shape::new(member, sig, adapter, subst);
        let span = shape.span;
        let ident = &shape.sig.ident;
        let pick = format_ident!("pick_{}", ident, span = span);
        let fallback = format_ident!("fallback_{}", ident, span = span);
        let decoy = format_ident!("Decoy_{}", ident, span = span);
        let mut member_ident = ident.clone();
        member_ident.set_span(span);
        let self_ty = relative_to_child(&adapter.self_ty);
        // `pick`'s signature: the member's, with `Self` the conforming type, and the receiver
        // an argument `this`.
        let mut pick_sig = shape.sig.clone();
        SelfToTarget(self_ty.clone()).visit_signature_mut(&mut pick_sig);
        let self_ty_tokens = quote!(#self_ty);
        let (receiver_ty, elided) = receiver_type(&pick_sig, &self_ty_tokens);
        if elided {
            NameElided.visit_return_type_mut(&mut pick_sig.output);
            pick_sig
                .generics
                .params
                .insert(0, syn::parse_quote!('__protocol_self));
        }
        let delegation = call::prepare(&pick_sig, span);
        let this_param = receiver_ty.map(|ty| quote!(__protocol_this: #ty));
        let this_arg = this_param.as_ref().map(|_| quote!(__protocol_this));
        let typed_params = delegation.sig.inputs.iter().filter_map(|i| match i {
            FnArg::Typed(t) => Some(quote!(#t)),
            FnArg::Receiver(_) => None,
        });
        let params: Vec<TokenStream> = this_param.into_iter().chain(typed_params).collect();
        let (lifetimes, output) = (&pick_sig.generics, &pick_sig.output);
        let pick_fn = quote!(fn pick #lifetimes (self, #(#params),*) #output);
        let args = &delegation.args;
        let target = this_arg
            .as_ref()
            .map(|this| target_of(this, adapter, member));
        let target = target.iter();
        let this_args: Vec<TokenStream> = this_arg
            .iter()
            .cloned()
            .chain(args.iter().cloned())
            .collect();
        let mut trait_path = resolved.trait_path.clone();
        Shift.visit_path_mut(&mut trait_path);
        let default = crate::expand::defaults::call(
            &quote!(#trait_path),
            &self_ty_tokens,
            &sig.ident,
            &this_args,
            span,
        );
        let generics = &adapter.generics;
        let (impl_generics, _, where_clause) = generics.split_for_impl();
        let impl_params = generics.params.iter();
        let params_decl = generics.params.iter();
        let Shape {
            inputs,
            output: bound_output,
            binder,
            alias_args,
            target_alias,
            ..
        } = &shape;
        let wrong = shape.wrong_signature(protocol);
        self.shapes.push(quote! {
            pub(super) struct #fallback;
            #wrong
            pub(super) trait #pick <#(#params_decl),*> {
                #pick_fn;
            }
            impl<#(#impl_params,)* __ProtocolF: #binder ::core::ops::FnOnce(#(#inputs),*) #bound_output> #pick #alias_args for __ProtocolF #where_clause {
                #[inline]
                #pick_fn {
                    self(#(#target,)* #(#args),*)
                }
            }
            impl #impl_generics #pick #alias_args for #fallback #where_clause {
                #[inline]
                #pick_fn {
                    #default
                }
            }
        });
        let (check_generics, check_args) = bounded_generics(generics);
        self.imports.extend([pick.clone(), fallback.clone()]);
        self.checks.push(quote_spanned! {span=>
            pub(in super::super) trait #decoy {
                const #member_ident: #fallback = #fallback;
            }
            impl<__ProtocolT: ?::core::marker::Sized> #decoy for __ProtocolT {}
            #[inline]
            pub(in super::super) fn #member_ident #check_generics () -> impl #pick #check_args {
                <#target_alias>::#member_ident
            }
        });
        let method = call::prepare(&shape.sig, span);
        let receiver = method.receiver.map(|token| quote!(#token));
        let call_args = receiver.iter().chain(method.args.iter());
        let turbofish = call::generic_arguments(generics);
        let body =
            quote_spanned!(span=> #pick::pick(check::#member_ident #turbofish (), #(#call_args),*));
        self.items.push(method.method(body, &member.cfgs, span));
    }
    /// `mod __protocol`, holding the trait impl too: there, the protocol's own module is
    /// glob-imported beside the user's, so the types its signatures name (`Bread` of
    /// `other::Feeds`) resolve without the user importing them.
    fn module(self, adapter: &Adapter, trait_impl: &TokenStream) -> TokenStream {
        let Pieces {
            shapes,
            checks,
            mut imports,
            ..
        } = self;
        imports.extend(
            adapter
                .generics
                .type_params()
                .map(|t| format_ident!("bounds_{}", t.ident)),
        );
        let bundles = bound_bundles(&adapter.generics);
        let params = alias_params(&adapter.generics);
        let target = relative_to_child(&adapter.target);
        let trait_impl = match syn::parse2::<syn::ItemImpl>(trait_impl.clone()) {
            Ok(mut item) => {
                Shift.visit_item_impl_mut(&mut item);
                quote!(#item)
            }
            Err(_) => trait_impl.clone(),
        };
        let protocol_module = protocol_module(&adapter.path).map(|module| quote!(use #module::*;));
        quote! {
            #[allow(non_camel_case_types, non_snake_case, non_upper_case_globals, unused_imports, dead_code, clippy::all, clippy::pedantic)]
            mod __protocol {
                use super::*;
                #protocol_module
                #trait_impl
                pub(super) type Target #params = #target;
                #(#bundles)*
                #(#shapes)*
                #[no_implicit_prelude]
                pub(super) mod check {
                    use super::{Target #(, #imports)*};
                    #(#checks)*
                }
            }
        }
    }
}

/// Why an inherent method cannot serve `sig` in this adapter, if it cannot: a required member
/// is then an error, an optional one keeps the protocol's default.
fn obstacle(sig: &Signature, adapter: &Adapter, subst: &Subst) -> Option<&'static str> {
    crate::expand::defaults::not_adaptable(sig).or_else(|| {
        (adapter.field_index.is_some() && names_self_outside_receiver(&subst.signature(sig)))
            .then_some("it names `Self`, which for a newtype is not the wrapped type")
    })
}

/// Whether `ty` may be unsized, as far as its spelling tells: `str` and the standard
/// library's other unsized types, slices, trait objects.
fn maybe_unsized(ty: &Type) -> bool {
    match ty {
        Type::Slice(_) | Type::TraitObject(_) => true,
        Type::Paren(inner) => maybe_unsized(&inner.elem),
        Type::Group(inner) => maybe_unsized(&inner.elem),
        Type::Path(p) => p.path.segments.last().is_some_and(|s| {
            ["str", "Path", "OsStr", "CStr"]
                .iter()
                .any(|name| s.ident == name)
        }),
        _ => false,
    }
}

/// `self` as the inherent method takes it: the conforming value, or a newtype's field.
fn target_of(this: &TokenStream, adapter: &Adapter, member: &Member) -> TokenStream {
    match (&adapter.field_index, receiver_kind(member)) {
        (None, _) => quote!(#this),
        (Some(index), Receiver::Ref) => quote!(&#this.#index),
        (Some(index), Receiver::RefMut) => quote!(&mut #this.#index),
        (Some(index), _) => quote!(#this.#index),
    }
}

fn receiver_kind(member: &Member) -> Receiver {
    match member.kind {
        MemberKind::Method(receiver) => receiver,
        _ => Receiver::Value,
    }
}

/// The receiver as the `FnOnce` bound's first argument (`&Target`, `&mut Target`, `Target`,
/// `Box<Target>` …), and whether it lends the output's elided lifetimes.
fn receiver_type(sig: &Signature, target: &TokenStream) -> (Option<TokenStream>, bool) {
    match sig.receiver() {
        None => (None, false),
        Some(r) if r.colon_token.is_some() => {
            let ty = &r.ty;
            (Some(quote!(#ty)), false)
        }
        Some(r) => match (&r.reference, &r.mutability) {
            (Some((_, Some(lifetime))), Some(_)) => (Some(quote!(&#lifetime mut #target)), false),
            (Some((_, Some(lifetime))), None) => (Some(quote!(&#lifetime #target)), false),
            (Some(_), Some(_)) => (Some(quote!(&'__protocol_self mut #target)), true),
            (Some(_), None) => (Some(quote!(&'__protocol_self #target)), true),
            (None, _) => (Some(target.clone()), false),
        },
    }
}

/// Elided lifetimes of the output (`-> &str`, `-> Foo<'_>`) become the receiver's, as they
/// are in the method.
struct NameElided;

impl VisitMut for NameElided {
    fn visit_type_reference_mut(&mut self, reference: &mut syn::TypeReference) {
        if reference.lifetime.is_none() {
            reference.lifetime = Some(syn::Lifetime::new("'__protocol_self", Span::call_site()));
        }
        syn::visit_mut::visit_type_reference_mut(self, reference);
    }

    fn visit_lifetime_mut(&mut self, lifetime: &mut syn::Lifetime) {
        if lifetime.ident == "_" {
            *lifetime = syn::Lifetime::new("'__protocol_self", Span::call_site());
        }
    }
}

/// `Self` → the target type.
struct SelfToTarget(Type);

impl VisitMut for SelfToTarget {
    fn visit_type_mut(&mut self, ty: &mut Type) {
        if matches!(ty, Type::Path(p) if p.qself.is_none() && p.path.is_ident("Self")) {
            *ty = self.0.clone();
            return;
        }
        syn::visit_mut::visit_type_mut(self, ty);
    }
}

/// The impl's generics for `check`'s functions: lifetimes and parameters as they are, but
/// each type parameter bounded by its bundle trait (see [`bound_bundles`]); and the
/// arguments for the `fn_m` traits.
fn bounded_generics(generics: &Generics) -> (TokenStream, TokenStream) {
    if generics.params.is_empty() {
        return (quote!(), quote!());
    }
    let params = generics.params.iter().map(|param| match param {
        GenericParam::Type(t) => {
            let ident = &t.ident;
            let bundle = format_ident!("bounds_{}", ident);
            let unsized_ok = bounds_of(generics, ident)
                .1
                .then(|| quote!(?::core::marker::Sized+));
            quote!(#ident: #unsized_ok #bundle)
        }
        GenericParam::Lifetime(l) => quote!(#l),
        GenericParam::Const(c) => {
            let ident = &c.ident;
            let ty = &c.ty;
            quote!(const #ident: #ty)
        }
    });
    let params: Vec<TokenStream> = params.collect();
    let (_, args, _) = generics.split_for_impl();
    (quote!(<#(#params),*>), quote!(#args))
}

/// For each type parameter, a trait bundling its bounds (`trait bounds_T: Clone + Send`,
/// implemented for every type that has them): bounds name traits, which do not resolve in
/// `check`, a module without the prelude; the bundle does, and implies them.
fn bound_bundles(generics: &Generics) -> Vec<TokenStream> {
    generics
        .type_params()
        .map(|t| {
            let ident = &t.ident;
            let bundle = format_ident!("bounds_{}", ident);
            let (bounds, _) = bounds_of(generics, ident);
            let supertraits = if bounds.is_empty() {
                quote!()
            } else {
                quote!(: #(#bounds)+*)
            };
            quote! {
                pub(super) trait #bundle #supertraits {}
                impl<__ProtocolX: ?::core::marker::Sized #(+ #bounds)*> #bundle for __ProtocolX {}
            }
        })
        .collect()
}

/// A type parameter's bounds, from its declaration and the where clause, without `?Sized`
/// (which cannot be a supertrait), and whether `?Sized` was among them.
fn bounds_of<'g>(generics: &'g Generics, ident: &Ident) -> (Vec<&'g syn::TypeParamBound>, bool) {
    let mut all: Vec<&syn::TypeParamBound> = generics
        .type_params()
        .filter(|t| t.ident == *ident)
        .flat_map(|t| t.bounds.iter())
        .collect();
    for predicate in generics.where_clause.iter().flat_map(|w| &w.predicates) {
        if let syn::WherePredicate::Type(p) = predicate {
            if matches!(&p.bounded_ty, Type::Path(path) if path.path.is_ident(ident)) {
                all.extend(p.bounds.iter());
            }
        }
    }
    let maybe = |b: &&syn::TypeParamBound| matches!(b, syn::TypeParamBound::Trait(t) if matches!(t.modifier, syn::TraitBoundModifier::Maybe(_)));
    let unsized_ok = all.iter().any(maybe);
    (all.into_iter().filter(|b| !maybe(b)).collect(), unsized_ok)
}

/// `<'a, T, const N: usize>`: the impl's parameters without bounds (type aliases ignore
/// them, and say so in a lint).
fn alias_params(generics: &Generics) -> TokenStream {
    if generics.params.is_empty() {
        return quote!();
    }
    let params = generics.params.iter().map(|p| match p {
        GenericParam::Type(t) => {
            let ident = &t.ident;
            quote!(#ident)
        }
        GenericParam::Lifetime(l) => {
            let lifetime = &l.lifetime;
            quote!(#lifetime)
        }
        GenericParam::Const(c) => {
            let (ident, ty) = (&c.ident, &c.ty);
            quote!(const #ident: #ty)
        }
    });
    quote!(<#(#params),*>)
}

/// A type written in the user's module, as it reads from the child module `__protocol`:
/// a leading `self::` becomes `super::`, a leading `super::` one more `super::`.
fn relative_to_child(ty: &Type) -> Type {
    let mut ty = ty.clone();
    Shift.visit_type_mut(&mut ty);
    ty
}

/// The module that declares the protocol, as seen from `__protocol` (`None` for a bare name,
/// which the glob of the user's module covers).
fn protocol_module(path: &Path) -> Option<Path> {
    if path.segments.len() < 2 {
        return None;
    }
    let mut module = path.clone();
    module.segments.pop();
    if let Some(mut last) = module.segments.pop() {
        last.value_mut().arguments = syn::PathArguments::None;
        module.segments.push(last.into_value());
    }
    Shift.visit_path_mut(&mut module);
    Some(module)
}

/// Paths of the user's module, rewritten for its child module `__protocol`: a leading
/// `self::` becomes `super::`, a leading `super::` one more `super::`. A lone `self` (the
/// receiver) is left alone.
struct Shift;

impl VisitMut for Shift {
    fn visit_path_mut(&mut self, path: &mut Path) {
        if path.leading_colon.is_none() && path.segments.len() > 1 {
            if let Some(first) = path.segments.first_mut() {
                if first.ident == "self" {
                    first.ident = Ident::new("super", first.ident.span());
                } else if first.ident == "super" {
                    path.segments.insert(0, syn::parse_quote!(super));
                }
            }
        }
        syn::visit_mut::visit_path_mut(self, path);
    }
}
