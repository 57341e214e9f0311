//! How the adapter spells a member's signature outside the protocol's impl: as a function
//! pointer with `Self` the target type, elided lifetimes named, supertraits' associated types
//! through aliases, and decoys' generic mirrors.

use crate::model::Protocol;
use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote};
use syn::ext::IdentExt;
use syn::visit_mut::VisitMut;
use syn::{FnArg, Generics, Ident, Path, ReturnType, Signature, Type};

/// The inputs (receiver first), output and lifetimes of `sig` with `Self` = `ty`: the
/// output's elided lifetimes named for the receiver's (`'self_`) when it has any.
pub(super) fn fn_parts(
    sig: &Signature,
    ty: &Type,
    module: &Ident,
    trait_path: &Path,
) -> (Vec<Type>, ReturnType, Vec<syn::Lifetime>) {
    let mut sig = sig.clone();
    SelfToTarget(ty.clone(), Some(module.clone()), Some(trait_path.clone()))
        .visit_signature_mut(&mut sig);
    let (mut receiver_ty, elided_from_receiver) = receiver_type(&sig, ty);
    let mut lifetimes: Vec<syn::Lifetime> = sig
        .generics
        .lifetimes()
        .map(|l| l.lifetime.clone())
        .collect();
    let mut output = sig.output.clone();
    let mut naming = NameElided::default();
    naming.visit_return_type_mut(&mut output);
    if elided_from_receiver && naming.named {
        lifetimes.insert(0, syn::Lifetime::new("'self_", Span::call_site()));
    } else {
        output = sig.output.clone();
        // The output borrows nothing from an elided receiver: leave it elided.
        if let Some(Type::Reference(reference)) =
            receiver_ty.as_mut().filter(|_| elided_from_receiver)
        {
            reference.lifetime = None;
        }
    }
    let mut inputs: Vec<Type> = receiver_ty.into_iter().collect();
    inputs.extend(sig.inputs.iter().filter_map(|i| match i {
        FnArg::Typed(t) => Some((*t.ty).clone()),
        FnArg::Receiver(_) => None,
    }));
    (inputs, output, lifetimes)
}

pub(super) fn binder(lifetimes: &[syn::Lifetime]) -> TokenStream {
    if lifetimes.is_empty() {
        quote!()
    } else {
        quote!(for<#(#lifetimes),*>)
    }
}

/// A decoy's parameter or result type: a fresh type parameter behind the same references.
#[derive(Default)]
pub(super) struct Mirror {
    pub(super) params: Vec<TokenStream>,
    /// The named lifetimes of those references (`&'a str` of `impl<'a> Get<&'a str>`): the
    /// decoy declares them, being outside the impl.
    pub(super) lifetimes: Vec<syn::Lifetime>,
}

impl Mirror {
    pub(super) fn ty(&mut self, ty: &Type, behind_reference: bool) -> TokenStream {
        match ty {
            Type::Reference(r) => {
                let (lifetime, mutability) = (&r.lifetime, &r.mutability);
                if let Some(named) = lifetime {
                    let text = named.ident.to_string();
                    if text != "static" && text != "_" && !self.lifetimes.contains(named) {
                        self.lifetimes.push(named.clone());
                    }
                }
                let elem = self.ty(&r.elem, true);
                quote!(&#lifetime #mutability #elem)
            }
            Type::Paren(p) => self.ty(&p.elem, behind_reference),
            _ => {
                let param = format_ident!("__ProtocolA{}", self.params.len());
                self.params.push(if behind_reference {
                    quote!(#param: ?::core::marker::Sized)
                } else {
                    quote!(#param)
                });
                quote!(#param)
            }
        }
    }
}

/// The receiver as a function's first argument (`&Target`, `&mut Target`, `Target`,
/// `Box<Target>` …), and whether it lends the output's elided lifetimes (then named
/// `'self_`).
pub(super) fn receiver_type(sig: &Signature, target: &Type) -> (Option<Type>, bool) {
    let Some(receiver) = sig.receiver() else {
        return (None, false);
    };
    let receiver = crate::model::receiver::view(receiver);
    if let Some(ty) = receiver.typed {
        return (Some(ty.clone()), false);
    }
    let Some((and_token, lifetime)) = receiver.reference else {
        return (Some(target.clone()), false);
    };
    let elided = lifetime.is_none();
    let lifetime = lifetime
        .cloned()
        .unwrap_or_else(|| syn::Lifetime::new("'self_", Span::call_site()));
    let reference = syn::TypeReference {
        attrs: Vec::new(),
        and_token,
        lifetime: Some(lifetime),
        mutability: receiver.mutability,
        elem: Box::new(target.clone()),
    };
    (Some(Type::Reference(reference)), elided)
}

/// Elided lifetimes of the output (`-> &str`, `-> Foo<'_>`) become the receiver's, as they
/// are in the method; `named` says whether there were any.
#[derive(Default)]
pub(super) struct NameElided {
    pub(super) named: bool,
}

impl VisitMut for NameElided {
    fn visit_type_reference_mut(&mut self, reference: &mut syn::TypeReference) {
        if reference.lifetime.is_none() {
            reference.lifetime = Some(syn::Lifetime::new("'self_", Span::call_site()));
            self.named = true;
        }
        syn::visit_mut::visit_type_reference_mut(self, reference);
    }

    fn visit_lifetime_mut(&mut self, lifetime: &mut syn::Lifetime) {
        if lifetime.ident == "_" {
            *lifetime = syn::Lifetime::new("'self_", Span::call_site());
            self.named = true;
        }
    }
}

/// `Self` → the target type; with the module's name, a supertrait's associated type
/// `Self::V` → `<module>_assoc_V<Target>` (see [`supertrait_aliases`]): outside an impl of
/// the protocol, `<Target as P>::V` does not resolve to a supertrait's `V`.
pub(super) struct SelfToTarget(
    pub(super) Type,
    pub(super) Option<Ident>,
    pub(super) Option<Path>,
);

impl VisitMut for SelfToTarget {
    fn visit_type_mut(&mut self, ty: &mut Type) {
        if matches!(ty, Type::Path(p) if p.qself.is_none() && p.path.is_ident("Self")) {
            *ty = self.0.clone();
            return;
        }
        // A generic associated type of the protocol (`Self::Item<'a>`), through its path.
        if let (Some(trait_path), Type::Path(p)) = (&self.2, &*ty) {
            let segments = &p.path.segments;
            if p.qself.is_none()
                && segments.len() == 2
                && segments[0].ident == "Self"
                && !segments[1].arguments.is_none()
            {
                let (target, last) = (&self.0, &segments[1]);
                *ty = syn::parse_quote!(<#target as #trait_path>::#last);
                return;
            }
        }
        if let (Some(module), Some(assoc)) = (&self.1, self_projection(ty)) {
            let alias = alias_name(module, &assoc);
            let target = &self.0;
            *ty = syn::parse_quote!(#alias<#target>);
            return;
        }
        syn::visit_mut::visit_type_mut(self, ty);
    }
}

/// `V` of a type `Self::V`.
pub(super) fn self_projection(ty: &Type) -> Option<Ident> {
    let Type::Path(p) = ty else { return None };
    let segments = &p.path.segments;
    (p.qself.is_none()
        && segments.len() == 2
        && segments[0].ident == "Self"
        && segments.iter().all(|s| s.arguments.is_none()))
    .then(|| segments[1].ident.clone())
}

pub(super) fn alias_name(module: &Ident, assoc: &Ident) -> Ident {
    format_ident!("{}_assoc_{}", module, assoc.unraw())
}

/// The supertraits' associated types the members name (`Self::V` of `trait Get: Map`; the
/// protocol's own are substituted by then), each as an alias beside the user's items that
/// finds it through the protocol's bounds: `type <module>_assoc_V<S: ?Sized + Get> = S::V;`.
pub(super) fn supertrait_aliases(
    protocol: &Protocol,
    trait_path: &Path,
    generics: &Generics,
    module: &Ident,
) -> Vec<TokenStream> {
    let (params, _) = crate::expand::delegate::used_params(generics, &quote!(#trait_path));
    protocol
        .foreign_assoc_types()
        .iter()
        .map(|assoc| {
            let alias = alias_name(module, assoc);
            quote! {
                #[doc(hidden)]
                #[allow(non_camel_case_types, type_alias_bounds, dead_code)]
                type #alias<#(#params,)* __ProtocolS: ?::core::marker::Sized + #trait_path> = __ProtocolS::#assoc;
            }
        })
        .collect()
}

/// `eat_bread` → `EatBread`, `Rock` → `Rock`.
pub(super) fn camel(name: &str) -> String {
    name.split('_')
        .filter(|part| !part.is_empty())
        .map(|part| {
            let mut chars = part.chars();
            chars.next().map_or_else(String::new, |first| {
                first.to_uppercase().chain(chars).collect()
            })
        })
        .collect()
}
