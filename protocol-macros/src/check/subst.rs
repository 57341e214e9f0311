//! Substitution of a protocol's generic parameters and associated types in its signatures,
//! so that messages show what the user must write (`fn get(&self) -> u32`, not `-> T`).

use std::collections::BTreeMap;
use syn::visit_mut::{self, VisitMut};
use syn::{Expr, Lifetime, Type};

/// What each parameter stands for.
#[derive(Default, Clone)]
pub(crate) struct Subst {
    pub(crate) types: BTreeMap<String, Type>,
    pub(crate) lifetimes: BTreeMap<String, Lifetime>,
    pub(crate) consts: BTreeMap<String, Expr>,
    /// `Self::Item` → the associated type's value.
    pub(crate) assoc: BTreeMap<String, Type>,
}

impl Subst {
    pub(crate) fn apply<T: Clone>(&self, node: &T, visit: impl Fn(&mut Self, &mut T)) -> T {
        let mut node = node.clone();
        let mut this = self.clone();
        visit(&mut this, &mut node);
        node
    }

    pub(crate) fn signature(&self, sig: &syn::Signature) -> syn::Signature {
        self.apply(sig, VisitMut::visit_signature_mut)
    }

    pub(crate) fn ty(&self, ty: &Type) -> Type {
        self.apply(ty, VisitMut::visit_type_mut)
    }
}

/// A type that may stand for something a conformance decides: a bare name (`T`, a generic
/// parameter if the protocol has one of that name) or an associated type of `Self`
/// (`Self::Item`, `<Self as P>::Item`).
pub(crate) enum Placeholder {
    Param(String),
    Assoc(String),
}

pub(crate) fn placeholder(ty: &Type) -> Option<Placeholder> {
    let Type::Path(p) = ty else { return None };
    if p.path.segments.iter().any(|s| !s.arguments.is_none()) {
        return None;
    }
    let segments: Vec<String> = p
        .path
        .segments
        .iter()
        .map(|s| s.ident.to_string())
        .collect();
    let of_self = |ty: &Type| matches!(ty, Type::Path(s) if s.path.is_ident("Self"));
    match (&p.qself, segments.as_slice()) {
        (None, [one]) if p.path.leading_colon.is_none() => Some(Placeholder::Param(one.clone())),
        (None, [this, assoc]) if this == "Self" => Some(Placeholder::Assoc(assoc.clone())),
        (Some(q), [.., assoc]) if of_self(&q.ty) => Some(Placeholder::Assoc(assoc.clone())),
        _ => None,
    }
}

/// A const argument as an expression: `{C + 1}` (braced, as a generic argument must be) is
/// `C + 1` where an expression goes (`[u8; N]`), or rustc warns of unnecessary braces; syn
/// prints the parentheses that precedence needs.
fn unbraced(expr: &Expr) -> Expr {
    match expr {
        Expr::Block(block) if block.attrs.is_empty() && block.label.is_none() => {
            match block.block.stmts.as_slice() {
                [syn::Stmt::Expr(inner, None)] => inner.clone(),
                _ => expr.clone(),
            }
        }
        _ => expr.clone(),
    }
}

impl VisitMut for Subst {
    fn visit_type_mut(&mut self, ty: &mut Type) {
        let replacement = match placeholder(ty) {
            Some(Placeholder::Param(name)) => self.types.get(&name).cloned().or_else(|| {
                let expr = unbraced(self.consts.get(&name)?);
                // A path or a literal is a const argument as it is; anything else is braced.
                Some(match expr {
                    Expr::Path(_) | Expr::Lit(_) => Type::Verbatim(quote::quote!(#expr)),
                    _ => Type::Verbatim(quote::quote!({ #expr })),
                })
            }),
            Some(Placeholder::Assoc(name)) => self.assoc.get(&name).cloned(),
            None => None,
        };
        match replacement {
            Some(replacement) => *ty = replacement,
            None => visit_mut::visit_type_mut(self, ty),
        }
    }

    fn visit_lifetime_mut(&mut self, lifetime: &mut Lifetime) {
        if let Some(replacement) = self.lifetimes.get(&lifetime.ident.to_string()) {
            *lifetime = replacement.clone();
        }
    }

    fn visit_expr_mut(&mut self, expr: &mut Expr) {
        if let Expr::Path(p) = expr {
            if p.qself.is_none() {
                if let Some(ident) = p.path.get_ident() {
                    if let Some(replacement) = self.consts.get(&ident.to_string()) {
                        *expr = unbraced(replacement);
                        return;
                    }
                }
            }
        }
        visit_mut::visit_expr_mut(self, expr);
    }
}
