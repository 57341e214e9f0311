//! Whether `dyn P` can exist (rustc's dyn-compatibility rules), for `runtime_checkable`,
//! whose casts produce `&dyn P`: each member that prevents it, with the reason.

use crate::check::forward::requires_sized;
use crate::model::{Decl, Member, MemberKind};
use crate::parse::protocol::{is_generic, returns_impl_trait};
use syn::{ItemTrait, ReturnType, TraitItem};

/// Why `member` keeps `dyn P` from existing, if it does. A method or associated fn with
/// `where Self: Sized` is left out of `dyn P` and never prevents it.
pub(crate) fn obstacle(member: &Member, item: &ItemTrait) -> Option<&'static str> {
    match (&member.kind, &member.decl) {
        (MemberKind::Const, _) => Some("an associated const cannot be read through `dyn`"),
        (MemberKind::Type, _) => {
            let generic = item.items.iter().any(|i| {
                matches!(i, TraitItem::Type(t) if t.ident == member.ident
                    && !t.generics.params.is_empty()
                    && !type_requires_sized(t))
            });
            generic.then_some("a generic associated type cannot be named through `dyn`; add `where Self: Sized` to leave it out of `dyn`")
        }
        (_, Decl::Fn(sig)) if requires_sized(sig) => None,
        (MemberKind::AssociatedFn, _) => Some(
            "it has no `self`, so `dyn` has nothing to call it on; add `where Self: Sized` to \
             leave it out of `dyn`",
        ),
        (MemberKind::Method(_), Decl::Fn(sig)) => {
            if is_generic(sig) {
                Some("it is generic, and a vtable holds one function per method; add `where Self: Sized` to leave it out of `dyn`")
            } else if sig.asyncness.is_some() || returns_impl_trait(sig) {
                Some("it returns an opaque type (`async fn` or `-> impl Trait`), which `dyn` cannot name; add `where Self: Sized` to leave it out of `dyn`")
            } else if names_bare_self(sig) {
                Some("it names `Self` outside its receiver, and through `dyn` the type is unknown; add `where Self: Sized` to leave it out of `dyn`")
            } else {
                None
            }
        }
        (MemberKind::Method(_), _) => None,
    }
}

/// `type Item where Self: Sized;`: left out of `dyn P`, and not named by it.
pub(crate) fn type_requires_sized(t: &syn::TraitItemType) -> bool {
    crate::check::where_self_sized(t.generics.where_clause.as_ref())
}

/// `trait P: Sized` (or `where Self: Sized` on the trait): no `dyn P` at all.
pub(crate) fn requires_sized_self(item: &ItemTrait) -> bool {
    item.supertraits.iter().any(crate::check::is_sized_bound)
        || crate::check::where_self_sized(item.generics.where_clause.as_ref())
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
