//! A member as a capability (open conformance): which capability trait of `protocol-core`
//! carries it, under which key, with which argument tuple and return type, every lifetime
//! written out. The same shape serves both sides: a type publishing its method
//! (`#[methods]`) and a protocol requiring it (`Open<T>`, `#[protocol(open)]`), so the two
//! agree by construction.

use proc_macro2::Span;
use syn::visit_mut::{self, VisitMut};
use syn::{FnArg, GenericParam, Lifetime, ReturnType, Signature, Type};

/// The capability trait a member is published under.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Kind {
    /// `&self`: `Ref<'s, KEY, A>`.
    Ref,
    /// `&mut self`: `Mut<'s, KEY, A>`.
    Mut,
    /// `self`: `Val<KEY, A>`.
    Val,
    /// No receiver: `Assoc<KEY, A>`.
    Assoc,
}

impl Kind {
    pub(crate) fn trait_name(self) -> &'static str {
        match self {
            Self::Ref => "Ref",
            Self::Mut => "Mut",
            Self::Val => "Val",
            Self::Assoc => "Assoc",
        }
    }

    /// Whether the trait takes the borrow's lifetime `'s` as its first parameter.
    pub(crate) fn borrows(self) -> bool {
        matches!(self, Self::Ref | Self::Mut)
    }
}

/// A function member as a capability.
pub(crate) struct Shape {
    pub(crate) kind: Kind,
    pub(crate) key: u128,
    /// The argument types, every lifetime named.
    pub(crate) args: Vec<Type>,
    /// The return type (`()` for none); an elided lifetime is `'s` (borrowing receivers) or
    /// the one input lifetime.
    pub(crate) out: Type,
    /// Lifetimes besides `'s` that `args` and `out` name: the elided ones made explicit and
    /// the function's own.
    pub(crate) lifetimes: Vec<Lifetime>,
}

/// The key of a member named `name` (its name without `r#`): FNV-1a, 128 bits, the same
/// number `protocol-core`'s `cap::key` computes.
pub(crate) fn key(name: &str) -> u128 {
    name.bytes().fold(
        0x6c62_272e_07bb_0142_62b8_2175_6295_c58d_u128,
        |hash, byte| {
            (hash ^ u128::from(byte)).wrapping_mul(0x0000_0000_0100_0000_0000_0000_0000_013b)
        },
    )
}

/// The lifetime a borrowing receiver lends for: the `'s` of `Ref<'s, …>`.
pub(crate) fn self_lifetime() -> Lifetime {
    Lifetime::new("'__protocol_s", Span::call_site())
}

/// Why `sig` cannot be a capability, if it cannot.
pub(crate) fn obstacle(sig: &Signature) -> Option<&'static str> {
    use crate::parse::protocol::{has_impl_trait_arg, returns_impl_trait};
    let generic = sig
        .generics
        .params
        .iter()
        .any(|p| !matches!(p, GenericParam::Lifetime(_)));
    let bounded_lifetime = sig.generics.lifetimes().any(|l| !l.bounds.is_empty());
    let typed_receiver = sig
        .receiver()
        .is_some_and(|r| r.colon_token.is_some() && receiver_kind(r).is_none());
    if generic || has_impl_trait_arg(sig) {
        Some("a generic method cannot be published (a type publishes one function per name)")
    } else if sig.asyncness.is_some() {
        Some("an `async fn` cannot be published: its future's type has no name")
    } else if returns_impl_trait(sig) {
        Some("a method returning `impl Trait` cannot be published: that type has no name")
    } else if sig.unsafety.is_some() {
        Some("an `unsafe fn` cannot be published")
    } else if sig.variadic.is_some() || sig.abi.is_some() {
        Some("an `extern` function cannot be published")
    } else if typed_receiver {
        Some("only `&self`, `&mut self` and `self` receivers can be published")
    } else if bounded_lifetime {
        Some("a method whose lifetime parameters have bounds cannot be published")
    } else {
        None
    }
}

fn receiver_kind(receiver: &syn::Receiver) -> Option<Kind> {
    if receiver.colon_token.is_none() {
        return Some(match (&receiver.reference, &receiver.mutability) {
            (Some(_), Some(_)) => Kind::Mut,
            (Some(_), None) => Kind::Ref,
            (None, _) => Kind::Val,
        });
    }
    let is_self =
        |ty: &Type| matches!(ty, Type::Path(p) if p.qself.is_none() && p.path.is_ident("Self"));
    match &*receiver.ty {
        Type::Reference(r) if is_self(&r.elem) => Some(if r.mutability.is_some() {
            Kind::Mut
        } else {
            Kind::Ref
        }),
        ty if is_self(ty) => Some(Kind::Val),
        _ => None,
    }
}

/// The receiver's own lifetime, when it names one (`&'a self`, `self: &'a Self`).
fn receiver_lifetime(receiver: &syn::Receiver) -> Option<&Lifetime> {
    match (&receiver.reference, &*receiver.ty) {
        (Some((_, lifetime)), _) => lifetime.as_ref(),
        (None, Type::Reference(r)) => r.lifetime.as_ref(),
        _ => None,
    }
}

/// `sig` as a capability keyed by `name`, or why it cannot be one.
pub(crate) fn shape(sig: &Signature, name: &str) -> Result<Shape, &'static str> {
    if let Some(reason) = obstacle(sig) {
        return Err(reason);
    }
    let receiver = sig.receiver();
    let kind = match receiver {
        Some(r) => receiver_kind(r)
            .ok_or("only `&self`, `&mut self` and `self` receivers can be published")?,
        None => Kind::Assoc,
    };
    let s = self_lifetime();
    // `&'a self`: `'a` is the `'s` of the capability.
    let renamed = receiver
        .and_then(receiver_lifetime)
        .filter(|l| l.ident != "_")
        .cloned();
    let mut fresh = Fresh::default();
    let mut args = Vec::new();
    for input in &sig.inputs {
        if let FnArg::Typed(typed) = input {
            let mut ty = (*typed.ty).clone();
            fresh.visit_type_mut(&mut ty);
            args.push(ty);
        }
    }
    let mut out: Type = match &sig.output {
        ReturnType::Default => syn::parse_quote!(()),
        ReturnType::Type(_, ty) => (**ty).clone(),
    };
    // Elision: a borrowing receiver lends its lifetime; else the one input lifetime.
    let output_lifetime = if kind.borrows() {
        Some(s.clone())
    } else {
        let mut named = Named::default();
        for ty in &args {
            syn::visit::Visit::visit_type(&mut named, ty);
        }
        named.only()
    };
    if let Some(lifetime) = output_lifetime {
        Elided(lifetime).visit_type_mut(&mut out);
    }
    let mut lifetimes = fresh.made;
    lifetimes.extend(
        sig.generics
            .lifetimes()
            .map(|l| l.lifetime.clone())
            .filter(|l| Some(l) != renamed.as_ref()),
    );
    if let Some(from) = renamed {
        let mut rename = Rename { from, to: s };
        for ty in &mut args {
            rename.visit_type_mut(ty);
        }
        rename.visit_type_mut(&mut out);
    }
    Ok(Shape {
        kind,
        key: key(name),
        args,
        out,
        lifetimes,
    })
}

/// Names every elided lifetime of argument types: `&str` → `&'__protocol_a0 str`.
#[derive(Default)]
struct Fresh {
    made: Vec<Lifetime>,
}

impl Fresh {
    fn next(&mut self) -> Lifetime {
        let lifetime = Lifetime::new(
            &format!("'__protocol_a{}", self.made.len()),
            Span::call_site(),
        );
        self.made.push(lifetime.clone());
        lifetime
    }
}

impl VisitMut for Fresh {
    fn visit_type_reference_mut(&mut self, reference: &mut syn::TypeReference) {
        if reference.lifetime.is_none() {
            reference.lifetime = Some(self.next());
        }
        visit_mut::visit_type_reference_mut(self, reference);
    }
    fn visit_lifetime_mut(&mut self, lifetime: &mut Lifetime) {
        if lifetime.ident == "_" {
            *lifetime = self.next();
        }
    }
    // `fn(&str)` and `dyn Fn(&str)` bind their own lifetimes.
    fn visit_type_bare_fn_mut(&mut self, _: &mut syn::TypeBareFn) {}
    fn visit_parenthesized_generic_arguments_mut(
        &mut self,
        _: &mut syn::ParenthesizedGenericArguments,
    ) {
    }
}

/// Gives every elided lifetime of a return type the one it stands for.
struct Elided(Lifetime);

impl VisitMut for Elided {
    fn visit_type_reference_mut(&mut self, reference: &mut syn::TypeReference) {
        if reference.lifetime.is_none() {
            reference.lifetime = Some(self.0.clone());
        }
        visit_mut::visit_type_reference_mut(self, reference);
    }
    fn visit_lifetime_mut(&mut self, lifetime: &mut Lifetime) {
        if lifetime.ident == "_" {
            *lifetime = self.0.clone();
        }
    }
    fn visit_type_bare_fn_mut(&mut self, _: &mut syn::TypeBareFn) {}
    fn visit_parenthesized_generic_arguments_mut(
        &mut self,
        _: &mut syn::ParenthesizedGenericArguments,
    ) {
    }
}

/// The lifetimes argument types name (after [`Fresh`]): elision picks the only one.
#[derive(Default)]
struct Named {
    seen: Vec<Lifetime>,
}

impl Named {
    fn only(self) -> Option<Lifetime> {
        match self.seen.as_slice() {
            [one] => Some(one.clone()),
            _ => None,
        }
    }
}

impl<'ast> syn::visit::Visit<'ast> for Named {
    fn visit_lifetime(&mut self, lifetime: &'ast Lifetime) {
        if !self.seen.contains(lifetime) {
            self.seen.push(lifetime.clone());
        }
    }
    fn visit_type_bare_fn(&mut self, _: &'ast syn::TypeBareFn) {}
    fn visit_parenthesized_generic_arguments(
        &mut self,
        _: &'ast syn::ParenthesizedGenericArguments,
    ) {
    }
}

/// Renames one lifetime.
struct Rename {
    from: Lifetime,
    to: Lifetime,
}

impl VisitMut for Rename {
    fn visit_lifetime_mut(&mut self, lifetime: &mut Lifetime) {
        if lifetime.ident == self.from.ident {
            *lifetime = self.to.clone();
        }
    }
}
