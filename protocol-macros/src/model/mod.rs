//! The protocol and its members as plain data, built by `parse` and read by `check` and
//! `expand`. Nothing here knows how code is generated.

pub(crate) mod capability;
pub(crate) mod receiver;
pub(crate) mod render;
pub(crate) mod signature;
pub(crate) mod via;

use syn::{Attribute, Generics, Ident, Signature, Type, TypeParamBound};

/// A protocol: a trait declared with `#[protocol]`, seen through its members.
// `is_unsafe` and the three options the carrier marks are independent facts, not a state.
#[allow(clippy::struct_excessive_bools)]
pub(crate) struct Protocol {
    pub(crate) ident: Ident,
    pub(crate) generics: Generics,
    pub(crate) is_unsafe: bool,
    /// Declared `runtime_checkable`: conformances of non-generic types register themselves.
    pub(crate) runtime_checkable: bool,
    /// Declared `open`: conformances publish the members; the blanket impl implements it.
    pub(crate) open: bool,
    /// Declared `no_implicit_prelude`: conformances name no tool attribute either.
    pub(crate) no_implicit_prelude: bool,
    /// Associated types with `where Self: Sized`: `dyn P` does not name them.
    pub(crate) sized_only_types: Vec<Ident>,
    pub(crate) members: Vec<Member>,
}

/// One trait item of a protocol.
pub(crate) struct Member {
    pub(crate) ident: Ident,
    pub(crate) kind: MemberKind,
    /// No default in the trait: a conforming type must supply it.
    pub(crate) required: bool,
    /// The item's `#[cfg]` / `#[cfg_attr]` attributes, repeated on what is generated for it.
    pub(crate) cfgs: Vec<Attribute>,
    pub(crate) decl: Decl,
    /// `#[field]`: a struct field of this name can supply the member.
    pub(crate) field: Option<Field>,
    /// An associated type with parameters of its own (`type Item<'a> where Self: 'a`): its
    /// generics, `where` clause included.
    pub(crate) gat: Option<Generics>,
    /// `#[keep_default]` on a method with a default: forwarding impls leave it to the default
    /// (and ask nothing of the pointee for it), as `auto_impl`'s `keep_default_for` does.
    pub(crate) keep_default: bool,
}

/// A `#[field]` member: which field, and how the method reaches it.
#[derive(Clone)]
pub(crate) struct Field {
    pub(crate) name: Ident,
    pub(crate) access: Access,
}

/// The four shapes a `#[field]` method may have.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Access {
    /// `fn x(&self) -> &T` (or `&U` where the field derefs to `U`): `&self.x`.
    Ref,
    /// `fn x(&self) -> T`: a clone of `self.x`.
    Clone,
    /// `fn x_mut(&mut self) -> &mut T`: `&mut self.x`.
    Mut,
    /// `fn set_x(&mut self, value: T)`: `self.x = value`.
    Set,
}

/// What kind of item a member is; the same list as `protocol::MemberKind`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum MemberKind {
    Method(Receiver),
    AssociatedFn,
    Const,
    Type,
}

/// How a method takes `self`; decides which pointer kinds can forward it.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Receiver {
    Ref,
    RefMut,
    Value,
    /// `self: Box<Self>`, `self: Rc<Self>`, `self: Pin<&mut Self>` …
    Typed,
}

/// A pointer kind a forwarding impl can be written for (`forward(&, &mut, Box, Rc, Arc)`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Pointer {
    Ref,
    RefMut,
    Box,
    Rc,
    Arc,
}

impl Pointer {
    pub(crate) const ALL: [Self; 5] = [Self::Ref, Self::RefMut, Self::Box, Self::Rc, Self::Arc];

    /// As the option writes it: `&`, `&mut`, `Box` …
    pub(crate) fn option_name(self) -> &'static str {
        match self {
            Self::Ref => "&",
            Self::RefMut => "&mut",
            Self::Box => "Box",
            Self::Rc => "Rc",
            Self::Arc => "Arc",
        }
    }

    /// As a type: `&T`, `Box<T>` …
    pub(crate) fn type_name(self) -> &'static str {
        match self {
            Self::Ref => "&T",
            Self::RefMut => "&mut T",
            Self::Box => "Box<T>",
            Self::Rc => "Rc<T>",
            Self::Arc => "Arc<T>",
        }
    }
}

/// The declaration of a member, without body or docs.
pub(crate) enum Decl {
    Fn(Signature),
    Const(Type),
    Type(Vec<TypeParamBound>),
}

impl Member {
    /// The member as a user writes it: `fn eat_bread(&self) -> String`, `const KIND: &'static str`.
    pub(crate) fn signature(&self) -> String {
        match &self.decl {
            // Printed as it is: no copy of the syntax tree to edit.
            Decl::Fn(sig) => render::render(sig),
            _ => self.signature_with(Clone::clone),
        }
    }

    /// Like [`Member::signature`], after `edit` has rewritten a function signature.
    pub(crate) fn signature_with(&self, edit: impl Fn(&Signature) -> Signature) -> String {
        let ident = &self.ident;
        match &self.decl {
            Decl::Fn(sig) => render::render(&edit(sig)),
            Decl::Const(ty) => render::render(&quote::quote!(const #ident: #ty)),
            Decl::Type(bounds) if bounds.is_empty() => format!("type {ident}"),
            Decl::Type(bounds) => render::render(&quote::quote!(type #ident: #(#bounds)+*)),
        }
    }

    /// The article for [`Member::kind_word`]: "a method", "an associated const".
    pub(crate) fn kind_article(&self) -> &'static str {
        if self.kind_word().starts_with('a') {
            "an"
        } else {
            "a"
        }
    }

    /// A word for the member's kind, for messages (`method`, `associated const` …).
    pub(crate) fn kind_word(&self) -> &'static str {
        match self.kind {
            MemberKind::Method(_) if self.field.is_some() => "field",
            MemberKind::Method(_) => "method",
            MemberKind::AssociatedFn => "associated function",
            MemberKind::Const => "associated const",
            MemberKind::Type => "associated type",
        }
    }
}

impl Protocol {
    /// The supertraits' associated types the members name (`Self::Error` of `trait
    /// OutputPin: ErrorType`): every `Self::X` whose `X` is not one of the protocol's own.
    pub(crate) fn foreign_assoc_types(&self) -> Vec<Ident> {
        struct Find<'p>(&'p Protocol, Vec<Ident>);
        impl<'ast> syn::visit::Visit<'ast> for Find<'_> {
            fn visit_type_path(&mut self, ty: &'ast syn::TypePath) {
                let segments = &ty.path.segments;
                if ty.qself.is_none() && segments.len() == 2 && segments[0].ident == "Self" {
                    let name = &segments[1].ident;
                    let own = self
                        .0
                        .members
                        .iter()
                        .any(|m| m.kind == MemberKind::Type && m.ident == *name);
                    if !own && !self.1.contains(name) {
                        self.1.push(name.clone());
                    }
                    return;
                }
                syn::visit::visit_type_path(self, ty);
            }
        }
        let mut find = Find(self, Vec::new());
        for member in &self.members {
            match &member.decl {
                Decl::Fn(sig) => syn::visit::Visit::visit_signature(&mut find, sig),
                Decl::Const(ty) => syn::visit::Visit::visit_type(&mut find, ty),
                Decl::Type(bounds) => {
                    for bound in bounds {
                        syn::visit::Visit::visit_type_param_bound(&mut find, bound);
                    }
                }
            }
        }
        find.1
    }

    pub(crate) fn member(&self, name: &str) -> Option<&Member> {
        self.members.iter().find(|m| m.ident == name)
    }

    pub(crate) fn required(&self) -> impl Iterator<Item = &Member> {
        self.members.iter().filter(|m| m.required)
    }
}
