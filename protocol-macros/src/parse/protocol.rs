//! A trait definition → [`Protocol`]. Used twice: by `#[protocol]` on the user's trait, and
//! by the callbacks on the copy of it that the signature carrier hands them.

use crate::errors::Errors;
use crate::model::{Access, Decl, Field, Member, MemberKind, Protocol, Receiver};
use crate::wire::marked;
use syn::ext::IdentExt;
use syn::{FnArg, ItemTrait, TraitItem, Type};

/// Builds the model of `item`; problems that make a member unusable are pushed to `errors`
/// and the member is left out.
pub(crate) fn protocol(item: &ItemTrait, errors: &mut Errors) -> Protocol {
    let mut members = Vec::new();
    for trait_item in &item.items {
        if let Some(member) = member(trait_item, errors) {
            members.push(member);
        }
    }
    Protocol {
        ident: item.ident.clone(),
        generics: item.generics.clone(),
        is_unsafe: item.unsafety.is_some(),
        runtime_checkable: marked(&item.attrs, crate::wire::RUNTIME_CHECKABLE),
        open: marked(&item.attrs, crate::wire::OPEN),
        no_implicit_prelude: marked(&item.attrs, crate::wire::NO_IMPLICIT_PRELUDE),
        sized_only_types: item
            .items
            .iter()
            .filter_map(|i| match i {
                TraitItem::Type(t) if crate::model::signature::type_requires_sized(t) => {
                    Some(t.ident.clone())
                }
                _ => None,
            })
            .collect(),
        members,
    }
}

fn member(item: &TraitItem, errors: &mut Errors) -> Option<Member> {
    let mut field = None;
    let (ident, kind, required, attrs, decl) = match item {
        TraitItem::Fn(f) => {
            let kind = match f.sig.receiver() {
                Some(receiver) => MemberKind::Method(receiver_kind(receiver)),
                None => MemberKind::AssociatedFn,
            };
            if let Some(attr) = f.attrs.iter().find(|a| is_field_attr(a)) {
                field = field_access(attr, &f.sig, kind, errors);
            }
            let decl = Decl::Fn(f.sig.clone());
            (&f.sig.ident, kind, f.default.is_none(), &f.attrs, decl)
        }
        TraitItem::Const(c) => {
            let decl = Decl::Const(c.ty.clone());
            (
                &c.ident,
                MemberKind::Const,
                c.default.is_none(),
                &c.attrs,
                decl,
            )
        }
        TraitItem::Type(t) => {
            let decl = Decl::Type(t.bounds.iter().cloned().collect());
            (
                &t.ident,
                MemberKind::Type,
                t.default.is_none(),
                &t.attrs,
                decl,
            )
        }
        TraitItem::Macro(m) => {
            errors.spanned(
                &m.mac,
                "#[protocol] cannot see the items a macro invocation expands to, so conforming \
                 types could not be checked against them; write the items out in the trait",
            );
            return None;
        }
        _ => {
            errors.spanned(item, "#[protocol] does not support this kind of trait item");
            return None;
        }
    };
    let keep_default = attrs.iter().find(|a| is_keep_default_attr(a));
    if let Some(attr) = keep_default {
        if !matches!(item, TraitItem::Fn(f) if f.default.is_some()) {
            errors.spanned(
                attr,
                "#[keep_default] goes on a method with a default body: forwarding impls then \
                 leave that method to its default instead of passing it to the pointee",
            );
        }
    }
    for attr in attrs.iter().filter(|a| is_field_attr(a)) {
        if !matches!(item, TraitItem::Fn(_)) {
            errors.spanned(attr, FIELD_SHAPES);
        }
    }
    let gat = match item {
        TraitItem::Type(t) if !t.generics.params.is_empty() => Some(t.generics.clone()),
        _ => None,
    };
    Some(Member {
        ident: ident.clone(),
        kind,
        required,
        cfgs: cfg_attrs(attrs),
        decl,
        field,
        gat,
        keep_default: keep_default.is_some(),
    })
}

/// The field a `#[field]` method names, as an identifier (raw for a keyword: `r#type`);
/// `None` for a name no field can have (`self`, `_` …).
fn field_ident(name: &str, span: proc_macro2::Span) -> Option<syn::Ident> {
    if name.is_empty() || matches!(name, "self" | "Self" | "super" | "crate" | "_") {
        return None;
    }
    match syn::parse_str::<syn::Ident>(name) {
        Ok(mut ident) => {
            ident.set_span(span);
            Some(ident)
        }
        Err(_)
            if name.chars().all(|c| c.is_alphanumeric() || c == '_')
                && !name.starts_with(|c: char| c.is_ascii_digit()) =>
        {
            Some(syn::Ident::new_raw(name, span))
        }
        Err(_) => None,
    }
}

/// `#[field]`, the protocol's own marker attribute.
pub(crate) fn is_field_attr(attr: &syn::Attribute) -> bool {
    attr.path().is_ident("field")
}

/// `#[keep_default]`: forwarding impls leave this default method to its default.
pub(crate) fn is_keep_default_attr(attr: &syn::Attribute) -> bool {
    attr.path().is_ident("keep_default")
}

const FIELD_SHAPES: &str = "#[field] goes on a method of one of these shapes: \
     `fn x(&self) -> &T` (a reference to field `x`), `fn x(&self) -> T` (a clone of it), \
     `fn x_mut(&mut self) -> &mut T` (a mutable reference) or `fn set_x(&mut self, value: T)` \
     (assignment)";

/// The field and access a `#[field]` method names, or an error when its shape is none of
/// the four.
fn field_access(
    attr: &syn::Attribute,
    sig: &syn::Signature,
    kind: MemberKind,
    errors: &mut Errors,
) -> Option<Field> {
    if !matches!(attr.meta, syn::Meta::Path(_)) {
        errors.spanned(
            attr,
            "#[field] takes no arguments: the method's name names the field",
        );
        return None;
    }
    let plain = sig.asyncness.is_none()
        && !crate::model::receiver::is_unsafe(sig)
        && sig.constness.is_none()
        && sig.abi.is_none()
        && sig.variadic.is_none()
        && sig.generics.params.is_empty();
    let name = sig.ident.unraw().to_string();
    let typed: Vec<&syn::PatType> = sig
        .inputs
        .iter()
        .filter_map(|i| match i {
            FnArg::Typed(t) => Some(t),
            FnArg::Receiver(_) => None,
        })
        .collect();
    let returns_ref = |mutable: bool| {
        matches!(&sig.output, syn::ReturnType::Type(_, ty)
            if matches!(&**ty, Type::Reference(r) if r.mutability.is_some() == mutable))
    };
    let access = match (kind, typed.len()) {
        _ if !plain => None,
        (MemberKind::Method(Receiver::Ref), 0) if returns_ref(false) => {
            Some((Access::Ref, name.as_str()))
        }
        (MemberKind::Method(Receiver::Ref), 0)
            if matches!(sig.output, syn::ReturnType::Type(..)) =>
        {
            Some((Access::Clone, name.as_str()))
        }
        (MemberKind::Method(Receiver::RefMut), 0) if returns_ref(true) => {
            name.strip_suffix("_mut").map(|field| (Access::Mut, field))
        }
        (MemberKind::Method(Receiver::RefMut), 1)
            if matches!(sig.output, syn::ReturnType::Default) =>
        {
            name.strip_prefix("set_").map(|field| (Access::Set, field))
        }
        _ => None,
    };
    let field =
        access.and_then(|(access, field)| Some((access, field_ident(field, sig.ident.span())?)));
    if let Some((access, name)) = field {
        Some(Field { name, access })
    } else {
        let reason = not_a_field(sig, kind, typed.len(), plain);
        errors.spanned(
            sig,
            format_args!(
                "#[field] `{}` is not a data member: {reason}. {FIELD_SHAPES}",
                crate::model::render::render(sig)
            ),
        );
        None
    }
}

/// What keeps a `#[field]` method from being one of the four shapes.
fn not_a_field(sig: &syn::Signature, kind: MemberKind, args: usize, plain: bool) -> String {
    let name = sig.ident.unraw().to_string();
    let returns = !matches!(sig.output, syn::ReturnType::Default);
    if !plain {
        return "a data member is a plain method (not `async`, `unsafe`, `const`, `extern` or \
                generic)"
            .to_owned();
    }
    match kind {
        MemberKind::Method(Receiver::Ref) if args > 0 => {
            "a getter takes no argument but `&self`".to_owned()
        }
        MemberKind::Method(Receiver::Ref) if !returns => "a getter returns the field".to_owned(),
        MemberKind::Method(Receiver::RefMut) if args == 0 && !name.ends_with("_mut") => {
            format!("a method taking `&mut self` and no argument is a mutable getter, named `{name}_mut`")
        }
        MemberKind::Method(Receiver::RefMut) if args == 0 => {
            "a mutable getter returns `&mut T` and names a field before `_mut`".to_owned()
        }
        MemberKind::Method(Receiver::RefMut) if args == 1 && !name.starts_with("set_") => {
            format!("a method taking `&mut self` and a value is a setter, named `set_{name}`")
        }
        MemberKind::Method(Receiver::RefMut) if args == 1 => {
            "a setter returns nothing and names a field after `set_`".to_owned()
        }
        MemberKind::Method(Receiver::RefMut) => "a setter takes one value".to_owned(),
        MemberKind::Method(Receiver::Ref) => "its name is not a field's".to_owned(),
        _ => "a data member takes `&self` or `&mut self`".to_owned(),
    }
}

/// `#[cfg]` and `#[cfg_attr]`: the attributes that decide whether an item exists.
pub(crate) fn cfg_attrs(attrs: &[syn::Attribute]) -> Vec<syn::Attribute> {
    attrs
        .iter()
        .filter(|a| a.path().is_ident("cfg"))
        .cloned()
        .collect()
}

fn receiver_kind(receiver: &syn::Receiver) -> Receiver {
    let view = crate::model::receiver::view(receiver);
    if let Some(ty) = view.typed {
        return match ty {
            Type::Reference(r) if is_self(&r.elem) => {
                if r.mutability.is_some() {
                    Receiver::RefMut
                } else {
                    Receiver::Ref
                }
            }
            ty if is_self(ty) => Receiver::Value,
            _ => Receiver::Typed,
        };
    }
    match (&view.reference, &view.mutability) {
        (Some(_), Some(_)) => Receiver::RefMut,
        (Some(_), None) => Receiver::Ref,
        (None, _) => Receiver::Value,
    }
}

fn is_self(ty: &Type) -> bool {
    matches!(ty, Type::Path(p) if p.qself.is_none() && p.path.is_ident("Self"))
}
