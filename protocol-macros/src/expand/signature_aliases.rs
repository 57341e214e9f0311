//! Type aliases beside a protocol for the types its members' signatures name, so that a
//! conformance written in another module names each type as the protocol's module resolves
//! it: with `use std::io::Result;` there, `fn read(&mut self) -> Result<usize>` is spelt
//! `io_mod::__protocol_Read_…<'_>` by an adapter for `#[conforms(io_mod::Read)]`, where a
//! bare `Result<usize>` would be the prelude's.
//!
//! `#[protocol]` writes the aliases ([`definitions`]); the adapter rewrites each signature
//! through them ([`Spelling::signature`]). Both run the same walk over the same tokens, and
//! each alias is named for a hash of what it stands for, so they agree without a table.
//!
//! What becomes an alias is a path type (`io::Result<u8>`, `Vec<String>`, `fmt::Formatter`)
//! or a function pointer type, with the protocol's and the member's type parameters, `Self`
//! and `Self::…` left as the alias's parameters (they resolve where the impl is written), and
//! every lifetime a parameter too. The lifetimes such a path elides (`fmt::Formatter` for
//! `Formatter<'_>`) cannot be written in an alias: the alias names the type as the result of
//! `fn(&'k ()) -> T`, where they are elided from `'k`, which the adapter passes as `'_`.

use crate::model::{Decl, Protocol};
use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote, ToTokens};
use syn::visit::Visit;
use syn::visit_mut::VisitMut;
use syn::{Attribute, FnArg, Generics, Ident, Lifetime, Path, ReturnType, Signature, Type};

/// One alias: `type <name><'__protocol_k, lifetimes…, H0, …> = <value>;`.
pub(crate) struct Alias {
    name: Ident,
    lifetimes: Vec<Lifetime>,
    params: usize,
    value: Type,
    cfgs: Vec<Attribute>,
}

/// Where a type stands in a signature: it decides the lifetime the alias's elided ones take.
#[derive(Clone, Copy)]
enum Position {
    /// A parameter: a fresh lifetime (`'_`), as elision gives each one.
    Input,
    /// The result, when elision lends it a lifetime (a `&self` receiver, or an elided
    /// lifetime of its own): `'_`.
    Output,
    /// The result, when elision lends it no lifetime: `'static`.
    Static,
    /// A const's type: its elided lifetimes are `'static` too.
    Const,
}

/// The walk's context: the names that stay parameters, and what the aliases are named for.
struct Cx<'a> {
    protocol: &'a Protocol,
    /// The member's type and const parameters (the protocol's are in `protocol.generics`).
    method: Option<&'a Generics>,
    cfgs: &'a [Attribute],
}

/// The aliases `#[protocol]` writes beside the trait, with the trait's visibility.
pub(crate) fn definitions(
    protocol: &Protocol,
    vis: &syn::Visibility,
    krate: &TokenStream,
) -> TokenStream {
    let mut aliases: Vec<Alias> = Vec::new();
    for_each_type(protocol, |cx, ty, position| {
        spell(cx, ty, position, None, &mut aliases);
    });
    let mut seen = std::collections::HashSet::new();
    let mut out = TokenStream::new();
    for alias in aliases {
        if !seen.insert(alias.name.to_string()) {
            continue;
        }
        let Alias {
            name,
            lifetimes,
            params,
            value,
            cfgs,
        } = alias;
        let params = (0..params).map(hole_param);
        out.extend(quote! {
            #(#cfgs)*
            #[doc(hidden)]
            #[allow(
                unknown_lints,
                non_camel_case_types,
                type_alias_bounds,
                private_interfaces,
                dead_code,
                elided_lifetimes_in_paths,
                mismatched_lifetime_syntaxes
            )]
            #vis type #name<'__protocol_k, #(#lifetimes,)* #(#params),*> =
                <fn(&'__protocol_k ()) -> #value as #krate::__private::Elided>::Out;
        });
    }
    out
}

/// How an adapter spells a protocol's signature types: through the aliases beside the
/// protocol, reached by the path the user wrote (`io_mod::Read` → `io_mod::`). A protocol
/// named by its bare name is in scope: its module's names are the adapter's, or were
/// imported, and the types are left as they are.
pub(crate) struct Spelling<'a> {
    protocol: &'a Protocol,
    prefix: Option<Path>,
}

impl<'a> Spelling<'a> {
    pub(crate) fn new(protocol: &'a Protocol, trait_path: &Path) -> Self {
        let prefix = (trait_path.segments.len() > 1).then(|| {
            let mut prefix = trait_path.clone();
            prefix.segments.pop();
            prefix.segments.pop_punct();
            prefix
        });
        Spelling { protocol, prefix }
    }

    /// A const's type, spelt likewise.
    pub(crate) fn const_type(&self, ty: &Type, cfgs: &[Attribute]) -> Type {
        let Some(prefix) = &self.prefix else {
            return ty.clone();
        };
        let cx = Cx {
            protocol: self.protocol,
            method: None,
            cfgs,
        };
        spell(&cx, ty, Position::Const, Some(prefix), &mut Vec::new())
    }

    /// `sig` (the member `name`'s, before its parameters are substituted) with every type the
    /// aliases stand for spelt through them.
    pub(crate) fn signature(&self, sig: &Signature, cfgs: &[Attribute]) -> Signature {
        let Some(prefix) = &self.prefix else {
            return sig.clone();
        };
        let cx = Cx {
            protocol: self.protocol,
            method: Some(&sig.generics),
            cfgs,
        };
        let mut sig = sig.clone();
        let output = output_position(&sig);
        for input in &mut sig.inputs {
            if let FnArg::Typed(typed) = input {
                *typed.ty = spell(
                    &cx,
                    &typed.ty,
                    Position::Input,
                    Some(prefix),
                    &mut Vec::new(),
                );
            }
        }
        if let ReturnType::Type(_, ty) = &mut sig.output {
            **ty = spell(&cx, ty, output, Some(prefix), &mut Vec::new());
        }
        sig
    }
}

/// The attributes of an impl's method: the member's `#[cfg]`s, and `#[doc(hidden)]` when its
/// signature is spelt through the aliases, which rustdoc would show by their hidden names
/// (the protocol's page shows the member).
pub(crate) fn method_attrs(
    cfgs: &[Attribute],
    spelt: &Signature,
    shown: &Signature,
) -> Vec<Attribute> {
    let mut attrs = cfgs.to_vec();
    if spelt.to_token_stream().to_string() != shown.to_token_stream().to_string() {
        attrs.push(syn::parse_quote!(#[doc(hidden)]));
    }
    attrs
}

/// Calls `f` with every signature type of the protocol's members and its position.
fn for_each_type(protocol: &Protocol, mut f: impl FnMut(&Cx, &Type, Position)) {
    for member in &protocol.members {
        match &member.decl {
            Decl::Fn(sig) => {
                let cx = Cx {
                    protocol,
                    method: Some(&sig.generics),
                    cfgs: &member.cfgs,
                };
                for input in &sig.inputs {
                    if let FnArg::Typed(typed) = input {
                        f(&cx, &typed.ty, Position::Input);
                    }
                }
                if let ReturnType::Type(_, ty) = &sig.output {
                    f(&cx, ty, output_position(sig));
                }
            }
            Decl::Const(ty) => {
                let cx = Cx {
                    protocol,
                    method: None,
                    cfgs: &member.cfgs,
                };
                f(&cx, ty, Position::Const);
            }
            Decl::Type(_) => {}
        }
    }
}

/// `'_` for the result when elision gives it a lifetime that is surely unique: a reference
/// receiver, or an elided lifetime in the result itself (the trait compiles, so it has one).
fn output_position(sig: &Signature) -> Position {
    let by_receiver = sig
        .receiver()
        .is_some_and(|r| crate::model::receiver::view(r).reference.is_some());
    let mut elided = Elisions::default();
    if let ReturnType::Type(_, ty) = &sig.output {
        elided.visit_type(ty);
    }
    if by_receiver || elided.0 {
        Position::Output
    } else {
        Position::Static
    }
}

/// Whether a type elides a lifetime outside a function type's own scope (`&T`, `Foo<'_>`).
#[derive(Default)]
struct Elisions(bool);

impl<'ast> Visit<'ast> for Elisions {
    fn visit_type_reference(&mut self, r: &'ast syn::TypeReference) {
        self.0 |= r.lifetime.is_none();
        syn::visit::visit_type_reference(self, r);
    }
    fn visit_lifetime(&mut self, l: &'ast Lifetime) {
        self.0 |= l.ident == "_";
    }
    fn visit_type_fn_ptr(&mut self, _: &'ast syn::TypeFnPtr) {}
    fn visit_parenthesized_generic_arguments(
        &mut self,
        _: &'ast syn::ParenthesizedGenericArguments,
    ) {
    }
}

/// `ty` with each part an alias stands for replaced by its use; each alias made is pushed
/// on `aliases`. `prefix` is the path to the protocol's module (`None` when only collecting).
fn spell(
    cx: &Cx,
    ty: &Type,
    position: Position,
    prefix: Option<&Path>,
    aliases: &mut Vec<Alias>,
) -> Type {
    let mut ty = ty.clone();
    Spell {
        cx,
        position,
        prefix,
        aliases,
    }
    .visit_type_mut(&mut ty);
    ty
}

/// The walk of [`spell`]: references, tuples, slices and the arguments of `impl`/`dyn`
/// traits are gone through; a path or function type becomes an alias when one can say it.
struct Spell<'s, 'c, 'a> {
    cx: &'c Cx<'a>,
    position: Position,
    prefix: Option<&'s Path>,
    aliases: &'s mut Vec<Alias>,
}

impl VisitMut for Spell<'_, '_, '_> {
    fn visit_type_mut(&mut self, ty: &mut Type) {
        if is_hole(self.cx, ty) {
            return;
        }
        let aliasable = match &*ty {
            Type::Path(p) => !is_primitive(p),
            Type::FnPtr(_) => true,
            _ => false,
        };
        if aliasable {
            if let Some(used) = alias(self.cx, ty, self.position, self.prefix, self.aliases) {
                *ty = used;
                return;
            }
            if matches!(ty, Type::FnPtr(_)) {
                return;
            }
        }
        // Not expressible as an alias (a const parameter, a macro, `impl Trait` inside), or
        // not a path: its parts may still be.
        syn::visit_mut::visit_type_mut(self, ty);
    }

    // An array's length is a value: nothing to spell.
    fn visit_expr_mut(&mut self, _: &mut syn::Expr) {}

    // `Fn(A) -> R` elides lifetimes in its own scope, where `'_` may have no source.
    fn visit_parenthesized_generic_arguments_mut(
        &mut self,
        _: &mut syn::ParenthesizedGenericArguments,
    ) {
    }
}

/// The alias for all of `ty` and its use, or `None` when an alias cannot say it.
fn alias(
    cx: &Cx,
    ty: &Type,
    position: Position,
    prefix: Option<&Path>,
    aliases: &mut Vec<Alias>,
) -> Option<Type> {
    let mut extract = Extract {
        cx,
        holes: Vec::new(),
        lifetimes: Vec::new(),
        args: Vec::new(),
        binders: 0,
        bound: Vec::new(),
        fails: false,
        elided: match position {
            Position::Const => quote!('static),
            Position::Input | Position::Output | Position::Static => quote!('_),
        },
    };
    let mut value = ty.clone();
    extract.visit_type_mut(&mut value);
    if extract.fails {
        return None;
    }
    let Extract {
        holes,
        lifetimes,
        args,
        ..
    } = extract;
    let cfgs = cx.cfgs;
    let key = format!(
        "{} {} {}",
        value.to_token_stream(),
        quote!(#(#cfgs)*),
        holes.len()
    );
    let hash = crate::expand::carrier::fnv1a(key.as_bytes());
    let name = format_ident!(
        "__protocol_{}_{:08x}",
        syn::ext::IdentExt::unraw(&cx.protocol.ident),
        hash >> 32
    );
    let k = match position {
        Position::Input | Position::Output => quote!('_),
        Position::Static | Position::Const => quote!('static),
    };
    let hole_args: Vec<Type> = holes
        .iter()
        .map(|(_, ty)| spell(cx, ty, position, prefix, aliases))
        .collect();
    let used =
        prefix.map(|prefix| syn::parse_quote!(#prefix::#name<#k, #(#args,)* #(#hole_args),*>));
    aliases.push(Alias {
        name,
        lifetimes,
        params: holes.len(),
        value,
        cfgs: cx.cfgs.to_vec(),
    });
    used
}

fn hole_param(i: usize) -> Ident {
    format_ident!("__ProtocolH{}", i)
}

/// Turns a type into an alias's value: holes become `__ProtocolH<i>`, lifetimes
/// `'__protocol_l<i>` (named ones keep their names), outside the scopes of function types
/// and `for<…>`, whose elided lifetimes are their own.
struct Extract<'c, 'a> {
    cx: &'c Cx<'a>,
    /// Each hole's text and type, in order of first use.
    holes: Vec<(String, Type)>,
    /// The alias's lifetime parameters, and what the use passes for each.
    lifetimes: Vec<Lifetime>,
    args: Vec<TokenStream>,
    /// How deep in function types and `for<…>` binders, and the lifetimes those declare.
    binders: usize,
    bound: Vec<Lifetime>,
    fails: bool,
    /// What the use passes for an elided lifetime: `'_`, or `'static` in a const's type.
    elided: TokenStream,
}

impl Extract<'_, '_> {
    fn fresh_lifetime(&mut self) -> Lifetime {
        let lifetime = Lifetime::new(
            &format!("'__protocol_l{}", self.lifetimes.len()),
            Span::call_site(),
        );
        self.lifetimes.push(lifetime.clone());
        self.args.push(self.elided.clone());
        lifetime
    }
}

impl VisitMut for Extract<'_, '_> {
    fn visit_type_mut(&mut self, ty: &mut Type) {
        // An array whose length is not a literal (`[u8; N]`) is passed whole, like a hole.
        let sized_by_parameter =
            matches!(ty, Type::Array(a) if !matches!(a.len, syn::Expr::Lit(_)));
        if is_hole(self.cx, ty) || sized_by_parameter {
            let text = ty.to_token_stream().to_string();
            let index = self
                .holes
                .iter()
                .position(|(t, _)| *t == text)
                .unwrap_or_else(|| {
                    self.holes.push((text, ty.clone()));
                    self.holes.len() - 1
                });
            let param = hole_param(index);
            *ty = syn::parse_quote!(#param);
            return;
        }
        match ty {
            Type::ImplTrait(_) | Type::Macro(_) | Type::Infer(_) | Type::Verbatim(_) => {
                self.fails = true;
            }
            Type::FnPtr(f) => {
                let declared = bound_lifetimes(f.lifetimes.as_ref());
                let depth = self.bound.len();
                self.bound.extend(declared);
                self.binders += 1;
                syn::visit_mut::visit_type_fn_ptr_mut(self, f);
                self.binders -= 1;
                self.bound.truncate(depth);
            }
            Type::Path(p) if p.qself.is_none() && is_const_param(self.cx, &p.path) => {
                self.fails = true;
            }
            _ => syn::visit_mut::visit_type_mut(self, ty),
        }
    }

    fn visit_type_reference_mut(&mut self, r: &mut syn::TypeReference) {
        match &mut r.lifetime {
            Some(lifetime) => self.visit_lifetime_mut(lifetime),
            None if self.binders == 0 => r.lifetime = Some(self.fresh_lifetime()),
            None => {}
        }
        self.visit_type_mut(&mut r.elem);
    }

    fn visit_lifetime_mut(&mut self, l: &mut Lifetime) {
        if l.ident == "static" {
            return;
        }
        if l.ident == "_" {
            if self.binders == 0 {
                *l = self.fresh_lifetime();
            }
            return;
        }
        // A named lifetime of the protocol or the member: a parameter of the same name.
        if !self.lifetimes.contains(l) && !self.bound.contains(l) {
            self.lifetimes.push(l.clone());
            self.args.push(quote!(#l));
        }
    }

    fn visit_parenthesized_generic_arguments_mut(
        &mut self,
        args: &mut syn::ParenthesizedGenericArguments,
    ) {
        self.binders += 1;
        syn::visit_mut::visit_parenthesized_generic_arguments_mut(self, args);
        self.binders -= 1;
    }

    fn visit_trait_bound_mut(&mut self, bound: &mut syn::TraitBound) {
        let declared = bound_lifetimes(bound.lifetimes.as_ref());
        let depth = self.bound.len();
        let binds = !declared.is_empty();
        self.bound.extend(declared);
        self.binders += usize::from(binds);
        syn::visit_mut::visit_path_mut(self, &mut bound.path);
        self.binders -= usize::from(binds);
        self.bound.truncate(depth);
    }

    fn visit_expr_mut(&mut self, expr: &mut syn::Expr) {
        // An array length or const argument naming a const parameter needs its type.
        if !matches!(expr, syn::Expr::Lit(_)) {
            self.fails = true;
        }
    }

    fn visit_macro_mut(&mut self, _: &mut syn::Macro) {
        self.fails = true;
    }
}

fn bound_lifetimes(binder: Option<&syn::BoundLifetimes>) -> Vec<Lifetime> {
    binder.map_or_else(Vec::new, |b| {
        b.lifetimes
            .iter()
            .filter_map(|p| match p {
                syn::GenericParam::Lifetime(l) => Some(l.lifetime.clone()),
                _ => None,
            })
            .collect()
    })
}

fn is_const_param(cx: &Cx, path: &Path) -> bool {
    path.get_ident().is_some_and(|name| {
        cx.protocol
            .generics
            .const_params()
            .chain(cx.method.iter().flat_map(|g| g.const_params()))
            .any(|param| param.ident == *name)
    })
}

/// A type that resolves where the impl is written, so an alias takes it as a parameter:
/// `Self`, `Self::Item`, a type parameter of the protocol or the member, `T::Output`, and a
/// qualified path whose type is one of those.
fn is_hole(cx: &Cx, ty: &Type) -> bool {
    let Type::Path(p) = ty else { return false };
    if let Some(qself) = &p.qself {
        return contains_hole(cx, &qself.ty);
    }
    let Some(first) = p.path.segments.first() else {
        return false;
    };
    if p.path.leading_colon.is_some() {
        return false;
    }
    let name = &first.ident;
    name == "Self"
        || cx
            .protocol
            .generics
            .type_params()
            .chain(cx.method.iter().flat_map(|g| g.type_params()))
            .any(|param| param.ident == *name)
}

fn contains_hole(cx: &Cx, ty: &Type) -> bool {
    struct Find<'c, 'a>(&'c Cx<'a>, bool);
    impl<'ast> Visit<'ast> for Find<'_, '_> {
        fn visit_type(&mut self, ty: &'ast Type) {
            if is_hole(self.0, ty) {
                self.1 = true;
            } else {
                syn::visit::visit_type(self, ty);
            }
        }
    }
    let mut find = Find(cx, false);
    find.visit_type(ty);
    find.1
}

/// `u32`, `str`, `bool` …: the same type everywhere, no alias needed.
fn is_primitive(p: &syn::TypePath) -> bool {
    const PRIMITIVES: [&str; 17] = [
        "bool", "char", "str", "u8", "u16", "u32", "u64", "u128", "usize", "i8", "i16", "i32",
        "i64", "i128", "isize", "f32", "f64",
    ];
    p.qself.is_none()
        && p.path.leading_colon.is_none()
        && p.path.segments.len() == 1
        && p.path.segments[0].arguments.is_none()
        && PRIMITIVES
            .iter()
            .any(|name| p.path.segments[0].ident == name)
}
