//! The unifier: walks a protocol's type and a block's side by side, binding the protocol's
//! parameters and associated types to what the block writes in their place.

use super::{gat, Found, VarKind};
use crate::check::subst::{placeholder, Placeholder};
use crate::model::render::render;
use crate::model::Protocol;
use quote::{quote, ToTokens};
use std::collections::BTreeMap;
use syn::{Expr, FnArg, GenericArgument, Lifetime, PathArguments, ReturnType, Signature, Type};

/// The unifier: walks a protocol type and a block type side by side, binding variables.
pub(super) struct Unifier<'p> {
    pub(super) vars: BTreeMap<String, VarKind>,
    pub(super) found: BTreeMap<String, Found>,
    pub(super) protocol: &'p Protocol,
    pub(super) member: String,
    pub(super) errors: Vec<syn::Error>,
}

impl Unifier<'_> {
    pub(super) fn signature(&mut self, theirs: &Signature, ours: &Signature) {
        let theirs_inputs = theirs.inputs.iter().filter_map(typed);
        let ours_inputs = ours.inputs.iter().filter_map(typed);
        for (t, o) in theirs_inputs.zip(ours_inputs) {
            self.ty(t, o);
        }
        if let (ReturnType::Type(_, t), ReturnType::Type(_, o)) = (&theirs.output, &ours.output) {
            self.ty(t, o);
        }
    }

    pub(super) fn ty(&mut self, theirs: &Type, ours: &Type) {
        let theirs = peel(theirs);
        let ours = peel(ours);
        let is_gat = |name: &str| self.vars.get(name) == Some(&VarKind::Gat);
        if let Some((name, args)) = gat::use_of(theirs, is_gat) {
            let generics = self.protocol.member(&name).and_then(|m| m.gat.as_ref());
            if let Some(generics) = generics {
                let ty = gat::from_use(args, ours, generics);
                self.bind(&name, ty.to_token_stream(), ours);
            }
            return;
        }
        if let Some(var) = self.type_var(theirs) {
            self.bind(&var, ours.to_token_stream(), ours);
            return;
        }
        match (theirs, ours) {
            (Type::Path(t), Type::Path(o)) if t.qself.is_none() && o.qself.is_none() => {
                if let (Some(t), Some(o)) = (t.path.segments.last(), o.path.segments.last()) {
                    if t.ident == o.ident {
                        self.arguments(&t.arguments, &o.arguments);
                    }
                }
            }
            (Type::Reference(t), Type::Reference(o)) => {
                self.lifetime(t.lifetime.as_ref(), o.lifetime.as_ref());
                self.ty(&t.elem, &o.elem);
            }
            (Type::Ptr(t), Type::Ptr(o)) => self.ty(&t.elem, &o.elem),
            (Type::Slice(t), Type::Slice(o)) => self.ty(&t.elem, &o.elem),
            (Type::Array(t), Type::Array(o)) => {
                self.ty(&t.elem, &o.elem);
                self.expr(&t.len, &o.len);
            }
            (Type::Tuple(t), Type::Tuple(o)) if t.elems.len() == o.elems.len() => {
                for (t, o) in t.elems.iter().zip(&o.elems) {
                    self.ty(t, o);
                }
            }
            (Type::FnPtr(t), Type::FnPtr(o)) if t.inputs.len() == o.inputs.len() => {
                for (t, o) in t.inputs.iter().zip(&o.inputs) {
                    self.ty(&t.ty, &o.ty);
                }
                if let (ReturnType::Type(_, t), ReturnType::Type(_, o)) = (&t.output, &o.output) {
                    self.ty(t, o);
                }
            }
            (Type::ImplTrait(t), Type::ImplTrait(o)) if t.bounds.len() == o.bounds.len() => {
                self.bounds(t.bounds.iter(), o.bounds.iter());
            }
            (Type::TraitObject(t), Type::TraitObject(o)) if t.bounds.len() == o.bounds.len() => {
                self.bounds(t.bounds.iter(), o.bounds.iter());
            }
            _ => {}
        }
    }

    pub(super) fn bounds<'a>(
        &mut self,
        theirs: impl Iterator<Item = &'a syn::TypeParamBound>,
        ours: impl Iterator<Item = &'a syn::TypeParamBound>,
    ) {
        for (t, o) in theirs.zip(ours) {
            match (t, o) {
                (syn::TypeParamBound::Trait(t), syn::TypeParamBound::Trait(o)) => {
                    if let (Some(t), Some(o)) = (t.path.segments.last(), o.path.segments.last()) {
                        if t.ident == o.ident {
                            self.arguments(&t.arguments, &o.arguments);
                        }
                    }
                }
                (syn::TypeParamBound::Lifetime(t), syn::TypeParamBound::Lifetime(o)) => {
                    self.lifetime(Some(t), Some(o));
                }
                _ => {}
            }
        }
    }

    pub(super) fn arguments(&mut self, theirs: &PathArguments, ours: &PathArguments) {
        match (theirs, ours) {
            (PathArguments::AngleBracketed(t), PathArguments::AngleBracketed(o)) => {
                for (t, o) in t.args.iter().zip(&o.args) {
                    match (t, o) {
                        (GenericArgument::Type(t), GenericArgument::Type(o)) => self.ty(t, o),
                        (GenericArgument::Lifetime(t), GenericArgument::Lifetime(o)) => {
                            self.lifetime(Some(t), Some(o));
                        }
                        (GenericArgument::Const(t), GenericArgument::Const(o)) => self.expr(t, o),
                        (GenericArgument::Type(Type::Path(t)), GenericArgument::Const(o)) => {
                            if let Some(ident) = t.path.get_ident() {
                                if self.vars.get(&ident.to_string()) == Some(&VarKind::Const) {
                                    self.bind(&ident.to_string(), o.to_token_stream(), o);
                                }
                            }
                        }
                        (GenericArgument::AssocType(t), GenericArgument::AssocType(o))
                            if t.ident == o.ident =>
                        {
                            self.ty(&t.ty, &o.ty);
                        }
                        _ => {}
                    }
                }
            }
            (PathArguments::Parenthesized(t), PathArguments::Parenthesized(o))
                if t.inputs.len() == o.inputs.len() =>
            {
                for (t, o) in t.inputs.iter().zip(&o.inputs) {
                    self.ty(&t.ty, &o.ty);
                }
                if let (ReturnType::Type(_, t), ReturnType::Type(_, o)) = (&t.output, &o.output) {
                    self.ty(t, o);
                }
            }
            _ => {}
        }
    }

    pub(super) fn lifetime(&mut self, theirs: Option<&Lifetime>, ours: Option<&Lifetime>) {
        if let (Some(t), Some(o)) = (theirs, ours) {
            let key = t.ident.to_string();
            if self.vars.get(&key) == Some(&VarKind::Lifetime) && o.ident != "_" {
                self.bind(&key, o.to_token_stream(), o);
            }
        }
    }

    pub(super) fn expr(&mut self, theirs: &Expr, ours: &Expr) {
        if let Expr::Path(p) = theirs {
            if let Some(ident) = p.path.get_ident() {
                let key = ident.to_string();
                if self.vars.get(&key) == Some(&VarKind::Const) {
                    self.bind(&key, ours.to_token_stream(), ours);
                }
            }
        }
    }

    /// The variable `ty` is, if it is one: a type parameter `T`, or `Self::Item` /
    /// `<Self as P>::Item` for an associated type.
    pub(super) fn type_var(&self, ty: &Type) -> Option<String> {
        let (name, assoc) = match placeholder(ty)? {
            Placeholder::Param(name) => (name, false),
            Placeholder::Assoc(name) => (name, true),
        };
        match (self.vars.get(&name)?, assoc) {
            (VarKind::Type | VarKind::Const, false) | (VarKind::Assoc, true) => Some(name),
            _ => None,
        }
    }

    pub(super) fn bind(&mut self, var: &str, tokens: proc_macro2::TokenStream, at: &dyn ToTokens) {
        let text = render(&tokens);
        match self.found.get(var) {
            None => {
                self.found.insert(
                    var.to_owned(),
                    Found {
                        tokens,
                        text,
                        member: self.member.clone(),
                    },
                );
            }
            Some(first) if first.text == text => {}
            Some(first) => {
                let name = &self.protocol.ident;
                let what = match self.vars.get(var) {
                    Some(VarKind::Assoc | VarKind::Gat) => format!("associated type `{var}`"),
                    Some(VarKind::Lifetime) => format!("lifetime parameter `'{var}`"),
                    Some(VarKind::Const) => format!("const parameter `{var}`"),
                    _ => format!("type parameter `{var}`"),
                };
                let write = if self.vars.get(var) == Some(&VarKind::Assoc) {
                    format!("{name}<{var} = …>")
                } else {
                    format!("{name}<…>")
                };
                self.errors.push(syn::Error::new_spanned(
                    quote!(#at),
                    format!(
                        "contradictory inference for the {what} of protocol `{name}`: `{}` here, \
                         but `{}` in `{}`; write it out: `#[conforms({write})]`",
                        text, first.text, first.member
                    ),
                ));
            }
        }
    }
}

pub(super) fn typed(arg: &FnArg) -> Option<&Type> {
    match arg {
        FnArg::Typed(t) => Some(&t.ty),
        FnArg::Receiver(_) => None,
    }
}

pub(super) fn peel(ty: &Type) -> &Type {
    match ty {
        Type::Paren(p) => peel(&p.elem),
        Type::Group(g) => peel(&g.elem),
        other => other,
    }
}
