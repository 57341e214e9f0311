//! `#[protocol::methods]`: publishes a type's `pub` members as capabilities, naming no
//! protocol. On an inherent `impl` block: each `pub` method (receivers `&self`, `&mut self`,
//! `self`, none) and each `pub` associated const. On a struct: each `pub` named field. The
//! item itself is emitted unchanged.

use crate::errors::Errors;
use crate::expand::capability::{self as cap, Target};
use crate::model::capability::{key, shape};
use proc_macro2::TokenStream;
use quote::quote;
use syn::ext::IdentExt;
use syn::{ImplItem, Item, Visibility};

const FORM: &str = "#[protocol::methods] goes on an inherent impl block (`impl Duck { … }`), \
     whose `pub` methods and consts it publishes, or on a struct with named fields, whose `pub` \
     fields it publishes";

pub(crate) fn expand(args: TokenStream, input: TokenStream) -> TokenStream {
    let mut errors = Errors::new();
    let options = crate::parse::args::methods_options(args, &mut errors);
    let caps = cap::Caps::new(crate::expand::krate(options.krate.as_ref()));
    // The block's signatures without its bodies (most of a full parse's time), else the item
    // parsed in full: another item, a trait impl, or a syntax error to report.
    let lazy = crate::parse::lazy_impl::parse(input.clone()).map(Item::Impl);
    let parsed = lazy.map_or_else(
        || crate::errors::parse_user(<Item as syn::parse::Parse>::parse, input.clone()),
        Ok,
    );
    let published = match parsed {
        Ok(Item::Impl(block)) => match &block.trait_ {
            None => impl_block(&block, &caps),
            Some((path, _)) => {
                errors.spanned(
                    path,
                    format_args!(
                        "{FORM}; a trait impl publishes nothing: its methods are the trait's"
                    ),
                );
                TokenStream::new()
            }
        },
        Ok(Item::Struct(item)) => structure(&item, &caps, &mut errors),
        Ok(other) => {
            errors.spanned(crate::expand::protocol::item_head(&other), FORM);
            TokenStream::new()
        }
        Err(error) => {
            errors.push(error);
            TokenStream::new()
        }
    };
    let errors = errors.into_tokens();
    let mut output = input;
    let published = (!published.is_empty()).then(|| {
        let scoped = cap::scope(&caps, &published);
        quote! {
            #[allow(clippy::needless_lifetimes, clippy::elidable_lifetime_names, clippy::extra_unused_lifetimes, clippy::unused_unit)]
            #scoped
        }
    });
    output.extend(quote! {
        #published
        #errors
    });
    output
}

fn is_pub(vis: &Visibility) -> bool {
    matches!(vis, Visibility::Public(_))
}

/// Every `pub` method and const of the block that can be a capability.
fn impl_block(block: &syn::ItemImpl, caps: &cap::Caps) -> TokenStream {
    let self_ty = &block.self_ty;
    let target = Target::new(quote!(#self_ty), &block.generics);
    let mut out = TokenStream::new();
    for item in &block.items {
        match item {
            ImplItem::Fn(f) if is_pub(&f.vis) => {
                let Ok(shape) = shape(&f.sig, &f.sig.ident.unraw().to_string()) else {
                    continue; // generic, async, unsafe …: documented as not published
                };
                let cfgs = crate::parse::protocol::cfg_attrs(&f.attrs);
                let name = &f.sig.ident;
                let imp = cap::publish_fn(
                    &shape,
                    &target,
                    f.sig.generics.where_clause.as_ref(),
                    &quote!(Self::#name),
                    caps,
                );
                out.extend(quote!(#(#cfgs)* #imp));
            }
            ImplItem::Const(c) if is_pub(&c.vis) && c.generics.params.is_empty() => {
                let cfgs = crate::parse::protocol::cfg_attrs(&c.attrs);
                let name = &c.ident;
                let imp = cap::publish_const(
                    key(&name.unraw().to_string()),
                    &c.ty,
                    &target,
                    &quote!(Self::#name),
                    caps,
                );
                out.extend(quote!(#(#cfgs)* #imp));
            }
            _ => {}
        }
    }
    out
}

/// Every `pub` named field of the struct.
fn structure(item: &syn::ItemStruct, caps: &cap::Caps, errors: &mut Errors) -> TokenStream {
    let syn::Fields::Named(fields) = &item.fields else {
        errors.spanned(
            crate::expand::protocol::item_head(item),
            format_args!("{FORM}: `{}` has no named fields", item.ident),
        );
        return TokenStream::new();
    };
    let ident = &item.ident;
    let (_, type_generics, _) = item.generics.split_for_impl();
    let target = Target::new(quote!(#ident #type_generics), &item.generics);
    let mut out = TokenStream::new();
    for field in fields.named.iter().filter(|f| is_pub(&f.vis)) {
        let Some(name) = &field.ident else { continue };
        let cfgs = crate::parse::protocol::cfg_attrs(&field.attrs);
        let imp = cap::publish_field(
            key(&name.unraw().to_string()),
            &quote!(#name),
            &field.ty,
            &target,
            caps,
        );
        out.extend(quote!(#(#cfgs)* #imp));
    }
    out
}
