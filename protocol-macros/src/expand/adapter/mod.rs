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
//! A wrong signature is one error in the protocol's words: `check` sees the method as a
//! function pointer with its lifetimes left free (`protocol_core::__private::shape`), the
//! protocol's signature as one with every lifetime `'k` (the module's `Parts<'k>`), and passes
//! the method on only through a marker trait (`FishSwimSignature`) implemented when the two
//! are the same type; its `#[diagnostic::on_unimplemented]` is the error, and the value it
//! passes is then of an unknown type, so no coercion error follows. Lifetimes, `unsafe`
//! members and the rest the marker does not compare fail the coercion to the function
//! pointer (E0308) at the user's attribute.
//!
//! Files: this one reads the request (its type is [`crate::wire::Adapter`]) and walks the
//! members; `names` names what one request generates; `shape` spells a member's signature;
//! `lookup` writes the marker traits and decoys that find an inherent method or report its
//! absence; `generated` writes the member's function, the trait impl's method, the hidden
//! module and the `const _` block; `newtype` and `delegation` hold what is particular to
//! `conform!`'s newtypes and to `via`; `bounds` and `spelling` are their helpers.

use crate::check::subst::Subst;
use crate::errors::Errors;
use crate::model::render::render;
use crate::model::signature::names_self_outside_receiver;
use crate::model::{Decl, Member, MemberKind, Protocol, Receiver};
pub(crate) use crate::wire::Adapter;
use proc_macro2::{Span, TokenStream};
use quote::quote;
use syn::ext::IdentExt;
use syn::{Ident, Signature, Type};

mod bounds;
mod delegation;
mod generated;
mod lookup;
mod names;
mod newtype;
mod shape;
mod spelling;

use names::Names;
use shape::Shape;
use spelling::{camel, receiver_type, supertrait_aliases, NameElided, SelfToTarget};

/// The callback: the protocol's definition and the request, to the adapter.
pub(crate) fn callback(input: TokenStream) -> TokenStream {
    let (adapter, definition) = match crate::wire::adapter(input) {
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
    /// The members' entries in the module's `Parts<'k>` trait, declared and defined: the
    /// protocol's signatures with every lifetime `'k`, which a method's is compared with.
    parts_decl: Vec<TokenStream>,
    parts_def: Vec<TokenStream>,
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
