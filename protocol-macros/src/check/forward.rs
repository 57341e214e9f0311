//! Which pointer kinds a protocol's forwarding impls can be written for: a member that a
//! `&T`, `&mut T`, `Box<T>`, `Rc<T>` or `Arc<T>` cannot pass on to its pointee prevents it.

use crate::model::{Decl, Member, MemberKind, Pointer, Receiver};
use crate::parse::protocol::names_self_outside_receiver;
use syn::Signature;

/// Why `member` cannot be forwarded through `pointer`, if it cannot.
pub(crate) fn obstacle(member: &Member, pointer: Pointer) -> Option<String> {
    let receiver = match (&member.kind, &member.decl) {
        (MemberKind::Const, _) => {
            return Some("an associated const has no `self` to forward through".into())
        }
        (MemberKind::Type, _) => {
            return Some("an associated type has no `self` to forward through".into())
        }
        (MemberKind::AssociatedFn, _) => {
            return Some("it has no `self`, so there is no pointee to forward the call to".into());
        }
        (MemberKind::Method(receiver), Decl::Fn(sig)) => {
            if names_self_outside_receiver(sig) {
                return Some(
                    "it names `Self` outside its receiver, which in a forwarding impl would be \
                     the pointer, not the pointee"
                        .into(),
                );
            }
            *receiver
        }
        (MemberKind::Method(_), _) => return None,
    };
    let ty = pointer.type_name();
    match (receiver, pointer) {
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

/// Whether a forwarding impl leaves `member` to the trait's default: a method with a
/// default body that only exists for `Self: Sized` (the pointee may be unsized).
pub(crate) fn left_to_default(member: &Member) -> bool {
    !member.required && matches!(&member.decl, Decl::Fn(sig) if requires_sized(sig))
}

/// `where Self: Sized` on the method.
pub(crate) fn requires_sized(sig: &Signature) -> bool {
    crate::check::where_self_sized(sig.generics.where_clause.as_ref())
}
