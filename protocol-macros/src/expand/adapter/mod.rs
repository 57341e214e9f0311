//! Duck-typed adapters (SPEC 2b, 2c): a type conforms through its *inherent* methods,
//! wherever they are written, and its fields for `#[field]` members. Used by `#[conforms]` on
//! a struct, enum or union, and by `conform!`.
//!
//! How an inherent method is found, and only an inherent one. Each conformance expands to
//! a hidden module beside the user's items, `__protocol_<Type>_<Protocol>_<hash>`, and a
//! `const _: () = { … }` block:
//!
//! - the module holds `Here<…>` (generic like the impl), a trait `Find` that maps it to the
//!   target type, a trait `Types` whose associated type `m` is the member's signature as a
//!   function pointer (`for<'a> fn(&'a User, Bread) -> u32`), and a marker trait `UserHasM`
//!   whose `#[diagnostic::on_unimplemented]` says "`User` does not conform to protocol `P`:
//!   it has no inherent method `fn m(…)`" (named for what it says and unique in the crate,
//!   since rustc names it in its help line; with one impl, for a type of its own, not
//!   recommended, so rustc does not suggest adding one);
//! - inside it, a `#[no_implicit_prelude]` module `check`, where no trait is in scope but
//!   the blanket *decoy* trait (`UserPFallback`), whose `m` requires `Self: UserHasM` (for an
//!   optional member, `m` is a const: the protocol's default as a function pointer). There,
//!   `fn m() -> <Target as Types>::m { <Target>::m }` resolves to the inherent method if
//!   there is one (inherent items come first), and otherwise to the decoy, whose unmet bound
//!   is the error. Trait methods (the protocol's own, the prelude's `ToString` …) are never in
//!   scope there, so they cannot be picked, nor can a `Deref` target (paths do not autoderef);
//!   and the call can never recurse into the impl being written;
//! - the block, in the user's scope (so every type the signatures name resolves as the user
//!   wrote it), defines `Find` and `Types` and holds the trait impl, which calls
//!   `(module::check::m())(self, args…)`: one inlined call of the inherent method.
//!
//! The module names nothing of the user's (but, for a generic impl, the bundles of its
//! parameters' bounds, beside it), so it needs no `use super::*`: a glob per conformance
//! made checking a module of N adapters O(N²), and rust-analyzer misread scopes in a module
//! nested in a `const _` block. A newtype's member is reached through a closure
//! (`|this| <Target>::m(&this.0)`), its optional members through `Pick`, whose inherent impls
//! call the field's method or the newtype's default.
//!
//! A wrong signature fails the coercion to the function pointer: rustc reports the expected
//! and the found fn (E0308), pointing at the user's attribute.

use crate::check::infer::Resolved;
use crate::check::subst::Subst;
use crate::errors::Errors;
use crate::expand::call;
use crate::expand::generics::{param_name, UsedIdents};
use crate::expand::on_unimplemented::escape;
use crate::model::render::render;
use crate::model::{Decl, Member, MemberKind, Protocol, Receiver};
use crate::parse::protocol::names_self_outside_receiver;
use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote, quote_spanned};
use syn::ext::IdentExt;
use syn::{GenericParam, Generics, Ident, Path, ReturnType, Signature, Type};

mod bounds;
mod delegation;
mod newtype;
mod spelling;

use bounds::{bound_bundles, bounded_generics, protocol_module};
use spelling::{
    binder, camel, fn_parts, receiver_type, supertrait_aliases, Mirror, NameElided, SelfToTarget,
};

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
    pub(crate) via: Option<crate::expand::delegate::Via>,
    /// On a struct with fields that does not delegate: its first field, which a missing
    /// inherent method's message names (`via duck` would pass the members to it).
    pub(crate) could_delegate: Option<syn::Member>,
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
    if protocol.open && adapter.field_index.is_none() {
        if let Some(foreign) = crate::expand::open_conformance::std_type(&adapter.self_ty) {
            let self_name = render(&adapter.self_ty);
            errors.spanned(
                &adapter.self_ty,
                format_args!(
                    "`{self_name}` is {foreign}, and `{name}` is an open protocol: conforming \
                     would publish members for a type of another crate, which Rust's orphan rule \
                     forbids. The std collections publish `len` and `is_empty` already, the signed \
                     numbers `abs`; another type conforms through a newtype: \
                     `conform!(impl {name} for pub struct Wrapper({self_name}))`"
                ),
            );
            return TokenStream::new();
        }
    }
    let bound_path = match &adapter.via {
        Some(via) => match via.with_bindings(protocol, &adapter.path) {
            Ok(path) => path,
            Err(message) => {
                errors.at(via.span(), message);
                return TokenStream::new();
            }
        },
        None => adapter.path.clone(),
    };
    let resolved = crate::check::infer::resolve(protocol, &bound_path, &[], errors);
    if !resolved.complete {
        return TokenStream::new();
    }
    let self_name = render(&adapter.self_ty);
    let mut names = Names::new(adapter, span);
    names.trait_path = resolved.trait_path.clone();
    names.diagnostics &= !protocol.no_implicit_prelude;
    let mut pieces = Pieces::default();
    let mut generics = adapter.generics.clone();
    if let Some(via) = &adapter.via {
        let (items, check_where) =
            via.check_bounds(&adapter.generics, &names.module, &adapter.path, &bound_path);
        pieces.beside = items;
        names.via_where = check_where;
        pieces.types_where = via.assumed(&adapter.path, &bound_path);
        let predicates = &mut generics.make_where_clause().predicates;
        for predicate in via.predicates(&adapter.path, &bound_path) {
            predicates.push(syn::parse_quote!(#predicate));
        }
    }
    if adapter.field_index.is_none() {
        pieces.beside.extend(supertrait_aliases(
            protocol,
            &resolved.trait_path,
            &adapter.generics,
            &names.module,
        ));
    }
    let mut ok = true;
    for member in &protocol.members {
        if let Some(via) = &adapter.via {
            ok &= pieces.delegate(member, via, adapter, &resolved, protocol, &names, errors);
            continue;
        }
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
                        field_span(adapter, field),
                    ));
                } else if member.required {
                    ok &= pieces.method(
                        member,
                        sig,
                        adapter,
                        &resolved.subst,
                        protocol,
                        &names,
                        errors,
                        None,
                    );
                } else {
                    pieces.optional(member, sig, adapter, &resolved, &names, protocol);
                }
            }
            (_, Decl::Fn(sig)) => {
                pieces.optional(member, sig, adapter, &resolved, &names, protocol);
            }
            _ => {}
        }
    }
    if !ok {
        return TokenStream::new();
    }
    let items = std::mem::take(&mut pieces.items);
    let register = crate::expand::runtime::register(
        protocol,
        &adapter.generics,
        &adapter.self_ty,
        &resolved.trait_path,
        &resolved.assoc_types,
        &adapter.krate,
    );
    let trait_impl = if protocol.open {
        let trait_path = &resolved.trait_path;
        let conformance = crate::expand::open_conformance::Conformance {
            generics: &generics,
            self_ty: &adapter.self_ty,
            trait_path: quote!(#trait_path),
            span,
        };
        crate::expand::open_conformance::publish(
            protocol,
            items,
            &conformance,
            false,
            &adapter.krate,
        )
    } else {
        crate::expand::conformance::trait_impl(
            &generics,
            &adapter.self_ty,
            &resolved,
            &[],
            span,
            items.into_iter(),
        )
    };
    pieces.finish(adapter, &names, &trait_impl, &register)
}

/// The hidden module's name, and how its items are spelled from inside it.
struct Names {
    span: Span,
    /// `__protocol_<Type>_<Protocol>_<hash>`, beside the user's items.
    module: Ident,
    /// `Here<…>`, and `<Here<…> as Find>::Target`: the target type as the module names it.
    here: TokenStream,
    target: TokenStream,
    /// The target type as the user wrote it, for messages.
    target_name: String,
    /// `<'a, T: ?Sized + super::…_bounds_T, const N: usize>` for the module's functions.
    check_generics: TokenStream,
    /// `::<T, N>` to call them.
    turbofish: TokenStream,
    /// When the impl has parameters the conforming type does not name (`impl<X> Get<X> for
    /// Store`), `Types` takes `Here<…>` as a parameter, so that its impl names them too
    /// (else E0207): `<Here<X>>` where `Types` is named, `<__ProtocolP: ?Sized>` where it is
    /// declared; empty otherwise.
    types_args: TokenStream,
    types_params: TokenStream,
    /// Those parameters' names.
    free: Vec<String>,
    /// The conforming type's name, for the names of the marker traits.
    type_name: String,
    /// The decoys' trait, unique in the crate (rustc then names it without a path):
    /// `RockDescribeFallback`.
    fallback: Ident,
    /// With a delegate: the `where` clause of the `check` functions that says it conforms.
    via_where: TokenStream,
    /// The protocol with its arguments, as the impl names it.
    trait_path: Path,
    /// Whether `#[diagnostic::…]` attributes resolve where the adapter is written (not in a
    /// `#[no_implicit_prelude]` module).
    diagnostics: bool,
}

impl Names {
    fn new(adapter: &Adapter, span: Span) -> Names {
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
            diagnostics: !adapter.no_implicit_prelude,
            turbofish: call::generic_arguments(&adapter.generics),
            module,
        }
    }
}

#[derive(Default)]
struct Pieces {
    /// Items of the hidden module: marker traits (`UserHasM`) and fallback markers.
    markers: Vec<TokenStream>,
    /// Their names, which `check` imports: in a `#[no_implicit_prelude]` module, no
    /// `#[diagnostic::…]` attribute resolves.
    imports: Vec<TokenStream>,
    /// Items of its module `check`: the functions.
    checks: Vec<TokenStream>,
    /// The members' entries in the module's `Types` trait, declared and defined.
    types_decl: Vec<TokenStream>,
    types_def: Vec<TokenStream>,
    /// The items of the module's decoy trait.
    decoys: Vec<TokenStream>,
    /// Items of the `const _` block: `Pick` impls.
    block: Vec<TokenStream>,
    /// Whether a newtype's optional member needs `Pick`.
    pick: bool,
    /// Whether a marker trait needs the module's `Nobody`.
    nobody: bool,
    /// The trait impl's methods.
    items: Vec<TokenStream>,
    /// Items beside the user's: the aliases of supertraits' associated types, and with a
    /// delegate the aliases and bundles `check` names.
    beside: Vec<TokenStream>,
    /// With a delegate: the `Types` impl's extra `where` predicates.
    types_where: Vec<TokenStream>,
}

/// `sig` as the adapter's code writes it: its types through the aliases beside the protocol
/// (see `signature_aliases`), the protocol's arguments filled in.
fn spelt(
    protocol: &Protocol,
    adapter: &Adapter,
    member: &Member,
    sig: &Signature,
    subst: &Subst,
) -> Signature {
    let spelling = crate::expand::signature_aliases::Spelling::new(protocol, &adapter.path);
    subst.signature(&spelling.signature(sig, &member.cfgs))
}

/// A member's signature as the pieces spell it (see the module doc).
struct Shape {
    /// The member's signature with the protocol's arguments filled in, its types spelt
    /// through the aliases beside the protocol (see `signature_aliases`).
    sig: Signature,
    /// The same as the protocol writes it, for messages.
    shown: Signature,
    /// `for<…> fn(&SelfTy, A) -> R`: what the trait impl calls, and its parts.
    fn_ptr: TokenStream,
    inputs: Vec<Type>,
    output: ReturnType,
    lifetimes: Vec<syn::Lifetime>,
    /// The `FnOnce` bound an inherent method of the target meets, with its `for<…>`.
    bound: TokenStream,
    /// The closure's parameters `__protocol_a0, …` (receiver first), and the arguments an
    /// inherent method of a newtype's field takes (`&__protocol_a0.0, __protocol_a1, …`).
    params: Vec<Ident>,
    field_args: Vec<TokenStream>,
}

impl Shape {
    fn new(
        member: &Member,
        sig: &Signature,
        adapter: &Adapter,
        subst: &Subst,
        names: &Names,
        protocol: &Protocol,
    ) -> Shape {
        let (module, trait_path) = (&names.module, &names.trait_path);
        let shown = subst.signature(sig);
        let sig = spelt(protocol, adapter, member, sig, subst);
        let self_ty = &adapter.self_ty;
        let target = &adapter.target;
        let (inputs, output, lifetimes) = fn_parts(&sig, self_ty, module, trait_path);
        let for_lifetimes = binder(&lifetimes);
        let fn_ptr = quote!(#for_lifetimes fn(#(#inputs),*) #output);
        let (target_inputs, target_output, target_lifetimes) =
            fn_parts(&sig, target, module, trait_path);
        let target_binder = binder(&target_lifetimes);
        let bound = quote!(#target_binder ::core::ops::FnOnce(#(#target_inputs),*) #target_output);
        let params: Vec<Ident> = (0..inputs.len())
            .map(|i| format_ident!("__protocol_a{}", i))
            .collect();
        let field_args = params
            .iter()
            .enumerate()
            .map(|(i, param)| {
                if i == 0 && sig.receiver().is_some() {
                    target_of(&quote!(#param), adapter, member)
                } else {
                    quote!(#param)
                }
            })
            .collect();
        Shape {
            sig,
            shown,
            fn_ptr,
            inputs,
            output,
            lifetimes,
            bound,
            params,
            field_args,
        }
    }
}

impl Pieces {
    /// A required member (or a `#[field]` member the type has no field for).
    #[allow(clippy::too_many_arguments)]
    fn method(
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
    fn marker(
        &mut self,
        marker: &Ident,
        on_unimplemented: &TokenStream,
        cfgs: &[syn::Attribute],
        names: &Names,
    ) {
        let span = names.span;
        let (diagnostic, not_recommended) = if names.diagnostics {
            (
                quote_spanned!(span=> #[diagnostic::on_unimplemented(#on_unimplemented)]),
                quote_spanned!(span=> #[diagnostic::do_not_recommend]),
            )
        } else {
            (TokenStream::new(), TokenStream::new())
        };
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
    fn optional(
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
            crate::check::forward::requires_sized(sig) && maybe_unsized(&adapter.self_ty);
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
        let fn_ptr = &shape.fn_ptr;
        let p = (!names.types_args.is_empty()).then(|| quote_spanned!(span=> <__ProtocolP>));
        self.types_decl.push(quote_spanned! {span=>
            #(#cfgs)*
            const #hidden: Self::#member_ident;
        });
        self.types_def.push(quote_spanned! {span=>
            #(#cfgs)*
            const #hidden: #fn_ptr = <#self_ty as #trait_path>::#hidden;
        });
        self.decoys.push(quote_spanned! {span=>
            #(#cfgs)*
            const #member_ident: <Self as Types #p>::#member_ident = <Self as Types #p>::#hidden;
        });
        self.resolve(member, &shape, adapter, names, None);
    }

    /// The member's entry in `Types`, its function in the module, and the trait impl's
    /// method calling it. The function returns `<Target>::m` as a function pointer of the
    /// member's signature: the inherent method, or the decoy. For a newtype, a closure calls
    /// the field's method; `body` overrides it.
    fn resolve(
        &mut self,
        member: &Member,
        shape: &Shape,
        adapter: &Adapter,
        names: &Names,
        body: Option<TokenStream>,
    ) {
        let span = names.span;
        let cfgs = &member.cfgs;
        let mut ident = shape.sig.ident.clone();
        ident.set_span(span);
        let fn_ptr = &shape.fn_ptr;
        self.types_decl
            .push(quote_spanned! {span=> #(#cfgs)* type #ident; });
        self.types_def
            .push(quote_spanned! {span=> #(#cfgs)* type #ident = #fn_ptr; });
        let target = &names.target;
        let body = body.unwrap_or_else(|| {
            if adapter.field_index.is_none() {
                quote_spanned!(span=> <#target>::#ident)
            } else {
                let (params, args) = (&shape.params, &shape.field_args);
                quote_spanned!(span=> |#(#params),*| <#target>::#ident(#(#args),*))
            }
        });
        let check_generics = &names.check_generics;
        let types_args = &names.types_args;
        let via_where = &names.via_where;
        self.checks.push(quote_spanned! {span=>
            #(#cfgs)*
            #[inline]
            pub(in super::super) fn #ident #check_generics () -> <#target as Types #types_args>::#ident #via_where {
                #body
            }
        });
        // The trait impl's method: the protocol's signature, calling what the module resolved.
        let delegation = call::prepare(&shape.sig, span);
        let receiver = delegation.receiver.map(|token| quote!(#token));
        let call_args = receiver.iter().chain(delegation.args.iter());
        let (module, turbofish) = (&names.module, &names.turbofish);
        let body = quote_spanned!(span=> (#module::check::#ident #turbofish ())(#(#call_args),*));
        let attrs = crate::expand::signature_aliases::method_attrs(cfgs, &shape.sig, &shape.shown);
        self.items.push(delegation.method(body, &attrs, span));
    }

    /// The hidden module beside the user's items, and the `const _` block with the impls.
    fn finish(
        self,
        adapter: &Adapter,
        names: &Names,
        trait_impl: &TokenStream,
        register: &TokenStream,
    ) -> TokenStream {
        let Pieces {
            checks,
            markers,
            imports,
            types_decl,
            types_def,
            decoys,
            block,
            pick,
            nobody,
            beside,
            types_where,
            ..
        } = self;
        let span = names.span;
        let module = &names.module;
        let fallback = &names.fallback;
        let generics = &adapter.generics;
        let (impl_generics, ty_args, where_clause) = generics.split_for_impl();
        let mut types_generics = generics.clone();
        for predicate in &types_where {
            types_generics
                .make_where_clause()
                .predicates
                .push(syn::parse_quote!(#predicate));
        }
        let types_where = types_generics.split_for_impl().2;
        let here = here_struct(generics);
        let (types_params, types_args) = (&names.types_params, &names.types_args);
        let types_args_outside =
            (!types_args.is_empty()).then(|| quote_spanned!(span=> <#module::Here #ty_args>));
        let (decoys_params, decoys_args, decoys_impl_params) = if types_args.is_empty() {
            (
                TokenStream::new(),
                TokenStream::new(),
                quote!(<__ProtocolX: ?::core::marker::Sized + Types>),
            )
        } else {
            (
                quote!(<__ProtocolP: ?::core::marker::Sized>),
                quote!(<__ProtocolP>),
                quote!(<__ProtocolP: ?::core::marker::Sized, __ProtocolX: ?::core::marker::Sized + Types<__ProtocolP>>),
            )
        };
        let nobody = nobody.then(|| quote_spanned!(span=> pub(super) struct Nobody;));
        let pick = pick.then(|| {
            quote_spanned! {span=>
                pub(super) struct Pick<__ProtocolH: ?::core::marker::Sized, __ProtocolF>(
                    pub(super) ::core::marker::PhantomData<*const __ProtocolH>,
                    pub(super) __ProtocolF,
                );
            }
        });
        let bundles = bound_bundles(generics, module);
        let target = &adapter.target;
        // Paths in the protocol's signatures are written in the protocol's module: its items
        // are glob-imported beside the user's (two globs, so a name both define is an
        // ambiguity error, not silently the protocol's).
        let globs = protocol_module(&adapter.path).map(|module| {
            quote! {
                #[allow(unused_imports)]
                use self::*;
                #[allow(unused_imports)]
                use #module::*;
            }
        });
        let allow_repeated = crate::expand::allow_repeated();
        quote_spanned! {span=>
            #[doc(hidden)]
            #[allow(non_camel_case_types, non_snake_case, non_upper_case_globals, dead_code, deprecated, clippy::all, clippy::pedantic)]
            mod #module {
                #here
                pub(super) trait Find {
                    type Target: ?::core::marker::Sized;
                }
                pub(super) trait Types #types_params {
                    #(#types_decl)*
                }
                #pick
                #nobody
                #(#markers)*
                // No trait is in scope here but the decoys: not the protocol, nor the
                // prelude's (`ToString::to_string` …).
                #[no_implicit_prelude]
                pub(super) mod check {
                    // Unused when every member is a field (no decoy names them); spanned at
                    // the protocol's path, so rustc would point there.
                    #[allow(unused_imports)]
                    use super::{Find, Here, Types};
                    #(#imports)*
                    pub(in super::super) trait #fallback #decoys_params: Types #decoys_args {
                        #(#decoys)*
                    }
                    impl #decoys_impl_params #fallback #decoys_args for __ProtocolX {}
                    #(#checks)*
                }
            }
            #(#bundles)*
            #(#beside)*
            #allow_repeated
            const _: () = {
                #globs
                impl #impl_generics #module::Find for #module::Here #ty_args #where_clause {
                    type Target = #target;
                }
                #[allow(non_camel_case_types, non_upper_case_globals)]
                impl #impl_generics #module::Types #types_args_outside for #target #types_where {
                    #(#types_def)*
                }
                #(#block)*
                #trait_impl
                #register
            };
        }
    }
}

/// `struct Here<'a, T: ?Sized, const N: usize>(PhantomData<(&'a (), *const T)>);`: one
/// type per conformance, generic like its impl, that `Find` maps to the target type.
fn here_struct(generics: &Generics) -> TokenStream {
    if generics.params.is_empty() {
        return quote!(
            pub(super) struct Here;
        );
    }
    let mut params = Vec::new();
    let mut phantom = Vec::new();
    for param in &generics.params {
        match param {
            GenericParam::Lifetime(l) => {
                let lifetime = &l.lifetime;
                params.push(quote!(#lifetime));
                phantom.push(quote!(&#lifetime ()));
            }
            GenericParam::Type(t) => {
                let ident = &t.ident;
                params.push(quote!(#ident: ?::core::marker::Sized));
                phantom.push(quote!(*const #ident));
            }
            GenericParam::Const(c) => {
                let (ident, ty) = (&c.ident, &c.ty);
                params.push(quote!(const #ident: #ty));
            }
        }
    }
    quote!(pub(super) struct Here<#(#params),*>(pub(super) ::core::marker::PhantomData<(#(#phantom,)*)>);)
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

/// Where the struct declares the field a `#[field]` member reads.
fn field_span(adapter: &Adapter, field: &crate::model::Field) -> Option<Span> {
    adapter
        .fields
        .iter()
        .find(|name| name.unraw() == field.name.unraw())
        .map(Ident::span)
}
