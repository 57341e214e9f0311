//! Which pointer kinds a protocol's forwarding impls can be written for: a member that a
//! `&T`, `&mut T`, `Box<T>`, `Rc<T>` or `Arc<T>` cannot pass on to its pointee prevents it.

use crate::model::signature::{names_bare_self, requires_sized};
use crate::model::{Decl, Member, MemberKind, Pointer, Protocol, Receiver};
use syn::Signature;

/// Why `member` cannot be forwarded through `pointer`, if it cannot. Associated types and
/// consts forward as `type X = T::X;` and `const C: Ty = T::C;`, associated fns as a call of
/// the pointee's; only `Self` itself in a signature (`-> Self`, `other: &Self`), which in a
/// forwarding impl would be the pointer, prevents a kind, besides receivers the pointer
/// cannot pass on.
pub(crate) fn obstacle(member: &Member, pointer: Pointer, protocol: &Protocol) -> Option<String> {
    if let Decl::Type(bounds) = &member.decl {
        // `type Iter: Iterator<Item = Self>`: the pointee's type would not meet the
        // pointer's bound.
        let mut finder = SelfFinder {
            own: protocol,
            bare: false,
            foreign: None,
        };
        for bound in bounds {
            syn::visit::Visit::visit_type_param_bound(&mut finder, bound);
        }
        if finder.bare || finder.foreign.is_some() {
            return Some(
                "its bounds name `Self`, which in a forwarding impl would be the pointer".into(),
            );
        }
    }
    if let Decl::Const(ty) = &member.decl {
        // `const ZERO: Self;` would be the pointer; `const MAX: Self::V;` a supertrait's.
        let mut finder = SelfFinder {
            own: protocol,
            bare: false,
            foreign: None,
        };
        syn::visit::Visit::visit_type(&mut finder, ty);
        if finder.bare {
            return Some(
                "its type names `Self`, which in a forwarding impl would be the pointer".into(),
            );
        }
        if let Some(name) = finder.foreign {
            return Some(format!(
                "its type names `Self::{name}`, an associated type of a supertrait, which a \
                 pointer has from its own impl of that supertrait"
            ));
        }
    }
    if let Decl::Fn(sig) = &member.decl {
        if let Some(name) = supertrait_projection(sig, protocol) {
            return Some(format!(
                "it names `Self::{name}`, an associated type of a supertrait, which a pointer \
                 has from its own impl of that supertrait, not from the pointee"
            ));
        }
    }
    let receiver = match (&member.kind, &member.decl) {
        (MemberKind::AssociatedFn, Decl::Fn(sig)) => {
            return names_bare_self(sig).then(|| {
                "it names `Self`, which in a forwarding impl would be the pointer, not the pointee"
                    .into()
            });
        }
        (MemberKind::Method(receiver), Decl::Fn(sig)) => {
            if names_bare_self(sig) {
                return Some(
                    "it names `Self` outside its receiver, which in a forwarding impl would be \
                     the pointer, not the pointee"
                        .into(),
                );
            }
            *receiver
        }
        // Associated types and consts forward as `T::X` and `T::C`.
        (
            MemberKind::Const | MemberKind::Type | MemberKind::Method(_) | MemberKind::AssociatedFn,
            _,
        ) => return None,
    };
    let ty = pointer.type_name();
    let pinned = matches!(&member.decl, Decl::Fn(sig) if is_pin_mut(sig));
    match (receiver, pointer) {
        // As futures and tokio forward `poll_next` and `poll_read`: through `&mut T` and
        // `Box<T>` with `T: Unpin`.
        (Receiver::Typed, Pointer::RefMut | Pointer::Box) if pinned => None,
        (Receiver::Typed, _) if pinned => Some(format!(
            "it takes `self: Pin<&mut Self>`, and {} `{ty}` gives only shared access to its pointee",
            if matches!(pointer, Pointer::Ref) { "a" } else { "an" }
        )),
        (Receiver::Typed, _) => Some(format!(
            "its receiver is not `self`, `&self` or `&mut self`, and a `{ty}` cannot be passed on as it"
        )),
        (Receiver::RefMut, Pointer::Ref | Pointer::Rc | Pointer::Arc) => Some(format!(
            "it takes `&mut self`, and {} `{ty}` gives only shared access to its pointee",
            if matches!(pointer, Pointer::Ref) { "a" } else { "an" }
        )),
        (Receiver::Value, Pointer::Ref | Pointer::RefMut | Pointer::Rc | Pointer::Arc) => {
            Some(format!("it takes `self` by value, and only `Box<T>` can give its pointee up, not `{ty}`"))
        }
        _ => None,
    }
}

/// Whether the method's receiver is `self: Pin<&mut Self>` (`Pin` by any path).
pub(crate) fn is_pin_mut(sig: &Signature) -> bool {
    let Some(receiver) = sig.receiver() else {
        return false;
    };
    let Some(syn::Type::Path(path)) = crate::model::receiver::view(receiver).typed else {
        return false;
    };
    let Some(last) = path.path.segments.last() else {
        return false;
    };
    let syn::PathArguments::AngleBracketed(args) = &last.arguments else {
        return false;
    };
    last.ident == "Pin"
        && args.args.len() == 1
        && matches!(args.args.first(), Some(syn::GenericArgument::Type(syn::Type::Reference(r)))
            if r.mutability.is_some()
                && matches!(&*r.elem, syn::Type::Path(p) if p.qself.is_none() && p.path.is_ident("Self")))
}

/// Whether a forwarding impl leaves `member` to the trait's default: a method with a
/// default body that only exists for `Self: Sized` (the pointee may be unsized), or one
/// marked `#[keep_default]`.
pub(crate) fn left_to_default(member: &Member) -> bool {
    !member.required
        && (member.keep_default || matches!(&member.decl, Decl::Fn(sig) if requires_sized(sig)))
}

/// The bounds a method puts on `Self` besides `Sized` (`where Self: Clone`): a forwarding
/// impl asks them of its pointee, which the forwarded call needs.
pub(crate) fn self_bounds(sig: &Signature) -> Vec<syn::TypeParamBound> {
    sig.generics
        .where_clause
        .iter()
        .flat_map(|w| &w.predicates)
        .filter_map(|predicate| match predicate {
            syn::WherePredicate::Type(t)
                if matches!(&t.bounded_ty, syn::Type::Path(p) if p.qself.is_none() && p.path.is_ident("Self")) =>
            {
                Some(t.bounds.iter().filter(|b| !crate::model::signature::is_sized_bound(b)).cloned())
            }
            _ => None,
        })
        .flatten()
        .collect()
}

/// The first `Self::X` (or `<Self as …>::X`) in `sig` whose `X` is not one of the protocol's
/// own associated types (those forward as `T::X`; a supertrait's would be the pointer's).
fn supertrait_projection(sig: &Signature, protocol: &Protocol) -> Option<String> {
    let mut finder = SelfFinder {
        own: protocol,
        bare: false,
        foreign: None,
    };
    for input in &sig.inputs {
        if let syn::FnArg::Typed(t) = input {
            syn::visit::Visit::visit_type(&mut finder, &t.ty);
        }
    }
    if let syn::ReturnType::Type(_, ty) = &sig.output {
        syn::visit::Visit::visit_type(&mut finder, ty);
    }
    finder.foreign
}

/// `Self` itself, and the first `Self::X` whose `X` is not one of the protocol's own
/// associated types, in a type.
struct SelfFinder<'p> {
    own: &'p Protocol,
    bare: bool,
    foreign: Option<String>,
}

impl<'ast> syn::visit::Visit<'ast> for SelfFinder<'_> {
    fn visit_type_path(&mut self, ty: &'ast syn::TypePath) {
        if ty.qself.is_none() && ty.path.is_ident("Self") {
            self.bare = true;
            return;
        }
        if let Some(crate::check::subst::Placeholder::Assoc(name)) =
            crate::check::subst::placeholder(&syn::Type::Path(ty.clone()))
        {
            let own = self
                .own
                .members
                .iter()
                .any(|m| m.kind == MemberKind::Type && m.ident == name);
            if !own && self.foreign.is_none() {
                self.foreign = Some(name);
            }
            return;
        }
        syn::visit::visit_type_path(self, ty);
    }
}
