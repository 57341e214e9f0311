//! The protocol's generic arguments and associated types of one conformance: as written in
//! the attribute (`Source<u32>`, `Container<Item = Book>`), or inferred by matching the
//! protocol's signatures against the block's (`fn get(&self) -> u32` gives `Source<u32>`).

use crate::check::subst::Subst;
use crate::errors::Errors;
use crate::model::{Decl, MemberKind, Protocol};
use quote::ToTokens;
use std::collections::BTreeMap;
use syn::punctuated::Punctuated;
use syn::{
    AngleBracketedGenericArguments, Expr, GenericArgument, GenericParam, Ident, Lifetime, Path,
    PathArguments, Signature, Type,
};

/// A member's declaration in the protocol paired with what the block wrote for it.
pub(crate) enum Pair<'a> {
    Fn(&'a Signature, &'a Signature),
    Const(&'a Type, &'a Type),
}

mod gat;
mod unify;

use unify::Unifier;

pub(crate) use gat::GatDef;

/// The outcome: the trait path to implement and the associated types to define.
pub(crate) struct Resolved {
    /// The protocol's path with its generic arguments filled in and bindings removed.
    pub(crate) trait_path: Path,
    pub(crate) assoc_types: Vec<(Ident, Type)>,
    /// The generic associated types, with the trait's generics.
    pub(crate) gats: Vec<GatDef>,
    /// What each parameter stands for, to show signatures as the user must write them.
    pub(crate) subst: Subst,
    /// An argument could not be found: no impl is generated (an error says why).
    pub(crate) complete: bool,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum VarKind {
    Type,
    Lifetime,
    Const,
    Assoc,
    /// A generic associated type (`type Item<'a>`).
    Gat,
}

/// A value found for a variable, and where (for the contradiction message).
struct Found {
    tokens: proc_macro2::TokenStream,
    text: String,
    member: String,
}

pub(crate) fn resolve(
    protocol: &Protocol,
    path: &Path,
    pairs: &[(String, Pair<'_>)],
    errors: &mut Errors,
) -> Resolved {
    let name = &protocol.ident;
    let mut trait_path = path.clone();
    let mut positional: Punctuated<GenericArgument, syn::Token![,]> = Punctuated::new();
    let mut bindings: Vec<(Ident, Type)> = Vec::new();
    let mut gat_bindings: Vec<(Ident, AngleBracketedGenericArguments, Type)> = Vec::new();
    let mut complete = true;
    if let Some(last) = trait_path.segments.last_mut() {
        match std::mem::replace(&mut last.arguments, PathArguments::None) {
            PathArguments::None => {}
            PathArguments::AngleBracketed(args) => {
                for arg in args.args {
                    match arg {
                        GenericArgument::AssocType(binding) => match binding.generics {
                            None => bindings.push((binding.ident, binding.ty)),
                            Some(args) => gat_bindings.push((binding.ident, args, binding.ty)),
                        },
                        GenericArgument::Lifetime(_)
                        | GenericArgument::Type(_)
                        | GenericArgument::Const(_) => positional.push(arg),
                        other => {
                            errors.spanned(
                                &other,
                                "#[conforms] takes the protocol's generic arguments and its \
                                 associated types (`Container<Item = Book>`), nothing else",
                            );
                        }
                    }
                }
            }
            PathArguments::Parenthesized(args) => {
                errors.spanned(
                    args,
                    "a protocol's arguments go in angle brackets: `Source<u32>`",
                );
                complete = false;
            }
        }
    }

    let mut unifier = Unifier {
        vars: BTreeMap::new(),
        found: BTreeMap::new(),
        protocol,
        member: String::new(),
        errors: Vec::new(),
    };
    let infer_params = positional.is_empty();
    if infer_params {
        for param in &protocol.generics.params {
            let (ident, kind) = match param {
                GenericParam::Type(t) => (&t.ident, VarKind::Type),
                GenericParam::Lifetime(l) => (&l.lifetime.ident, VarKind::Lifetime),
                GenericParam::Const(c) => (&c.ident, VarKind::Const),
            };
            unifier.vars.insert(ident.to_string(), kind);
        }
    }
    for member in &protocol.members {
        let written = bindings.iter().any(|(i, _)| *i == member.ident)
            || gat_bindings.iter().any(|(i, _, _)| *i == member.ident);
        if member.kind == MemberKind::Type && !written {
            let kind = if member.gat.is_some() {
                VarKind::Gat
            } else {
                VarKind::Assoc
            };
            unifier.vars.insert(member.ident.to_string(), kind);
        }
    }
    let written_names = bindings
        .iter()
        .map(|(ident, _)| ident)
        .chain(gat_bindings.iter().map(|(ident, _, _)| ident));
    for ident in written_names {
        let declared = protocol
            .members
            .iter()
            .any(|m| m.kind == MemberKind::Type && m.ident == *ident);
        if !declared {
            let similar = protocol
                .members
                .iter()
                .filter(|m| m.kind == MemberKind::Type)
                .find(|m| {
                    crate::check::similar::is_similar(&ident.to_string(), &m.ident.to_string())
                });
            let hint = match similar {
                Some(m) => format!(": did you mean `{}`?", m.ident),
                None => String::new(),
            };
            errors.spanned(
                ident,
                format_args!("protocol `{name}` has no associated type `{ident}`{hint}"),
            );
        }
    }
    if !unifier.vars.is_empty() {
        for (member, pair) in pairs {
            unifier.member.clone_from(member);
            match pair {
                Pair::Fn(theirs, ours) => unifier.signature(theirs, ours),
                Pair::Const(theirs, ours) => unifier.ty(theirs, ours),
            }
        }
    }
    if !unifier.errors.is_empty() {
        // The impl would only repeat the contradiction as a type mismatch.
        complete = false;
    }
    for error in std::mem::take(&mut unifier.errors) {
        errors.push(error);
    }

    let mut subst = Subst::default();
    let args = if infer_params {
        let (args, inferred) =
            inferred_arguments(protocol, &unifier.found, &mut subst, path, errors);
        complete &= inferred;
        args
    } else {
        written_arguments(protocol, &positional, &mut subst);
        positional
    };
    if !args.is_empty() {
        if let Some(last) = trait_path.segments.last_mut() {
            last.arguments = PathArguments::AngleBracketed(AngleBracketedGenericArguments {
                colon2_token: None,
                lt_token: syn::token::Lt::default(),
                args,
                gt_token: syn::token::Gt::default(),
            });
        }
    }

    let mut assoc_types = Vec::new();
    let mut gats = Vec::new();
    for member in &protocol.members {
        if member.kind != MemberKind::Type {
            continue;
        }
        let key = member.ident.to_string();
        if let Some(generics) = &member.gat {
            let written = gat_bindings.iter().find(|(i, _, _)| *i == member.ident);
            let ty = match written {
                Some((ident, args, ty)) => match gat::from_binding(ident, args, ty, generics) {
                    Ok(ty) => Some(ty),
                    Err(reason) => {
                        errors.spanned(
                            args,
                            format_args!(
                                "the associated type `{ident}` of protocol `{}` {reason}",
                                protocol.ident
                            ),
                        );
                        complete = false;
                        None
                    }
                },
                None => unifier.found.get(&key).map(Found::ty),
            };
            match ty {
                Some(ty) => gats.push(GatDef {
                    ident: member.ident.clone(),
                    generics: generics.clone(),
                    ty,
                }),
                None if member.required && written.is_none() => {
                    cannot_infer(errors, path, protocol, "associated type", &member.ident);
                    complete = false;
                }
                None => {}
            }
            continue;
        }
        let bound = bindings
            .iter()
            .find(|(i, _)| *i == member.ident)
            .map(|(_, t)| t.clone());
        let inferred = unifier.found.get(&key).map(Found::ty);
        match bound.or(inferred) {
            Some(ty) => {
                subst.assoc.insert(key, ty.clone());
                assoc_types.push((member.ident.clone(), ty));
            }
            None if member.required => {
                cannot_infer(errors, path, protocol, "associated type", &member.ident);
                complete = false;
            }
            None => {}
        }
    }
    Resolved {
        trait_path,
        assoc_types,
        gats,
        subst,
        complete,
    }
}

/// The protocol's arguments from what unification found, else the parameters' defaults;
/// `false` when a parameter has neither (an error says so).
fn inferred_arguments(
    protocol: &Protocol,
    found: &BTreeMap<String, Found>,
    subst: &mut Subst,
    path: &Path,
    errors: &mut Errors,
) -> (Punctuated<GenericArgument, syn::Token![,]>, bool) {
    let mut args = Punctuated::new();
    let mut complete = true;
    // Defaults before an inferred argument must be written out; trailing ones are left off.
    let mut pending_defaults = Vec::new();
    for param in &protocol.generics.params {
        match param {
            GenericParam::Lifetime(l) => {
                let key = l.lifetime.ident.to_string();
                let lifetime = found
                    .get(&key)
                    .and_then(|f| syn::parse2(f.tokens.clone()).ok())
                    .unwrap_or_else(|| Lifetime::new("'_", l.lifetime.span()));
                subst.lifetimes.insert(key, lifetime.clone());
                args.push(GenericArgument::Lifetime(lifetime));
            }
            GenericParam::Type(t) => {
                let key = t.ident.to_string();
                if let Some(found) = found.get(&key) {
                    let ty = found.ty();
                    subst.types.insert(key, ty.clone());
                    args.extend(pending_defaults.drain(..));
                    args.push(GenericArgument::Type(ty));
                } else if let Some((_, default)) = &t.default {
                    let ty = subst.ty(default);
                    subst.types.insert(key, ty.clone());
                    pending_defaults.push(GenericArgument::Type(ty));
                } else {
                    cannot_infer(errors, path, protocol, "type parameter", &t.ident);
                    complete = false;
                }
            }
            GenericParam::Const(c) => {
                let key = c.ident.to_string();
                if let Some(found) = found.get(&key) {
                    let expr = found.expr();
                    subst.consts.insert(key, expr.clone());
                    args.extend(pending_defaults.drain(..));
                    args.push(braced(expr));
                } else if let Some((_, default)) = &c.default {
                    subst.consts.insert(key, default.clone());
                    pending_defaults.push(braced(default.clone()));
                } else {
                    cannot_infer(errors, path, protocol, "const parameter", &c.ident);
                    complete = false;
                }
            }
        }
    }
    (args, complete)
}

/// Records what the written arguments stand for, to show signatures with them.
fn written_arguments(
    protocol: &Protocol,
    positional: &Punctuated<GenericArgument, syn::Token![,]>,
    subst: &mut Subst,
) {
    let params = protocol
        .generics
        .params
        .iter()
        .filter(|p| !matches!(p, GenericParam::Lifetime(_)));
    let args = positional
        .iter()
        .filter(|a| !matches!(a, GenericArgument::Lifetime(_)));
    for (param, arg) in params.zip(args) {
        match (param, arg) {
            (GenericParam::Type(t), GenericArgument::Type(ty)) => {
                subst.types.insert(t.ident.to_string(), ty.clone());
            }
            (GenericParam::Const(c), GenericArgument::Const(e)) => {
                subst.consts.insert(c.ident.to_string(), e.clone());
            }
            (GenericParam::Const(c), GenericArgument::Type(ty)) => {
                subst
                    .consts
                    .insert(c.ident.to_string(), Expr::Verbatim(ty.to_token_stream()));
            }
            _ => {}
        }
    }
}

/// `{ expr }`: a const argument, built without re-parsing (the tokens may be anything).
fn braced(expr: Expr) -> GenericArgument {
    GenericArgument::Const(Expr::Block(syn::ExprBlock {
        attrs: Vec::new(),
        label: None,
        block: syn::Block {
            brace_token: syn::token::Brace::default(),
            stmts: vec![syn::Stmt::Expr(expr, None)],
        },
    }))
}

impl Found {
    fn ty(&self) -> Type {
        syn::parse2(self.tokens.clone()).unwrap_or_else(|_| Type::Verbatim(self.tokens.clone()))
    }

    fn expr(&self) -> Expr {
        syn::parse2(self.tokens.clone()).unwrap_or_else(|_| Expr::Verbatim(self.tokens.clone()))
    }
}

fn cannot_infer(errors: &mut Errors, path: &Path, protocol: &Protocol, what: &str, ident: &Ident) {
    let name = &protocol.ident;
    let gat = protocol
        .member(&ident.to_string())
        .and_then(|m| m.gat.as_ref());
    let example = if let Some(generics) = gat {
        format!("{name}<{}>", gat::example(ident, generics))
    } else if what == "associated type" {
        format!("{name}<{ident} = …>")
    } else {
        let params: Vec<String> = protocol
            .generics
            .params
            .iter()
            .filter_map(|p| match p {
                GenericParam::Type(t) => Some(if t.ident == *ident {
                    "…".into()
                } else {
                    t.ident.to_string()
                }),
                GenericParam::Const(c) => Some(if c.ident == *ident {
                    "…".into()
                } else {
                    c.ident.to_string()
                }),
                GenericParam::Lifetime(_) => None,
            })
            .collect();
        format!("{name}<{}>", params.join(", "))
    };
    let mentioned = if what == "associated type" {
        format!("`Self::{ident}`")
    } else {
        format!("`{ident}`")
    };
    errors.spanned(
        path,
        format_args!(
            "cannot infer the {what} `{ident}` of protocol `{name}`: no method or const of this \
             block stands where the protocol writes {mentioned}; write it out: `#[conforms({example})]`"
        ),
    );
}

/// Pairs each supplied member's protocol declaration with the block's.
pub(crate) fn pair<'a>(
    decl: &'a Decl,
    supplied: &'a crate::check::members::Supplied<'a>,
) -> Option<Pair<'a>> {
    use crate::check::members::Supplied;
    match (decl, supplied) {
        (Decl::Fn(theirs), Supplied::Fn(ours)) => Some(Pair::Fn(theirs, &ours.sig)),
        (Decl::Const(theirs), Supplied::Const(ours)) => Some(Pair::Const(theirs, &ours.ty)),
        _ => None,
    }
}

#[cfg(test)]
mod tests;
