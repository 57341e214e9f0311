//! What a signature or declaration says, asked by every stage: whether it is generic, returns
//! an opaque type, names `Self` outside its receiver, requires `Self: Sized`.

use syn::{FnArg, ItemTrait, ReturnType, Signature, Type};

/// Whether `sig` has type or const parameters, declared or as `impl Trait` arguments: the
/// one thing neither a vtable nor an `Fn` bound can hold.
pub(crate) fn is_generic(sig: &syn::Signature) -> bool {
    sig.generics
        .params
        .iter()
        .any(|p| !matches!(p, syn::GenericParam::Lifetime(_)))
        || has_impl_trait_arg(sig)
}

/// Whether `sig` returns an `impl Trait` (an opaque type no `Fn` bound or vtable can name).
pub(crate) fn returns_impl_trait(sig: &syn::Signature) -> bool {
    matches!(&sig.output, syn::ReturnType::Type(_, ty) if contains_impl_trait(ty))
}

/// Whether any input of `sig` (besides the receiver) is `impl Trait`; such functions
/// cannot be called with explicit generic arguments.
pub(crate) fn has_impl_trait_arg(sig: &syn::Signature) -> bool {
    sig.inputs.iter().any(|arg| match arg {
        FnArg::Typed(t) => contains_impl_trait(&t.ty),
        FnArg::Receiver(_) => false,
    })
}

pub(crate) fn contains_impl_trait(ty: &Type) -> bool {
    struct Finder(bool);
    impl<'ast> syn::visit::Visit<'ast> for Finder {
        fn visit_type_impl_trait(&mut self, _: &'ast syn::TypeImplTrait) {
            self.0 = true;
        }
    }
    let mut finder = Finder(false);
    syn::visit::Visit::visit_type(&mut finder, ty);
    finder.0
}

/// Whether `sig` names `Self` anywhere but its receiver (a `where Self: Sized` bound,
/// which only opts out of `dyn`, does not count).
pub(crate) fn names_self_outside_receiver(sig: &syn::Signature) -> bool {
    struct Finder(bool);
    impl<'ast> syn::visit::Visit<'ast> for Finder {
        fn visit_ident(&mut self, ident: &'ast syn::Ident) {
            if ident == "Self" {
                self.0 = true;
            }
        }
    }
    let mut finder = Finder(false);
    for input in &sig.inputs {
        if let FnArg::Typed(t) = input {
            syn::visit::Visit::visit_type(&mut finder, &t.ty);
        }
    }
    if let syn::ReturnType::Type(_, ty) = &sig.output {
        syn::visit::Visit::visit_type(&mut finder, ty);
    }
    for param in &sig.generics.params {
        syn::visit::Visit::visit_generic_param(&mut finder, param);
    }
    // `where Self: Sized` is how a method opts out of `dyn`; it does not stop forwarding.
    if let Some(where_clause) = &sig.generics.where_clause {
        for predicate in &where_clause.predicates {
            let is_self_sized = matches!(predicate, syn::WherePredicate::Type(t)
                if matches!(&t.bounded_ty, syn::Type::Path(p) if p.path.is_ident("Self"))
                    && t.bounds.iter().all(|b| matches!(b, syn::TypeParamBound::Trait(t) if is_sized(&t.path))));
            if !is_self_sized {
                syn::visit::Visit::visit_where_predicate(&mut finder, predicate);
            }
        }
    }
    finder.0
}

/// `where Self: Sized` among `where_clause`'s predicates.
pub(crate) fn where_self_sized(where_clause: Option<&syn::WhereClause>) -> bool {
    where_clause
        .iter()
        .flat_map(|w| &w.predicates)
        .any(|predicate| match predicate {
            syn::WherePredicate::Type(t) => {
                matches!(&t.bounded_ty, syn::Type::Path(p) if p.path.is_ident("Self"))
                    && t.bounds.iter().any(is_sized_bound)
            }
            _ => false,
        })
}

/// A bound `Sized` (see [`is_sized`]).
pub(crate) fn is_sized_bound(bound: &syn::TypeParamBound) -> bool {
    matches!(bound, syn::TypeParamBound::Trait(t) if is_sized(&t.path))
}

/// Whether `path` names `Sized` as users write it: `Sized`, or its full path through `core`
/// or `std` (`::core::marker::Sized`, as code written for `#![no_implicit_prelude]` does).
pub(crate) fn is_sized(path: &syn::Path) -> bool {
    let segments: Vec<String> = path
        .segments
        .iter()
        .map(|s| {
            if s.arguments.is_none() {
                s.ident.to_string()
            } else {
                String::new()
            }
        })
        .collect();
    match segments.as_slice() {
        [sized] => path.leading_colon.is_none() && sized == "Sized",
        [krate, marker, sized] => {
            matches!(krate.as_str(), "core" | "std") && marker == "marker" && sized == "Sized"
        }
        _ => false,
    }
}

/// `type Item where Self: Sized;`: left out of `dyn P`, and not named by it.
pub(crate) fn type_requires_sized(t: &syn::TraitItemType) -> bool {
    where_self_sized(t.generics.where_clause.as_ref())
}

/// `trait P: Sized` (or `where Self: Sized` on the trait): no `dyn P` at all.
pub(crate) fn requires_sized_self(item: &ItemTrait) -> bool {
    item.supertraits.iter().any(is_sized_bound)
        || where_self_sized(item.generics.where_clause.as_ref())
}

/// `Self` itself outside the receiver (`other: &Self`, `-> Self`); projections such as
/// `Self::Item` are fine, `dyn P<Item = X>` names them.
pub(crate) fn names_bare_self(sig: &syn::Signature) -> bool {
    struct Finder(bool);
    impl<'ast> syn::visit::Visit<'ast> for Finder {
        fn visit_type_path(&mut self, ty: &'ast syn::TypePath) {
            if ty.qself.is_none() && ty.path.is_ident("Self") {
                self.0 = true;
            } else if ty.qself.is_none()
                && ty.path.segments.len() > 1
                && ty.path.segments[0].ident == "Self"
            {
                // `Self::Item<…>`: only the arguments can name `Self` again.
                for segment in ty.path.segments.iter().skip(1) {
                    self.visit_path_arguments(&segment.arguments);
                }
            } else if let Some(qself) = &ty.qself {
                if !matches!(&*qself.ty, syn::Type::Path(p) if p.qself.is_none() && p.path.is_ident("Self"))
                {
                    self.visit_type(&qself.ty);
                }
                self.visit_path(&ty.path);
            } else {
                syn::visit::visit_type_path(self, ty);
            }
        }
    }
    let mut finder = Finder(false);
    for input in &sig.inputs {
        if let syn::FnArg::Typed(t) = input {
            syn::visit::Visit::visit_type(&mut finder, &t.ty);
        }
    }
    if let ReturnType::Type(_, ty) = &sig.output {
        syn::visit::Visit::visit_type(&mut finder, ty);
    }
    finder.0
}

/// `where Self: Sized` on the method.
pub(crate) fn requires_sized(sig: &Signature) -> bool {
    where_self_sized(sig.generics.where_clause.as_ref())
}
