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

impl VisitMut for Subst {
    fn visit_type_mut(&mut self, ty: &mut Type) {
        if let Type::Path(p) = ty {
            if p.qself.is_none() {
                let segments: Vec<String> = p
                    .path
                    .segments
                    .iter()
                    .map(|s| s.ident.to_string())
                    .collect();
                let plain = p.path.segments.iter().all(|s| s.arguments.is_none());
                let replacement = match segments.as_slice() {
                    [one] if plain && p.path.leading_colon.is_none() => self.types.get(one),
                    [this, assoc] if plain && this == "Self" => self.assoc.get(assoc),
                    _ => None,
                };
                if let Some(replacement) = replacement {
                    *ty = replacement.clone();
                    return;
                }
                if let ([one], true) = (segments.as_slice(), plain) {
                    if let Some(expr) = self.consts.get(one) {
                        *ty = Type::Verbatim(quote::quote!({ #expr }));
                        return;
                    }
                }
            } else if let Some(qself) = &p.qself {
                let is_self = matches!(&*qself.ty, Type::Path(q) if q.path.is_ident("Self"));
                if let (true, Some(last)) = (is_self, p.path.segments.last()) {
                    if let Some(replacement) = self.assoc.get(&last.ident.to_string()) {
                        *ty = replacement.clone();
                        return;
                    }
                }
            }
        }
        visit_mut::visit_type_mut(self, ty);
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
                        *expr = replacement.clone();
                        return;
                    }
                }
            }
        }
        visit_mut::visit_expr_mut(self, expr);
    }
}
