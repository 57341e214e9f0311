//! Capabilities as tokens: the impl that publishes a member (`#[methods]`, `dyn P` of an open
//! protocol, `#[conforms]` with an open protocol) and the bound that requires it (`Open<T>`,
//! `#[protocol(open)]`). Both are built from one [`Shape`].

use crate::model::capability::{is_plain, self_lifetime, Kind, Shape};
use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote};
use syn::{GenericParam, Generics};

/// What every capability impl and bound of one macro call names, built once: the
/// capability traits through the alias that [`scope`] brings in (one token where the full
/// path is seven), and the `protocol` crate's path.
pub(crate) struct Caps {
    pub(crate) krate: TokenStream,
    paths: Vec<(&'static str, TokenStream)>,
}

impl Caps {
    pub(crate) fn new(krate: TokenStream) -> Caps {
        let paths = [
            "Ref", "Mut", "Val", "Assoc", "Const", "Reads", "ReadsMut", "Yields",
        ]
        .into_iter()
        .map(|name| {
            let ident = proc_macro2::Ident::new(name, proc_macro2::Span::call_site());
            (name, quote!(__protocol_cap::#ident))
        })
        .collect();
        Caps { krate, paths }
    }

    /// `__protocol_cap::Ref` and its siblings.
    pub(crate) fn path(&self, name: &str) -> TokenStream {
        self.paths.iter().find(|(n, _)| *n == name).map_or_else(
            || {
                let ident = proc_macro2::Ident::new(name, proc_macro2::Span::call_site());
                quote!(__protocol_cap::#ident)
            },
            |(_, path)| path.clone(),
        )
    }
}

/// `items` in a `const _` block that names the capability traits' module `__protocol_cap`.
pub(crate) fn scope(caps: &Caps, items: &TokenStream) -> TokenStream {
    let krate = &caps.krate;
    let allow_repeated = crate::expand::allow_repeated();
    quote! {
        #allow_repeated
        const _: () = {
            use #krate::__private::cap as __protocol_cap;
            #items
        };
    }
}

/// The key as a literal.
pub(crate) fn key(key: u128) -> Literal {
    Literal::u128_unsuffixed(key)
}

/// The member's return type as a capability's `Out`: as it is when every lifetime of it is
/// visible, else through `fn(&'s ()) -> R` (`Returns`), where a lifetime that a path hides
/// (`Iter<u8>`) is elided as in the method's own signature.
pub(crate) fn out_type(shape: &Shape, known: &dyn Fn(&str) -> bool) -> TokenStream {
    let out = &shape.out;
    if is_plain(out, known) {
        return quote!(#out);
    }
    let written = &shape.written_out;
    let input = shape.out_lifetime.as_ref().map(|l| quote!(&#l ()));
    quote!(<fn(#input) -> #written as __protocol_cap::Returns>::Out)
}

/// The names of `generics`' type parameters.
pub(crate) fn param_names(generics: &Generics) -> Vec<String> {
    generics
        .type_params()
        .map(|p| p.ident.to_string())
        .collect()
}

/// The type an impl publishes for: `Duck<T>`, with the impl's generics and where clause,
/// and what every impl for it repeats, written once.
pub(crate) struct Target<'a> {
    pub(crate) self_ty: TokenStream,
    pub(crate) generics: &'a Generics,
    /// The impl's own parameters, lifetimes first and without defaults: `'a, T: Clone`.
    params: TokenStream,
    /// Its type parameters' names, for [`out_type`].
    names: Vec<String>,
}

impl<'a> Target<'a> {
    pub(crate) fn new(self_ty: TokenStream, generics: &'a Generics) -> Target<'a> {
        let own_lifetimes = generics.lifetimes();
        let others = generics.params.iter().filter_map(|p| match p {
            GenericParam::Type(t) => {
                let mut t = t.clone();
                t.default = None;
                t.attrs.clear();
                Some(quote!(#t))
            }
            GenericParam::Const(c) => {
                let mut c = c.clone();
                c.default = None;
                c.attrs.clear();
                Some(quote!(#c))
            }
            GenericParam::Lifetime(_) => None,
        });
        Target {
            self_ty,
            generics,
            params: quote!(#(#own_lifetimes,)* #(#others),*),
            names: param_names(generics),
        }
    }
}

/// `<'s, lifetimes…, the target's parameters>`: lifetimes first, as Rust requires.
fn impl_params(target: &Target, extra: &[syn::Lifetime]) -> TokenStream {
    let params = &target.params;
    quote!(<#(#extra,)* #params>)
}

fn where_clause(target: &Target, extra: Option<&syn::WhereClause>) -> TokenStream {
    let predicates: Vec<&syn::WherePredicate> = target
        .generics
        .where_clause
        .iter()
        .chain(extra)
        .flat_map(|w| &w.predicates)
        .collect();
    if predicates.is_empty() {
        TokenStream::new()
    } else {
        quote!(where #(#predicates),*)
    }
}

/// The impl that publishes a function member: its body calls `callee` (`Self::eat_bread`)
/// with the receiver and the arguments.
pub(crate) fn publish_fn(
    shape: &Shape,
    target: &Target,
    method_where: Option<&syn::WhereClause>,
    callee: &TokenStream,
    caps: &Caps,
) -> TokenStream {
    let names: Vec<TokenStream> = (0..shape.args.len())
        .map(|i| {
            let ident = format_ident!("__protocol_arg{}", i);
            quote!(#ident)
        })
        .collect();
    let pass = shape.kind.borrows() || shape.kind == Kind::Val;
    let receiver = pass.then(|| quote!(self,));
    let body = quote!({ #callee(#receiver #(#names),*) });
    let this = <syn::Token![self]>::default();
    publish_body(shape, target, method_where, (this, &names), &body, caps)
}

/// The impl that publishes a function member whose body is `body` (a block), with the
/// receiver bound to `this` (the body's own `self` token: `self` is hygienic) and the
/// arguments to `names` (plain identifiers).
pub(crate) fn publish_body(
    shape: &Shape,
    target: &Target,
    method_where: Option<&syn::WhereClause>,
    (this, names): (syn::Token![self], &[TokenStream]),
    body: &TokenStream,
    caps: &Caps,
) -> TokenStream {
    let s = self_lifetime();
    let mut lifetimes = Vec::new();
    if shape.kind.borrows() {
        lifetimes.push(s.clone());
    }
    lifetimes.extend(shape.lifetimes.iter().cloned());
    let params = impl_params(target, &lifetimes);
    let where_clause = where_clause(target, method_where);
    let cap = caps.path(shape.kind.trait_name());
    let key = key(shape.key);
    let args = &shape.args;
    let out = out_type(shape, &|name| target.names.iter().any(|p| p == name));
    let self_ty = &target.self_ty;
    let (trait_ref, receiver) = match shape.kind {
        Kind::Ref => (quote!(#cap<#s, #key, (#(#args,)*)>), quote!(&#s #this,)),
        Kind::Mut => (quote!(#cap<#s, #key, (#(#args,)*)>), quote!(&#s mut #this,)),
        Kind::Val => (quote!(#cap<#key, (#(#args,)*)>), quote!(#this,)),
        Kind::Assoc => (quote!(#cap<#key, (#(#args,)*)>), quote!()),
    };
    quote! {
        #[automatically_derived]
        #[doc(hidden)]
        impl #params #trait_ref for #self_ty #where_clause {
            type Out = #out;
            #[inline]
            fn call(#receiver (#(#names,)*): (#(#args,)*)) -> Self::Out #body
        }
    }
}

/// The impl that publishes an associated const `value` of type `ty`.
pub(crate) fn publish_const(
    key_of: u128,
    ty: &syn::Type,
    target: &Target,
    value: &TokenStream,
    caps: &Caps,
) -> TokenStream {
    let params = impl_params(target, &[]);
    let where_clause = where_clause(target, None);
    let cap = caps.path("Const");
    let key = key(key_of);
    let self_ty = &target.self_ty;
    let ty = static_lifetimes(ty);
    quote! {
        #[automatically_derived]
        #[doc(hidden)]
        impl #params #cap<#key> for #self_ty #where_clause {
            type Ty = #ty;
            const VALUE: #ty = #value;
        }
    }
}

/// The impls that publish a `pub` field: a getter (`Ref`, `Out = &'s T`), a mutable getter
/// (`Mut`, `Out = &'s mut T`) and a setter (`Mut` taking `(T,)`).
pub(crate) fn publish_field(
    key_of: u128,
    field: &TokenStream,
    ty: &syn::Type,
    target: &Target,
    caps: &Caps,
) -> TokenStream {
    let s = self_lifetime();
    let params = impl_params(target, std::slice::from_ref(&s));
    let where_clause = where_clause(target, None);
    let read = caps.path("Ref");
    let write = caps.path("Mut");
    let key = key(key_of);
    let self_ty = &target.self_ty;
    quote! {
        #[automatically_derived]
        #[doc(hidden)]
        impl #params #read<#s, #key, ()> for #self_ty #where_clause {
            type Out = &#s #ty;
            #[inline]
            fn call(&#s self, (): ()) -> &#s #ty {
                &self.#field
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl #params #write<#s, #key, ()> for #self_ty #where_clause {
            type Out = &#s mut #ty;
            #[inline]
            fn call(&#s mut self, (): ()) -> &#s mut #ty {
                &mut self.#field
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl #params #write<#s, #key, (#ty,)> for #self_ty #where_clause {
            type Out = ();
            #[inline]
            fn call(&#s mut self, (value,): (#ty,)) {
                self.#field = value;
            }
        }
    }
}

/// The bound that requires a function member:
/// `for<'s, …> Ref<'s, KEY, (A,), Out = R>`; `known` names the impl's own type parameters.
pub(crate) fn bound(shape: &Shape, caps: &Caps, known: &dyn Fn(&str) -> bool) -> TokenStream {
    let out = out_type(shape, known);
    bound_with(shape, caps, &quote!(Out = #out))
}

/// Like [`bound`], with `out` in place of `Out = R` (`Out: Reads<'s, str>`).
pub(crate) fn bound_with(shape: &Shape, caps: &Caps, out: &TokenStream) -> TokenStream {
    let s = self_lifetime();
    let cap = caps.path(shape.kind.trait_name());
    let key = key(shape.key);
    let args = &shape.args;
    let mut binder: Vec<&syn::Lifetime> = Vec::new();
    if shape.kind.borrows() {
        binder.push(&s);
    }
    binder.extend(&shape.lifetimes);
    let binder = (!binder.is_empty()).then(|| quote!(for<#(#binder),*>));
    let s = shape.kind.borrows().then(|| quote!(#s,));
    quote!(#binder #cap<#s #key, (#(#args,)*), #out>)
}

/// The call of a required function member on `implementor`: `<T as Ref<'_, KEY, _>>::call(
/// receiver, (args,))`.
pub(crate) fn call(
    kind: Kind,
    key_of: u128,
    implementor: &TokenStream,
    receiver: Option<&TokenStream>,
    args: &[TokenStream],
    caps: &Caps,
) -> TokenStream {
    let cap = caps.path(kind.trait_name());
    let key = key(key_of);
    let lifetime = kind.borrows().then(|| quote!('_,));
    let receiver = receiver.map(|r| quote!(#r,));
    quote!(<#implementor as #cap<#lifetime #key, _>>::call(#receiver (#(#args,)*)))
}

/// A const's type with every elided lifetime `'static`, as Rust reads it there.
pub(crate) fn static_lifetimes(ty: &syn::Type) -> syn::Type {
    struct Static;
    impl syn::visit_mut::VisitMut for Static {
        fn visit_type_reference_mut(&mut self, r: &mut syn::TypeReference) {
            if r.lifetime.is_none() {
                r.lifetime = Some(syn::parse_quote!('static));
            }
            syn::visit_mut::visit_type_reference_mut(self, r);
        }
        fn visit_lifetime_mut(&mut self, l: &mut syn::Lifetime) {
            if l.ident == "_" {
                *l = syn::parse_quote!('static);
            }
        }
    }
    let mut ty = ty.clone();
    syn::visit_mut::VisitMut::visit_type_mut(&mut Static, &mut ty);
    ty
}
