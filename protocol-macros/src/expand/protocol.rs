//! `#[protocol]`: the trait unchanged, its diagnostic attribute and its signature carrier.

use crate::errors::Errors;
use crate::expand::{
    callback, carrier, defaults, forward, intersection, on_unimplemented, open, runtime,
};
use crate::parse;
use proc_macro2::TokenStream;
use quote::quote;
use syn::ItemTrait;

/// Expands `#[protocol(args)] input`. `salt` tells apart identical traits declared in one crate.
pub(crate) fn expand(args: TokenStream, input: TokenStream, salt: &str) -> TokenStream {
    let mut errors = Errors::new();
    let options = parse::args::protocol_options(args, &mut errors);
    let item =
        match crate::errors::parse_user(<ItemTrait as syn::parse::Parse>::parse, input.clone()) {
            Ok(item) => item,
            Err(error) => {
                not_a_trait(&input, error, &mut errors);
                let mut output = input;
                output.extend(errors.into_tokens());
                return output;
            }
        };
    let protocol = parse::protocol::protocol(&item, &mut errors);
    let used = crate::expand::generics::UsedIdents::of(input.clone());
    // `#[field]` is this crate's marker, read above; rustc must not see it. Adaptable
    // defaults move to hidden methods. A trait with neither goes out as it came in: printing
    // it again from the syntax tree was a good part of the attribute's run time.
    let mut emitted = item.clone();
    let mut rewritten = false;
    for trait_item in &mut emitted.items {
        let attrs = match trait_item {
            syn::TraitItem::Fn(f) => &mut f.attrs,
            syn::TraitItem::Const(c) => &mut c.attrs,
            syn::TraitItem::Type(t) => &mut t.attrs,
            _ => continue,
        };
        let before = attrs.len();
        attrs.retain(|a| {
            !parse::protocol::is_field_attr(a) && !parse::protocol::is_keep_default_attr(a)
        });
        rewritten |= attrs.len() != before;
    }
    rewritten |= defaults::split(&mut emitted.items);
    let emitted = if rewritten {
        quote::ToTokens::into_token_stream(emitted)
    } else {
        input
    };

    // A protocol that cannot be `runtime_checkable` says so once; its carrier does not claim
    // it, so conformances do not fail again on the missing `RuntimeCheckable` impl.
    let runtime = options
        .runtime_checkable
        .as_ref()
        .map_or_else(TokenStream::new, |option| {
            let krate = crate::expand::krate(options.krate.as_ref());
            runtime::checkable(&item, &protocol, option, &krate, &mut errors)
        });
    let blanket = intersection::blanket(&item);
    let open = open_impls(&item, &protocol, &options, &used, &mut errors);
    let is_open = options.open.is_some()
        && options.callback.is_none()
        && options.forward.is_none()
        && options.runtime_checkable.is_none()
        && (!item.items.is_empty() || item.supertraits.is_empty());
    let carrier = carrier::carrier(
        &item,
        &protocol,
        !runtime.is_empty(),
        is_open,
        options.no_implicit_prelude,
        salt,
    );
    let fix = match (&options.open, open.is_empty()) {
        (Some(_), _) => on_unimplemented::Fix::Publish(options.open_dyn),
        (None, false) => on_unimplemented::Fix::ConformsOrOpen,
        (None, true) => on_unimplemented::Fix::Conforms,
    };
    let diagnostic = if options.no_implicit_prelude {
        TokenStream::new()
    } else {
        on_unimplemented::attribute(&protocol, &item.attrs, &item.supertraits, fix)
    };
    let forwarding = match &options.callback {
        _ if options.open.is_some() => TokenStream::new(),
        Some(option) => {
            let forward = options
                .forward
                .as_ref()
                .and_then(|kinds| kinds.first().map(|(_, t)| t));
            callback::blanket(&item, &protocol, option, forward, &mut errors)
        }
        None => forward::impls(&item, &protocol, &options, &used, &mut errors),
    };
    let stubs = stub_defaults(&item);
    let aliases = crate::expand::signature_aliases::definitions(
        &protocol,
        &item.vis,
        &crate::expand::krate(options.krate.as_ref()),
    );
    let errors = errors.into_tokens();
    quote! {
        #diagnostic
        #emitted
        #stubs
        #aliases
        #carrier
        #blanket
        #forwarding
        #open
        #runtime
        #errors
    }
}

/// A warning at each default body that is one call of `todo!`, `unimplemented!`, `panic!`
/// or `unreachable!`: how Python's `...` placeholders get translated, and a member every
/// conforming type must write, which a default hides.
fn stub_defaults(item: &ItemTrait) -> TokenStream {
    let mut out = TokenStream::new();
    for trait_item in &item.items {
        let syn::TraitItem::Fn(f) = trait_item else {
            continue;
        };
        let Some(body) = &f.default else { continue };
        let mac = match body.stmts.as_slice() {
            [syn::Stmt::Macro(m)] => &m.mac,
            [syn::Stmt::Expr(syn::Expr::Macro(m), _)] => &m.mac,
            _ => continue,
        };
        let Some(which) = mac.path.segments.last().map(|s| s.ident.to_string()) else {
            continue;
        };
        if !matches!(
            which.as_str(),
            "todo" | "unimplemented" | "panic" | "unreachable"
        ) {
            continue;
        }
        let name = &f.sig.ident;
        let message = format!(
            "the default body of `{name}` in protocol `{}` only panics (`{which}!`): a type that \
             does not write `{name}` would conform and panic when it is called; leave out the \
             body to make `{name}` a required member",
            item.ident
        );
        let cfgs = crate::parse::protocol::cfg_attrs(&f.attrs);
        let span = mac
            .path
            .segments
            .last()
            .map_or(name.span(), |s| s.ident.span());
        let warning = crate::errors::warning(span, "panicking_default", &message);
        out.extend(quote!(#(#cfgs)* #warning));
    }
    out
}

/// `impl P for Open<T>`, or with `open` the blanket impl over every type that publishes P's
/// members; for a callback protocol and an intersection, nothing (their blanket impls already
/// cover every type they can).
fn open_impls(
    item: &ItemTrait,
    protocol: &crate::model::Protocol,
    options: &parse::args::ProtocolOptions,
    used: &crate::expand::generics::UsedIdents,
    errors: &mut Errors,
) -> TokenStream {
    let krate = crate::expand::krate(options.krate.as_ref());
    let intersection = item.items.is_empty() && !item.supertraits.is_empty();
    let Some(token) = &options.open else {
        return if options.callback.is_some() || intersection {
            TokenStream::new()
        } else {
            open::open_impl(item, protocol, &krate, !options.no_implicit_prelude, used)
        };
    };
    let ident = &item.ident;
    let mut refused = false;
    if options.callback.is_some() {
        errors.spanned(
            token,
            format_args!("`open` and `callback` exclude each other: a callback protocol `{ident}` is already implemented for every closure with its signature"),
        );
        refused = true;
    }
    if intersection {
        errors.spanned(
            token,
            format_args!("protocol `{ident}` is an intersection: it is implemented for every type that implements its supertraits, so `open` adds nothing; declare its supertraits `open`"),
        );
        refused = true;
    }
    if options.runtime_checkable.is_some() {
        errors.spanned(
            token,
            format_args!("`open` and `runtime_checkable` exclude each other: types conform to open protocol `{ident}` with no conformance line, so none would be registered and `protocol::cast::<dyn {ident}>` would answer `None` for them"),
        );
        refused = true;
    }
    if let Some(forward) = &options.forward {
        let at = forward
            .first()
            .map_or_else(|| token.clone(), |(_, t)| t.clone());
        errors.spanned(
            at,
            format_args!("`open` and `forward(...)` exclude each other: pointers conform to open protocol `{ident}` through the members they publish (`&T`, `&mut T`, `Box<T>`, `Rc<T>` and `Arc<T>` publish what `T` does)"),
        );
        refused = true;
    }
    if refused {
        return TokenStream::new();
    }
    match open::blanket(
        item,
        protocol,
        &krate,
        !options.no_implicit_prelude,
        options.open_dyn,
        used,
    ) {
        Ok(tokens) => tokens,
        Err(obstacles) => {
            for obstacle in obstacles {
                errors.spanned(
                    obstacle.at,
                    format_args!("open protocol `{ident}` {}", obstacle.reason),
                );
            }
            TokenStream::new()
        }
    }
}

/// The input is not a trait: say so at its first token, or report syn's error inside a trait.
fn not_a_trait(input: &TokenStream, error: syn::Error, errors: &mut Errors) {
    match crate::errors::parse_user(<syn::Item as syn::parse::Parse>::parse, input.clone()) {
        Ok(syn::Item::Trait(_)) | Err(_) => errors.push(error),
        Ok(item) => errors.spanned(
            item_head(&item),
            "#[protocol] goes on a trait definition: `#[protocol] pub trait EatsBread { fn eat_bread(&self) -> String; }`",
        ),
    }
}

/// The item's head without attributes or body (`pub struct Duck`), so the error underlines
/// the declaration rather than the whole item.
pub(crate) fn item_head(item: &impl quote::ToTokens) -> TokenStream {
    use proc_macro2::{Delimiter, TokenTree};
    let mut tokens = item.to_token_stream().into_iter().peekable();
    let mut head = Vec::new();
    while let Some(token) = tokens.next() {
        match &token {
            TokenTree::Punct(p) if p.as_char() == '#' && head.is_empty() => {
                tokens.next(); // the attribute's `[...]`
            }
            TokenTree::Group(g) if matches!(g.delimiter(), Delimiter::Brace) => break,
            TokenTree::Punct(p) if p.as_char() == ';' => break,
            _ => head.push(token),
        }
    }
    head.into_iter().collect()
}
