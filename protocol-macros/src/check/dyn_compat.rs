//! Whether `dyn P` can exist (rustc's dyn-compatibility rules), for `runtime_checkable`,
//! whose casts produce `&dyn P`: each member that prevents it, with the reason.

use crate::model::signature::{
    is_generic, names_bare_self, requires_sized, returns_impl_trait, type_requires_sized,
};
use crate::model::{Decl, Member, MemberKind};
use syn::{ItemTrait, TraitItem};

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
