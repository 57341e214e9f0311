//! Open conformance on the protocol's side: `impl P for Open<T>` wherever `T` publishes P's
//! members, and, with `#[protocol(open)]`, the blanket `impl<T: …capabilities…> P for T`
//! and the capabilities `dyn P` publishes. Written by `#[protocol]` beside the trait, where
//! every type in its signatures resolves.

use crate::check::subst::{placeholder, Placeholder};
use crate::expand::capability::{self as cap};
use crate::expand::{call, generics};
use crate::model::capability::{self_lifetime, shape, Kind};
use crate::model::{Access, Decl, MemberKind, Protocol};
use proc_macro2::TokenStream;
use quote::{format_ident, quote, ToTokens};
use syn::visit_mut::{self, VisitMut};
use syn::{ItemTrait, ReturnType, Type};

/// How the impl reaches the type that publishes the members.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Through {
    /// `impl P for Open<T>`: `self.0`.
    Open,
    /// `impl P for T`: `self`.
    Itself,
}

/// Why a protocol cannot be served by capabilities: the tokens to point at and the reason.
pub(crate) struct Obstacle {
    pub(crate) at: TokenStream,
    pub(crate) reason: String,
}

/// What an impl over published members needs: its bounds on the publishing type, its
/// items, and a parameter for each associated type (with the type's bounds).
struct Plan {
    bounds: Vec<TokenStream>,
    items: Vec<TokenStream>,
    assoc: Vec<(syn::Ident, syn::Ident, Vec<syn::TypeParamBound>)>,
    /// A member takes `self` by value or names `Self`: the implementor must be sized.
    sized: bool,
}

/// `impl P for Open<T>`, or nothing when a member cannot be served by a capability.
pub(crate) fn open_impl(
    item: &ItemTrait,
    protocol: &Protocol,
    krate: &TokenStream,
    diagnostics: bool,
    used: &generics::UsedIdents,
) -> TokenStream {
    let target = used.fresh(&["T", "U", "V", "W"], "__ProtocolT");
    let caps = cap::Caps::new(krate.clone());
    let Ok(plan) = plan(item, protocol, &target, Through::Open, &caps) else {
        return TokenStream::new();
    };
    let self_ty = quote!(#krate::Open<#target>);
    cap::scope(
        &caps,
        &write_impl(item, &plan, &target, &self_ty, diagnostics),
    )
}

/// `#[protocol(open)]`: the blanket impl over every type that publishes the members, and
/// with `open(dyn)` what `dyn P` publishes; an error for each member that no capability can
/// serve.
pub(crate) fn blanket(
    item: &ItemTrait,
    protocol: &Protocol,
    krate: &TokenStream,
    diagnostics: bool,
    publish_dyn: bool,
    used: &generics::UsedIdents,
) -> Result<TokenStream, Vec<Obstacle>> {
    let target = used.fresh(&["T", "U", "V", "W"], "__ProtocolT");
    let caps = cap::Caps::new(krate.clone());
    let plan = plan(item, protocol, &target, Through::Itself, &caps)?;
    let self_ty = quote!(#target);
    // rustdoc lists a blanket impl under every type it may apply to, `#[doc(hidden)]` or
    // not, with its capability bounds: left out of the docs, so users' pages show none.
    let blanket = write_impl(item, &plan, &target, &self_ty, diagnostics);
    let mut out = quote!(#[cfg(not(doc))] #blanket);
    if publish_dyn {
        out.extend(crate::expand::open_dyn::publish(item, protocol, &caps));
    }
    Ok(cap::scope(&caps, &out))
}

fn write_impl(
    item: &ItemTrait,
    plan: &Plan,
    target: &syn::Ident,
    self_ty: &TokenStream,
    diagnostics: bool,
) -> TokenStream {
    let ident = &item.ident;
    let (_, type_generics, _) = item.generics.split_for_impl();
    let assoc_params = plan.assoc.iter().map(|(_, param, bounds)| {
        if bounds.is_empty() {
            quote!(#param)
        } else {
            quote!(#param: #(#bounds)+*)
        }
    });
    let params = generics::impl_params(
        &item.generics,
        None,
        &if plan.sized {
            quote!(#target #(, #assoc_params)*)
        } else {
            quote!(#target: ?::core::marker::Sized #(, #assoc_params)*)
        },
    );
    let bounds = &plan.bounds;
    let supertraits = &item.supertraits;
    let mut extra: Vec<TokenStream> = Vec::new();
    if !bounds.is_empty() {
        extra.push(quote!(#target: #(#bounds)+*));
    }
    if !supertraits.is_empty() {
        extra.push(quote!(#self_ty: #supertraits));
    }
    extra.extend(generics::sized_by_value(item));
    let where_clause = generics::where_clause(
        &item.generics,
        (!extra.is_empty()).then(|| quote!(#(#extra),*)),
    );
    let items = &plan.items;
    // The protocol's own `on_unimplemented` says what a non-conforming type lacks; without
    // this, rustc would name the capability traits and their keys instead. Not in a
    // `#[no_implicit_prelude]` module, where no tool attribute resolves.
    let quiet = diagnostics.then(|| quote!(#[diagnostic::do_not_recommend]));
    quote! {
        #[automatically_derived]
        #[doc(hidden)]
        #quiet
        impl #params #ident #type_generics for #self_ty #where_clause {
            #(#items)*
        }
    }
}

fn plan(
    item: &ItemTrait,
    protocol: &Protocol,
    target: &syn::Ident,
    through: Through,
    caps: &cap::Caps,
) -> Result<Plan, Vec<Obstacle>> {
    let krate = &caps.krate;
    let mut obstacles = Vec::new();
    let mut refuse = |at: TokenStream, reason: String| obstacles.push(Obstacle { at, reason });
    if let Some(unsafety) = &item.unsafety {
        refuse(
            unsafety.to_token_stream(),
            "cannot be an `unsafe trait`: only its author can promise, type by type, that \
             it is upheld"
                .to_owned(),
        );
    }
    // Associated types become parameters of the impl, decided by the members' returns.
    let mut assoc = Vec::new();
    for member in &protocol.members {
        if let (MemberKind::Type, Decl::Type(bounds)) = (&member.kind, &member.decl) {
            let param = format_ident!("__Protocol{}", syn::ext::IdentExt::unraw(&member.ident));
            assoc.push((member.ident.clone(), param, bounds.clone()));
        }
    }
    let implementor: Type = syn::parse_quote!(#target);
    let mut subst = SelfSubst {
        implementor: implementor.clone(),
        assoc: assoc
            .iter()
            .map(|(name, param, _)| (name.to_string(), param.clone()))
            .collect(),
        wrapped: through == Through::Open,
        named_self: false,
    };
    for (name, _, bounds) in &mut assoc {
        subst.named_self = false;
        for bound in bounds.iter_mut() {
            subst.visit_type_param_bound_mut(bound);
        }
        // `type Steps: Iterator<Item = Self>`: for `Open<T>`, `Self` is not `T`.
        if subst.named_self && through == Through::Open {
            refuse(
                name.to_token_stream(),
                format!("cannot bound associated type `{name}` by `Self`, which for `Open<T>` is not `T`"),
            );
        }
    }
    // The impl's own type parameters: the implementor, the associated types' parameters and
    // the trait's.
    let params: Vec<String> = std::iter::once(target.to_string())
        .chain(assoc.iter().map(|(_, param, _)| param.to_string()))
        .chain(item.generics.type_params().map(|p| p.ident.to_string()))
        .collect();
    let known = |name: &str| params.iter().any(|p| p == name);
    let mut bounds = Vec::new();
    let mut items = Vec::new();
    let mut decided = Decided::default();
    let mut sized = false;
    for member in &protocol.members {
        if !member.cfgs.is_empty() {
            refuse(
                member.ident.to_token_stream(),
                format!(
                    "cannot require `{}`, which is under `#[cfg]`: a blanket impl's bounds \
                     cannot be conditional; declare it in a protocol of its own",
                    member.signature()
                ),
            );
            continue;
        }
        match (&member.kind, &member.decl) {
            (MemberKind::Type, Decl::Type(_)) => {
                let generic = item.items.iter().any(|i| {
                    matches!(i, syn::TraitItem::Type(t) if t.ident == member.ident && !t.generics.params.is_empty())
                });
                if generic {
                    refuse(
                        member.ident.to_token_stream(),
                        format!("cannot require `{}`: no published member can decide a generic associated type", member.signature()),
                    );
                    continue;
                }
                let param = &assoc
                    .iter()
                    .find(|(n, _, _)| *n == member.ident)
                    .map(|(_, p, _)| p.clone());
                let name = &member.ident;
                items.push(quote!(type #name = #param;));
            }
            (MemberKind::Const, Decl::Const(ty)) => {
                let mut ty = ty.clone();
                subst.named_self = false;
                subst.visit_type_mut(&mut ty);
                if subst.named_self {
                    refuse(
                        member.ident.to_token_stream(),
                        format!(
                            "cannot require `{}`: a const's type cannot name `Self`",
                            member.signature()
                        ),
                    );
                    continue;
                }
                decided.visit_type(&ty, &assoc);
                let key = cap::key(crate::model::capability::key(
                    &syn::ext::IdentExt::unraw(&member.ident).to_string(),
                ));
                let path = caps.path("Const");
                bounds.push(quote!(#path<#key, Ty = #ty>));
                let name = &member.ident;
                items.push(quote!(const #name: #ty = <#implementor as #path<#key>>::VALUE;));
            }
            (_, Decl::Fn(sig)) => {
                let name = member.field.as_ref().map_or_else(
                    || syn::ext::IdentExt::unraw(&sig.ident).to_string(),
                    |f| syn::ext::IdentExt::unraw(&f.name).to_string(),
                );
                let mut shape = match shape(sig, &name) {
                    Ok(shape) => shape,
                    Err(reason) => {
                        refuse(
                            member.ident.to_token_stream(),
                            format!("cannot require `{}`: {reason}", member.signature()),
                        );
                        continue;
                    }
                };
                subst.named_self = false;
                for ty in &mut shape.args {
                    subst.visit_type_mut(ty);
                }
                let named_in_args = subst.named_self;
                subst.named_self = false;
                let returns_self = matches!(&sig.output, ReturnType::Type(_, ty) if is_self(ty));
                subst.visit_type_mut(&mut shape.out);
                subst.visit_type_mut(&mut shape.written_out);
                if through == Through::Open
                    && (named_in_args || (subst.named_self && !returns_self))
                {
                    refuse(
                        member.ident.to_token_stream(),
                        format!(
                            "`{}` names `Self`, which for `Open<T>` is not `T`",
                            member.signature()
                        ),
                    );
                    continue;
                }
                // A return type named through `Returns` decides nothing: a parameter inside a
                // projection is not constrained by it.
                if crate::model::capability::is_plain(&shape.out, &known) {
                    decided.visit_type(&shape.out, &assoc);
                }
                // The bound names the implementor as a value (`Out = T`), or the body moves it:
                // even under `where Self: Sized`, an impl's bounds cannot be conditional.
                if shape.kind == Kind::Val || named_in_args || subst.named_self {
                    sized = true;
                }
                let span = member.ident.span();
                let delegation = call::prepare(sig, span);
                let receiver = delegation
                    .receiver
                    .map(|token| match (through, shape.kind) {
                        (Through::Itself, _) => quote!(#token),
                        (Through::Open, Kind::Mut) => quote!(&mut #token.0),
                        (Through::Open, Kind::Val) => quote!(#token.0),
                        (Through::Open, _) => quote!(&#token.0),
                    });
                let call = cap::call(
                    shape.kind,
                    shape.key,
                    &quote!(#implementor),
                    receiver.as_ref(),
                    &delegation.args,
                    caps,
                );
                // `-> Self` through `Open<T>`: the published `T` comes back wrapped.
                let wrap = (returns_self && through == Through::Open).then(|| quote!(#krate::Open));
                let access = member.field.as_ref().map(|f| f.access);
                let Some((bound, body)) = requirement(&shape, access, &call, wrap, caps, &known)
                else {
                    continue;
                };
                bounds.push(bound);
                // No `#[inline]`: the impl is generic, so its methods are instantiated, and
                // inlined, where they are used.
                let sig = &delegation.sig;
                let allow = sig
                    .generics
                    .lifetimes()
                    .next()
                    .map(|_| quote!(#[allow(clippy::needless_lifetimes, clippy::elidable_lifetime_names)]));
                items.push(quote!(#allow #sig { #body }));
            }
            _ => {}
        }
    }
    for (name, param, _) in &assoc {
        if !decided.0.contains(param) {
            refuse(
                name.to_token_stream(),
                format!(
                    "cannot decide associated type `{name}`: it appears in no member's return \
                     type, and only a published member's return type can decide it"
                ),
            );
        }
    }
    if obstacles.is_empty() {
        Ok(Plan {
            bounds,
            items,
            assoc,
            sized,
        })
    } else {
        Err(obstacles)
    }
}

/// The bound a function member puts on the publishing type, and the body that calls it:
/// `call` as it is, wrapped (`Open(…)`), or, for a `#[field]` member, through the view that
/// lets a published field or method serve it (`Reads`, `ReadsMut`, `Yields`).
fn requirement(
    shape: &crate::model::capability::Shape,
    access: Option<Access>,
    call: &TokenStream,
    wrap: Option<TokenStream>,
    caps: &cap::Caps,
    known: &dyn Fn(&str) -> bool,
) -> Option<(TokenStream, TokenStream)> {
    let s = self_lifetime();
    Some(match access {
        Some(access @ (Access::Ref | Access::Mut)) => {
            let viewed = peel(&shape.out)?;
            let (view, read) = if access == Access::Ref {
                ("Reads", quote!(read))
            } else {
                ("ReadsMut", quote!(read_mut))
            };
            let reads = caps.path(view);
            (
                cap::bound_with(shape, caps, &quote!(Out: #reads<#s, #viewed>)),
                quote!(#reads::#read(#call)),
            )
        }
        Some(Access::Clone) => {
            let out = &shape.out;
            let yields = caps.path("Yields");
            (
                cap::bound_with(shape, caps, &quote!(Out: #yields<#out>)),
                quote!(#yields::yields(#call)),
            )
        }
        Some(Access::Set) | None => {
            let body = wrap.map_or_else(|| call.clone(), |wrap| quote!(#wrap(#call)));
            (cap::bound(shape, caps, known), body)
        }
    })
}

/// `&'s U` → `U` (a `#[field]` member's view), `&'s mut U` → `U`.
fn peel(ty: &Type) -> Option<&Type> {
    match ty {
        Type::Reference(r) => Some(&r.elem),
        _ => None,
    }
}

fn is_self(ty: &Type) -> bool {
    matches!(ty, Type::Path(p) if p.qself.is_none() && p.path.is_ident("Self"))
}

/// The associated-type parameters that a return type or const type names: those are
/// decided by the published member (the impl's parameters must be).
#[derive(Default)]
struct Decided(Vec<syn::Ident>);

impl Decided {
    fn visit_type(
        &mut self,
        ty: &Type,
        assoc: &[(syn::Ident, syn::Ident, Vec<syn::TypeParamBound>)],
    ) {
        let used = generics::UsedIdents::of(ty.to_token_stream());
        for (_, param, _) in assoc {
            if used.contains(&param.to_string()) && !self.0.contains(param) {
                self.0.push(param.clone());
            }
        }
    }
}

/// `Self` → the implementor (`T`), `Self::Item` and `<Self as P>::Item` → the impl's
/// parameter for `Item`.
struct SelfSubst {
    implementor: Type,
    assoc: Vec<(String, syn::Ident)>,
    /// Through `Open<T>`, a bare `Self` is `Open<T>`, not `T`: noted, for the caller to refuse.
    wrapped: bool,
    named_self: bool,
}

impl VisitMut for SelfSubst {
    fn visit_type_mut(&mut self, ty: &mut Type) {
        if let Some(Placeholder::Assoc(name)) = placeholder(ty) {
            if let Some((_, param)) = self.assoc.iter().find(|(n, _)| *n == name) {
                *ty = Type::Path(syn::TypePath {
                    attrs: Vec::new(),
                    qself: None,
                    path: param.clone().into(),
                });
                return;
            }
        }
        if is_self(ty) {
            self.named_self = true;
            *ty = self.implementor.clone();
            return;
        }
        visit_mut::visit_type_mut(self, ty);
    }

    fn visit_path_mut(&mut self, path: &mut syn::Path) {
        // `Self::Other` (a supertrait's associated type): through the implementor.
        if path.segments.len() > 1
            && path.segments[0].ident == "Self"
            && path.leading_colon.is_none()
        {
            self.named_self |= self.wrapped;
            let implementor = &self.implementor;
            let rest: Vec<_> = path.segments.iter().skip(1).cloned().collect();
            *path = syn::parse_quote!(#implementor);
            path.segments.extend(rest);
        }
        visit_mut::visit_path_mut(self, path);
    }
}
