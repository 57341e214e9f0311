//! What the adapter writes: the member's function in the hidden module, the trait impl's
//! method calling it, and, at the end, the module and the `const _` block.

use super::bounds::{bound_bundles, protocol_module};
use super::spelling::{camel, fn_parts};
use super::{Adapter, Names, Pieces, Shape};
use crate::expand::call;
use crate::expand::on_unimplemented::escape;
use crate::model::render::render;
use crate::model::signature::names_self_outside_receiver;
use crate::model::Member;
use proc_macro2::TokenStream;
use quote::{format_ident, quote, quote_spanned};
use syn::ext::IdentExt;
use syn::visit_mut::VisitMut;
use syn::{GenericParam, Generics};

impl Pieces {
    /// The member's entry in `Types`, its function in the module, and the trait impl's
    /// method calling it. The function returns `<Target>::m` as a function pointer of the
    /// member's signature: the inherent method, or the decoy. For a newtype, a closure calls
    /// the field's method; `body` overrides it.
    pub(super) fn resolve(
        &mut self,
        member: &Member,
        shape: &Shape,
        adapter: &Adapter,
        names: &Names,
        body: Option<TokenStream>,
    ) {
        let span = names.span;
        let cfgs = &member.cfgs;
        let mut ident = shape.sig.ident.clone();
        ident.set_span(span);
        let fn_ptr = &shape.fn_ptr;
        self.types_decl
            .push(quote_spanned! {span=> #(#cfgs)* type #ident; });
        self.types_def
            .push(quote_spanned! {span=> #(#cfgs)* type #ident = #fn_ptr; });
        let target = &names.target;
        let check_generics = &names.check_generics;
        let types_args = &names.types_args;
        let compared = body
            .is_none()
            .then(|| self.signature_check(member, shape, adapter, names))
            .flatten();
        let body = body.unwrap_or_else(|| match (compared, adapter.field_index.is_some()) {
            (Some(passed), false) => passed,
            // A newtype: the field's method, called from a closure that captures nothing (so
            // that it is a function pointer).
            (Some(passed), true) => {
                let (params, args) = (&shape.params, &shape.field_args);
                quote_spanned!(span=> |#(#params),*| ({ #passed })(#(#args),*))
            }
            (None, false) => quote_spanned!(span=> <#target>::#ident),
            (None, true) => {
                let (params, args) = (&shape.params, &shape.field_args);
                quote_spanned!(span=> |#(#params),*| <#target>::#ident(#(#args),*))
            }
        });
        let via_where = &names.via_where;
        self.checks.push(quote_spanned! {span=>
            #(#cfgs)*
            #[inline]
            pub(in super::super) fn #ident #check_generics () -> <#target as Types #types_args>::#ident #via_where {
                #body
            }
        });
        // The trait impl's method: the protocol's signature, calling what the module resolved.
        let delegation = call::prepare(&shape.sig, span);
        let receiver = delegation.receiver.map(|token| quote!(#token));
        let call_args = receiver.iter().chain(delegation.args.iter());
        let (module, turbofish) = (&names.module, &names.turbofish);
        let body = quote_spanned!(span=> (#module::check::#ident #turbofish ())(#(#call_args),*));
        let attrs = crate::expand::signature_aliases::method_attrs(cfgs, &shape.sig, &shape.shown);
        self.items.push(delegation.method(body, &attrs, span));
    }

    /// For a member whose inherent method is passed on as a function pointer: the module's
    /// marker trait that compares the method's signature with the protocol's, the protocol's
    /// signature as `Parts<'k>` spells it for the comparison (`m_parts`, every lifetime
    /// `'k`), and the expression that passes the method on through the marker. `None` where
    /// no comparison is made (an `unsafe` or `extern` member, more than twelve arguments, a
    /// `Types` with parameters, a newtype's member naming `Self` beyond its receiver): there
    /// a wrong signature is rustc's mismatch of function pointers.
    ///
    /// The method is seen with its lifetimes free, the protocol's signature with its
    /// lifetimes one: a different receiver, argument or result is one error, the marker's;
    /// the value passes through only when they agree. Every token is at the user's, so that a
    /// missing method's error, met again by `shape`, is the same diagnostic and shown once.
    fn signature_check(
        &mut self,
        member: &Member,
        shape: &Shape,
        adapter: &Adapter,
        names: &Names,
    ) -> Option<TokenStream> {
        let sig = &shape.sig;
        if crate::model::receiver::is_unsafe(sig)
            || sig.abi.is_some()
            || shape.inputs.len() > 12
            || !names.types_args.is_empty()
            || adapter.field_index.is_some() && names_self_outside_receiver(sig)
        {
            return None;
        }
        let span = names.span;
        let cfgs = &member.cfgs;
        let mut ident = sig.ident.clone();
        ident.set_span(span);
        let krate = crate::expand::respan(adapter.krate.clone(), span);
        let parts = format_ident!("{}_parts", ident.unraw(), span = span);
        let marker = format_ident!(
            "{}{}Signature",
            names.type_name,
            camel(&ident.unraw().to_string()),
            span = span
        );
        // A newtype's field's method is compared: the signature with the field's type for
        // `Self`.
        let (inputs, output, lifetimes) = if adapter.field_index.is_some() {
            fn_parts(sig, &adapter.target, &names.module, &names.trait_path)
        } else {
            (
                shape.inputs.clone(),
                shape.output.clone(),
                shape.lifetimes.clone(),
            )
        };
        let mut fixed = OneLifetime(&lifetimes);
        let mut inputs = inputs;
        for ty in &mut inputs {
            fixed.visit_type_mut(ty);
        }
        let output = match output {
            syn::ReturnType::Default => quote!(()),
            syn::ReturnType::Type(_, mut ty) => {
                fixed.visit_type_mut(&mut ty);
                quote!(#ty)
            }
        };
        self.parts_decl
            .push(quote_spanned! {span=> #(#cfgs)* type #parts; });
        self.parts_def.push(quote_spanned! {span=>
            #(#cfgs)*
            type #parts = <fn(&'__protocol_k ()) -> ((#(#inputs,)*), #output) as #krate::__private::Assemble>::Ptr;
        });
        let (self_name, shown) = (escape(&names.target_name), escape(&render(&shape.shown)));
        let (protocol, name) = (&names.protocol_name, ident.unraw());
        let message = format!(
            "`{self_name}`'s inherent method `{name}` does not have the signature protocol `{protocol}` declares: `{shown}`"
        );
        let label = format!("`{self_name}::{name}` should be `{shown}`");
        let (diagnostic, not_recommended) =
            names.diagnostic_attrs(&quote_spanned!(span=> message = #message, label = #label));
        self.markers.push(quote_spanned! {span=>
            #krate::__private::signature_marker! {
                [#(#cfgs)*] [#diagnostic] [#not_recommended] #marker
            }
        });
        let target = &names.target;
        Some(quote_spanned! {span=>
            let (item, found) = #krate::__private::shape(<#target>::#ident);
            <_ as super::#marker<<#target as super::Parts<'_>>::#parts>>::pass(found, item)
        })
    }

    /// The hidden module beside the user's items, and the `const _` block with the impls.
    pub(super) fn finish(
        self,
        adapter: &Adapter,
        names: &Names,
        trait_impl: &TokenStream,
        register: &TokenStream,
    ) -> TokenStream {
        let Pieces {
            checks,
            markers,
            imports,
            types_decl,
            types_def,
            parts_decl,
            parts_def,
            decoys,
            block,
            pick,
            nobody,
            beside,
            types_where,
            ..
        } = self;
        let span = names.span;
        let module = &names.module;
        let fallback = &names.fallback;
        let generics = &adapter.generics;
        let (impl_generics, ty_args, where_clause) = generics.split_for_impl();
        let mut types_generics = generics.clone();
        for predicate in &types_where {
            types_generics
                .make_where_clause()
                .predicates
                .push(syn::parse_quote!(#predicate));
        }
        let types_where = types_generics.split_for_impl().2;
        let here = here_struct(generics);
        let (types_params, types_args) = (&names.types_params, &names.types_args);
        let types_args_outside =
            (!types_args.is_empty()).then(|| quote_spanned!(span=> <#module::Here #ty_args>));
        let (decoys_params, decoys_args, decoys_impl_params) = if types_args.is_empty() {
            (
                TokenStream::new(),
                TokenStream::new(),
                quote!(<__ProtocolX: ?::core::marker::Sized + Types>),
            )
        } else {
            (
                quote!(<__ProtocolP: ?::core::marker::Sized>),
                quote!(<__ProtocolP>),
                quote!(<__ProtocolP: ?::core::marker::Sized, __ProtocolX: ?::core::marker::Sized + Types<__ProtocolP>>),
            )
        };
        let nobody = nobody.then(|| quote_spanned!(span=> pub(super) struct Nobody;));
        let pick = pick.then(|| {
            quote_spanned! {span=>
                pub(super) struct Pick<__ProtocolH: ?::core::marker::Sized, __ProtocolF>(
                    pub(super) ::core::marker::PhantomData<*const __ProtocolH>,
                    pub(super) __ProtocolF,
                );
            }
        });
        let bundles = bound_bundles(generics, module);
        let target = &adapter.target;
        // Paths in the protocol's signatures are written in the protocol's module: its items
        // are glob-imported beside the user's (two globs, so a name both define is an
        // ambiguity error, not silently the protocol's).
        let globs = protocol_module(&adapter.path).map(|module| {
            quote! {
                #[allow(unused_imports)]
                use self::*;
                #[allow(unused_imports)]
                use #module::*;
            }
        });
        let allow_repeated = crate::expand::allow_repeated();
        // `Parts<'k>` holds for every `'k` the impl's parameters outlive: within a `check`
        // function, for the region inferred there.
        let (parts_trait, parts_impl) = if parts_decl.is_empty() {
            (TokenStream::new(), TokenStream::new())
        } else {
            let mut parts_generics = types_generics.clone();
            let outlives: Vec<syn::WherePredicate> = generics
                .params
                .iter()
                .filter_map(|param| match param {
                    GenericParam::Type(t) => {
                        let ident = &t.ident;
                        Some(syn::parse_quote!(#ident: '__protocol_k))
                    }
                    GenericParam::Lifetime(l) => {
                        let lifetime = &l.lifetime;
                        Some(syn::parse_quote!(#lifetime: '__protocol_k))
                    }
                    GenericParam::Const(_) => None,
                })
                .collect();
            parts_generics
                .make_where_clause()
                .predicates
                .extend(outlives);
            parts_generics
                .params
                .insert(0, syn::parse_quote!('__protocol_k));
            let (parts_impl_generics, _, parts_where) = parts_generics.split_for_impl();
            (
                quote_spanned! {span=>
                    pub(super) trait Parts<'__protocol_k> {
                        #(#parts_decl)*
                    }
                },
                quote_spanned! {span=>
                    #[allow(non_camel_case_types)]
                    impl #parts_impl_generics #module::Parts<'__protocol_k> for #target #parts_where {
                        #(#parts_def)*
                    }
                },
            )
        };
        quote_spanned! {span=>
            #[doc(hidden)]
            #[allow(non_camel_case_types, non_snake_case, non_upper_case_globals, dead_code, deprecated, clippy::all, clippy::pedantic)]
            mod #module {
                #here
                pub(super) trait Find {
                    type Target: ?::core::marker::Sized;
                }
                pub(super) trait Types #types_params {
                    #(#types_decl)*
                }
                #parts_trait
                #pick
                #nobody
                #(#markers)*
                // No trait is in scope here but the decoys: not the protocol, nor the
                // prelude's (`ToString::to_string` …).
                #[no_implicit_prelude]
                pub(super) mod check {
                    // Unused when every member is a field (no decoy names them); spanned at
                    // the protocol's path, so rustc would point there.
                    #[allow(unused_imports)]
                    use super::{Find, Here, Types};
                    #(#imports)*
                    pub(in super::super) trait #fallback #decoys_params: Types #decoys_args {
                        #(#decoys)*
                    }
                    impl #decoys_impl_params #fallback #decoys_args for __ProtocolX {}
                    #(#checks)*
                }
            }
            #(#bundles)*
            #(#beside)*
            #allow_repeated
            const _: () = {
                #globs
                impl #impl_generics #module::Find for #module::Here #ty_args #where_clause {
                    type Target = #target;
                }
                #[allow(non_camel_case_types, non_upper_case_globals)]
                impl #impl_generics #module::Types #types_args_outside for #target #types_where {
                    #(#types_def)*
                }
                #parts_impl
                #(#block)*
                #trait_impl
                #register
            };
        }
    }
}

/// `struct Here<'a, T: ?Sized, const N: usize>(PhantomData<(&'a (), *const T)>);`: one
/// type per conformance, generic like its impl, that `Find` maps to the target type.
fn here_struct(generics: &Generics) -> TokenStream {
    if generics.params.is_empty() {
        return quote!(
            pub(super) struct Here;
        );
    }
    let mut params = Vec::new();
    let mut phantom = Vec::new();
    for param in &generics.params {
        match param {
            GenericParam::Lifetime(l) => {
                let lifetime = &l.lifetime;
                params.push(quote!(#lifetime));
                phantom.push(quote!(&#lifetime ()));
            }
            GenericParam::Type(t) => {
                let ident = &t.ident;
                params.push(quote!(#ident: ?::core::marker::Sized));
                phantom.push(quote!(*const #ident));
            }
            GenericParam::Const(c) => {
                let (ident, ty) = (&c.ident, &c.ty);
                params.push(quote!(const #ident: #ty));
            }
        }
    }
    quote!(pub(super) struct Here<#(#params),*>(pub(super) ::core::marker::PhantomData<(#(#phantom,)*)>);)
}

/// The binder's lifetimes (`'self_`, a method's own) as `'__protocol_k`: the protocol's
/// signature with every lifetime one, for the comparison (the elided ones are made
/// `'__protocol_k` by `Assemble`).
struct OneLifetime<'a>(&'a [syn::Lifetime]);

impl VisitMut for OneLifetime<'_> {
    fn visit_lifetime_mut(&mut self, lifetime: &mut syn::Lifetime) {
        if self.0.iter().any(|l| l.ident == lifetime.ident) {
            *lifetime = syn::Lifetime::new("'__protocol_k", lifetime.span());
        }
    }
}
