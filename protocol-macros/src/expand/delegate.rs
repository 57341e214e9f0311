//! Delegation (SPEC 2e): `#[conforms(P via field)]` on a struct, `#[conforms(P via variants)]`
//! on an enum. The adapter ([`adapter`](super::adapter)) does the work; this file holds what
//! is particular to delegation:
//!
//! - which delegate serves: the field's type, or every variant's;
//! - the `where` predicates that say the delegates conform (`Duck: EatsBread`), on the trait
//!   impl, spanned at the user's `duck`, so a delegate that does not conform is one error
//!   there, in the protocol's own words;
//! - the call of a delegate's member (`<Duck as EatsBread>::eat_bread(&this.duck)`, or a
//!   `match` over the variants);
//! - for the hidden `check` module, which resolves the outer type's *inherent* method first
//!   (Go's shadowing), the same predicates through a type alias and a bound bundle declared
//!   beside the user's items (`check` sees no prelude and no user name), under a `for<…>`
//!   binder: the functions assume them and rustc does not check them there, so the only
//!   error for a delegate that does not conform is the trait impl's.

use crate::check::subst::Subst;
use crate::expand::generics::UsedIdents;
use crate::model::via::{Variant, Via};
use crate::model::{Decl, Member, Protocol, Receiver};
use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote, quote_spanned, ToTokens};
use syn::{GenericArgument, Generics, Ident, Path, PathArguments, Signature, Type};

impl Via {
    /// What `via member` names on `item`: a field of a struct, or (`via variants`) the
    /// variants of an enum, each holding one value. Errors point at the user's token.
    pub(crate) fn from_item(item: &syn::Item, member: &syn::Member) -> syn::Result<Via> {
        let is_variants = matches!(member, syn::Member::Named(i) if i == "variants");
        match item {
            syn::Item::Struct(s) => {
                let found = s
                    .fields
                    .iter()
                    .enumerate()
                    .find(|(index, field)| match member {
                        syn::Member::Named(name) => field.ident.as_ref() == Some(name),
                        syn::Member::Unnamed(i) => {
                            field.ident.is_none() && i.index as usize == *index
                        }
                    });
                if let Some((_, field)) = found {
                    return Ok(Via::Field {
                        member: member.clone(),
                        ty: Box::new(field.ty.clone()),
                    });
                }
                let names: Vec<String> = s
                    .fields
                    .iter()
                    .enumerate()
                    .map(|(index, f)| {
                        f.ident
                            .as_ref()
                            .map_or_else(|| index.to_string(), ToString::to_string)
                    })
                    .collect();
                let wanted = member.to_token_stream().to_string();
                let message = if is_variants {
                    format!(
                        "`via variants` delegates an enum's members to its variants; `{}` is a \
                         struct: name the field that serves, `via {}`",
                        s.ident,
                        names.first().map_or("field", String::as_str)
                    )
                } else if names.is_empty() {
                    format!("`{}` has no fields to delegate to", s.ident)
                } else {
                    let similar = names
                        .iter()
                        .find(|n| crate::check::similar::is_similar(&wanted, n))
                        .map(|n| format!("did you mean `{n}`? "))
                        .unwrap_or_default();
                    format!(
                        "`{}` has no field `{wanted}`: {similar}its fields are {}",
                        s.ident,
                        names
                            .iter()
                            .map(|n| format!("`{n}`"))
                            .collect::<Vec<_>>()
                            .join(", ")
                    )
                };
                Err(syn::Error::new_spanned(member, message))
            }
            syn::Item::Enum(e) if is_variants => {
                let mut variants = Vec::new();
                for variant in &e.variants {
                    let mut fields = variant.fields.iter();
                    let (Some(field), None) = (fields.next(), fields.next()) else {
                        let holds = if variant.fields.is_empty() {
                            "no value"
                        } else {
                            "several values"
                        };
                        return Err(syn::Error::new_spanned(
                            &variant.ident,
                            format_args!(
                                "`{}` cannot delegate to its variants: `{}` holds {holds}, and \
                                 each variant must hold exactly one value, of a type that conforms",
                                e.ident, variant.ident
                            ),
                        ));
                    };
                    let field_member = field.ident.clone().map_or_else(
                        || syn::Member::Unnamed(syn::Index::from(0)),
                        syn::Member::Named,
                    );
                    variants.push(Variant {
                        ident: variant.ident.clone(),
                        field: field_member,
                        ty: field.ty.clone(),
                    });
                }
                if variants.is_empty() {
                    return Err(syn::Error::new_spanned(
                        member,
                        format_args!("`{}` has no variants to delegate to", e.ident),
                    ));
                }
                let token = match member {
                    syn::Member::Named(ident) => ident.clone(),
                    syn::Member::Unnamed(_) => format_ident!("variants"),
                };
                Ok(Via::Variants { token, variants })
            }
            syn::Item::Enum(e) => Err(syn::Error::new_spanned(
                member,
                format_args!(
                    "`{}` is an enum: it delegates to every variant with `via variants`",
                    e.ident
                ),
            )),
            _ => Err(syn::Error::new_spanned(
                member,
                "`via` delegates from a struct (`via field`) or an enum (`via variants`)",
            )),
        }
    }

    /// The protocol's path with the associated types the user did not write bound to the
    /// first delegate's (`Container<Item = <Shelf as Container>::Item>`): the outer type
    /// has the same ones. Associated types with parameters of their own cannot be bound
    /// in a path: an error names them.
    pub(crate) fn with_bindings(&self, protocol: &Protocol, path: &Path) -> Result<Path, String> {
        let Some(first) = self.types().first().copied() else {
            return Ok(path.clone());
        };
        let bare = without_bindings(path);
        let mut out = path.clone();
        let Some(last) = out.segments.last_mut() else {
            return Ok(out);
        };
        let written: Vec<Ident> = match &last.arguments {
            PathArguments::AngleBracketed(args) => args
                .args
                .iter()
                .filter_map(|a| match a {
                    GenericArgument::AssocType(b) => Some(b.ident.clone()),
                    _ => None,
                })
                .collect(),
            _ => Vec::new(),
        };
        let mut added: Vec<GenericArgument> = Vec::new();
        for member in &protocol.members {
            let Decl::Type(_) = member.decl else { continue };
            if written.contains(&member.ident) {
                continue;
            }
            if member.gat.is_some() {
                return Err(format!(
                    "the associated type `{}` has parameters of its own, which delegation cannot \
                     pass on: implement the protocol by hand",
                    member.ident
                ));
            }
            let ident = &member.ident;
            added.push(syn::parse_quote!(#ident = <#first as #bare>::#ident));
        }
        if added.is_empty() {
            return Ok(out);
        }
        if let PathArguments::None = last.arguments {
            last.arguments = PathArguments::AngleBracketed(syn::parse_quote!(<>));
        }
        if let PathArguments::AngleBracketed(args) = &mut last.arguments {
            args.args.extend(added);
        }
        Ok(out)
    }

    /// `Duck: EatsBread` for each delegate (the first as the user wrote the protocol, the
    /// others with the first's associated types), spanned at the user's token.
    pub(crate) fn predicates(&self, written: &Path, bound: &Path) -> Vec<TokenStream> {
        let span = self.span();
        self.types()
            .iter()
            .enumerate()
            .map(|(index, ty)| {
                let path = if index == 0 { written } else { bound };
                crate::expand::respan(quote!(#ty: #path), span)
            })
            .collect()
    }

    /// Why `sig` cannot be passed on to the delegate, if it cannot. `sig` has the
    /// protocol's arguments and associated types filled in.
    pub(crate) fn obstacle(&self, sig: &Signature) -> Option<String> {
        let receiver = sig.receiver();
        if receiver.is_some_and(|r| crate::model::receiver::view(r).typed.is_some()) {
            return Some("its receiver is not `self`, `&self` or `&mut self`".to_owned());
        }
        if crate::model::signature::names_self_outside_receiver(sig) {
            return Some(format!(
                "it names `Self` outside its receiver, which for {} is another type",
                match self {
                    Via::Field { .. } => "the field",
                    Via::Variants { .. } => "a variant",
                }
            ));
        }
        if let Via::Variants { .. } = self {
            if receiver.is_none() {
                return Some("it takes no `self`, so there is no variant to match on".to_owned());
            }
            if crate::model::signature::returns_impl_trait(sig) && sig.asyncness.is_none() {
                return Some(
                    "it returns `impl Trait`, and each variant's would be another type".to_owned(),
                );
            }
        }
        None
    }

    /// The call of the delegate's `ident`: `this` is the receiver as an expression (a
    /// reference for `&self` and `&mut self`, the value for `self`), `args` the other
    /// arguments. An `async` member of an enum awaits in an `async move` block (each
    /// variant's future is another type).
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn call(
        &self,
        trait_path: &Path,
        ident: &Ident,
        turbofish: &TokenStream,
        this: Option<(&TokenStream, Receiver)>,
        args: &[TokenStream],
        is_async: bool,
        span: Span,
    ) -> TokenStream {
        match self {
            Via::Field { member, ty } => {
                let this = this.map(|(this, receiver)| match receiver {
                    Receiver::Ref => quote_spanned!(span=> &#this.#member),
                    Receiver::RefMut => quote_spanned!(span=> &mut #this.#member),
                    _ => quote_spanned!(span=> #this.#member),
                });
                let this = this.iter();
                quote_spanned!(span=> <#ty as #trait_path>::#ident #turbofish (#(#this,)* #(#args),*))
            }
            Via::Variants { variants, .. } => {
                let Some((this, _)) = this else {
                    return quote_spanned!(span=> loop {});
                };
                let value = format_ident!("__protocol_value", span = span);
                let wait = is_async.then(|| quote_spanned!(span=> .await));
                let arms = variants.iter().map(|v| {
                    let (variant, field, ty) = (&v.ident, &v.field, &v.ty);
                    quote_spanned! {span=>
                        Self::#variant { #field: #value } =>
                            <#ty as #trait_path>::#ident #turbofish (#value, #(#args),*) #wait,
                    }
                });
                let matched = quote_spanned!(span=> match #this { #(#arms)* });
                if is_async {
                    quote_spanned!(span=> async move { #matched })
                } else {
                    matched
                }
            }
        }
    }

    /// A type alias and a bound bundle per predicate, beside the user's items, and the
    /// `where` clause of the `check` functions that names them (see the module doc).
    pub(crate) fn check_bounds(
        &self,
        generics: &Generics,
        module: &Ident,
        written: &Path,
        bound: &Path,
    ) -> (Vec<TokenStream>, TokenStream) {
        let mut items = Vec::new();
        let mut predicates = Vec::new();
        for (index, ty) in self.types().iter().enumerate() {
            let path = if index == 0 { written } else { bound };
            let alias = format_ident!("{}_via{}", module, index);
            let bundle = format_ident!("{}_via{}_bound", module, index);
            let (alias_params, alias_args) = used_params(generics, &quote!(#ty));
            let (bundle_params, bundle_args) = used_params(generics, &quote!(#path));
            let bundle_impl_params = bundle_params.iter();
            items.push(quote! {
                #[doc(hidden)]
                #[allow(non_camel_case_types, type_alias_bounds)]
                type #alias <#(#alias_params),*> = #ty;
                #[doc(hidden)]
                #[allow(non_camel_case_types)]
                trait #bundle <#(#bundle_params),*>: #path {}
                impl<#(#bundle_impl_params,)* __ProtocolX: ?::core::marker::Sized + #path> #bundle <#(#bundle_args),*> for __ProtocolX {}
            });
            predicates.push(quote! {
                for<'__protocol_via> super::super::#alias <#(#alias_args),*>: super::super::#bundle <#(#bundle_args),*>
            });
        }
        (items, quote!(where #(#predicates),*))
    }

    /// The same predicates under a `for<…>` binder, for the hidden `Types` impl, whose
    /// delegating constants assume them: rustc checks them at the trait impl only.
    pub(crate) fn assumed(&self, written: &Path, bound: &Path) -> Vec<TokenStream> {
        self.types()
            .iter()
            .enumerate()
            .map(|(index, ty)| {
                let path = if index == 0 { written } else { bound };
                quote!(for<'__protocol_via> #ty: #path)
            })
            .collect()
    }
}

/// `path` without its associated-type bindings: `Container<u8, Item = X>` → `Container<u8>`.
pub(crate) fn without_bindings(path: &Path) -> Path {
    let mut path = path.clone();
    if let Some(last) = path.segments.last_mut() {
        if let PathArguments::AngleBracketed(args) = &mut last.arguments {
            args.args = std::mem::take(&mut args.args)
                .into_iter()
                .filter(|a| !matches!(a, GenericArgument::AssocType(_)))
                .collect();
            if args.args.is_empty() {
                last.arguments = PathArguments::None;
            }
        }
    }
    path
}

/// The parameters of `generics` that `tokens` names, declared (without bounds) and as
/// arguments: a type alias may not declare a parameter it does not use.
pub(crate) fn used_params(
    generics: &Generics,
    tokens: &TokenStream,
) -> (Vec<TokenStream>, Vec<TokenStream>) {
    let used = UsedIdents::of(tokens.clone());
    let mut params = Vec::new();
    let mut args = Vec::new();
    for param in &generics.params {
        let name = crate::expand::generics::param_name(param);
        if !used.contains(&name) {
            continue;
        }
        match param {
            syn::GenericParam::Lifetime(l) => {
                let lifetime = &l.lifetime;
                params.push(quote!(#lifetime));
                args.push(quote!(#lifetime));
            }
            syn::GenericParam::Type(t) => {
                let ident = &t.ident;
                params.push(quote!(#ident: ?::core::marker::Sized));
                args.push(quote!(#ident));
            }
            syn::GenericParam::Const(c) => {
                let (ident, ty) = (&c.ident, &c.ty);
                params.push(quote!(const #ident: #ty));
                args.push(quote!(#ident));
            }
        }
    }
    (params, args)
}

/// The const a delegate supplies for `member` (`const SIDES: u32 = <Square as Shape>::SIDES;`),
/// for a field; `None` for variants, which cannot dispatch without a receiver.
pub(crate) fn const_item(
    via: &Via,
    member: &Member,
    ty: &Type,
    subst: &Subst,
    trait_path: &Path,
) -> Option<TokenStream> {
    let Via::Field { ty: field_ty, .. } = via else {
        return None;
    };
    let ident = &member.ident;
    let ty = subst.ty(ty);
    let cfgs = &member.cfgs;
    Some(quote! {
        #(#cfgs)*
        const #ident: #ty = <#field_ty as #trait_path>::#ident;
    })
}
