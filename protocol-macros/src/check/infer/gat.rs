//! Generic associated types (`type Item<'a> where Self: 'a;`): written in the attribute
//! (`LendingIterator<Item<'b> = &'b mut [u8]>`) or inferred from a signature that names
//! one (`-> Option<Self::Item<'_>>` against `-> Option<&mut [u8]>`). Either way the type is
//! rewritten with the trait's own parameter names, so the impl can use the trait's
//! generics and `where` clause as they are: `type Item<'a> = &'a mut [u8] where Self: 'a;`.

use proc_macro2::{Span, TokenStream};
use quote::{quote, ToTokens};
use std::collections::BTreeMap;
use syn::visit_mut::VisitMut;
use syn::{AngleBracketedGenericArguments, GenericArgument, GenericParam, Generics, Ident, Type};

/// One generic associated type of the impl.
pub(crate) struct GatDef {
    pub(crate) ident: Ident,
    /// The trait's generics for it, `where` clause included.
    pub(crate) generics: Generics,
    pub(crate) ty: Type,
}

impl ToTokens for GatDef {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        let (ident, ty) = (&self.ident, &self.ty);
        let (params, _, _) = self.generics.split_for_impl();
        let where_clause = &self.generics.where_clause;
        tokens.extend(quote!(type #ident #params = #ty #where_clause;));
    }
}

/// A written binding `Item<'b, U> = …`: its type with the binding's names for the
/// parameters (`'b`, `U`) replaced by the trait's, paired by position and kind.
pub(super) fn from_binding(
    ident: &Ident,
    args: &AngleBracketedGenericArguments,
    ty: &Type,
    generics: &Generics,
) -> Result<Type, String> {
    let params: Vec<&GenericParam> = generics.params.iter().collect();
    let form = || {
        format!(
            "has the parameters `<{}>`: write each, under any name, in that order: `{}`",
            crate::model::render::render(&generics.params),
            example(ident, generics)
        )
    };
    if args.args.len() != params.len() {
        return Err(form());
    }
    let mut rename = Rename::default();
    for (arg, param) in args.args.iter().zip(params) {
        match (arg, param) {
            (GenericArgument::Lifetime(ours), GenericParam::Lifetime(theirs)) => {
                rename
                    .lifetimes
                    .insert(ours.ident.to_string(), theirs.lifetime.clone());
            }
            (GenericArgument::Type(Type::Path(ours)), GenericParam::Type(theirs))
                if ours.path.get_ident().is_some() =>
            {
                if let Some(ident) = ours.path.get_ident() {
                    rename.types.insert(ident.to_string(), theirs.ident.clone());
                }
            }
            (GenericArgument::Type(Type::Path(ours)), GenericParam::Const(theirs))
                if ours.path.get_ident().is_some() =>
            {
                if let Some(ident) = ours.path.get_ident() {
                    rename.types.insert(ident.to_string(), theirs.ident.clone());
                }
            }
            _ => return Err(form()),
        }
    }
    let mut ty = ty.clone();
    rename.visit_type_mut(&mut ty);
    Ok(ty)
}

/// Where the protocol writes `Self::Item<'x>` and the block a type: that type, its `'x` (or,
/// for `'_`, its elided lifetimes) renamed to the trait's first lifetime parameter, and
/// type arguments that are plain names renamed alike.
pub(super) fn from_use(
    theirs: &AngleBracketedGenericArguments,
    ours: &Type,
    generics: &Generics,
) -> Type {
    let mut rename = Rename::default();
    for (arg, param) in theirs.args.iter().zip(&generics.params) {
        match (arg, param) {
            (GenericArgument::Lifetime(l), GenericParam::Lifetime(p)) if l.ident == "_" => {
                rename.elided = Some(p.lifetime.clone());
            }
            (GenericArgument::Lifetime(l), GenericParam::Lifetime(p)) => {
                rename
                    .lifetimes
                    .insert(l.ident.to_string(), p.lifetime.clone());
            }
            (GenericArgument::Type(Type::Path(t)), GenericParam::Type(p)) => {
                if let Some(ident) = t.path.get_ident() {
                    rename.types.insert(ident.to_string(), p.ident.clone());
                }
            }
            _ => {}
        }
    }
    let mut ty = ours.clone();
    rename.visit_type_mut(&mut ty);
    ty
}

/// `Self::Item<…>` when `Item` is one of `gats`: its name and arguments.
pub(super) fn use_of(
    ty: &Type,
    is_gat: impl Fn(&str) -> bool,
) -> Option<(String, &AngleBracketedGenericArguments)> {
    let Type::Path(p) = ty else { return None };
    let segments = &p.path.segments;
    if p.qself.is_some() || segments.len() != 2 || segments[0].ident != "Self" {
        return None;
    }
    let name = segments[1].ident.to_string();
    match &segments[1].arguments {
        syn::PathArguments::AngleBracketed(args) if is_gat(&name) => Some((name, args)),
        _ => None,
    }
}

/// `Item<'a> = …`: how the attribute writes a generic associated type.
pub(super) fn example(ident: &Ident, generics: &Generics) -> String {
    let params: Vec<String> = generics
        .params
        .iter()
        .map(|p| match p {
            GenericParam::Lifetime(l) => l.lifetime.to_string(),
            GenericParam::Type(t) => t.ident.to_string(),
            GenericParam::Const(c) => c.ident.to_string(),
        })
        .collect();
    format!("{ident}<{}> = …", params.join(", "))
}

#[derive(Default)]
struct Rename {
    lifetimes: BTreeMap<String, syn::Lifetime>,
    types: BTreeMap<String, Ident>,
    /// What elided and `'_` lifetimes become.
    elided: Option<syn::Lifetime>,
}

impl VisitMut for Rename {
    fn visit_lifetime_mut(&mut self, lifetime: &mut syn::Lifetime) {
        if lifetime.ident == "_" {
            if let Some(elided) = &self.elided {
                *lifetime = elided.clone();
            }
        } else if let Some(new) = self.lifetimes.get(&lifetime.ident.to_string()) {
            *lifetime = new.clone();
        }
    }

    fn visit_type_reference_mut(&mut self, reference: &mut syn::TypeReference) {
        if reference.lifetime.is_none() {
            reference.lifetime = self.elided.clone();
        }
        syn::visit_mut::visit_type_reference_mut(self, reference);
    }

    fn visit_type_path_mut(&mut self, ty: &mut syn::TypePath) {
        if ty.qself.is_none() {
            if let Some(ident) = ty.path.get_ident() {
                if let Some(new) = self.types.get(&ident.to_string()) {
                    ty.path = Ident::new(&new.to_string(), Span::call_site()).into();
                    return;
                }
            }
        }
        syn::visit_mut::visit_type_path_mut(self, ty);
    }
}
