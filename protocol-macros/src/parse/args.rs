//! The arguments of `#[protocol(...)]` and `#[conforms(...)]`.

use crate::errors::Errors;
use crate::model::Pointer;
use proc_macro2::TokenStream;
use syn::parse::ParseStream;
use syn::punctuated::Punctuated;
use syn::{Meta, Path, Token};

const PROTOCOL_OPTIONS: &str = "#[protocol] accepts `forward(&, &mut, Box, Rc, Arc)`, \
     `callback`, `runtime_checkable`, `open`, `open(dyn)`, `no_implicit_prelude` and `crate = path`";

/// Options of `#[protocol(...)]`.
#[derive(Default)]
pub(crate) struct ProtocolOptions {
    /// `forward(...)` as written, each pointer kind with its tokens (for errors); `None` when
    /// the option is absent (every kind that can be written is then generated).
    pub(crate) forward: Option<Vec<(Pointer, TokenStream)>>,
    /// `callback`, with its token (for errors): every closure with the one required
    /// method's signature conforms.
    pub(crate) callback: Option<TokenStream>,
    /// `crate = path`: where the `protocol` crate is, for `Box`, `Rc` and `Arc`.
    pub(crate) krate: Option<Path>,
    /// The trait is declared inside a `#[no_implicit_prelude]` module, where rustc cannot
    /// resolve tool attributes such as `#[diagnostic::on_unimplemented]`: leave it out.
    pub(crate) no_implicit_prelude: bool,
    /// `runtime_checkable`, with its token (for errors): `dyn P` can be cast to from
    /// `dyn Any`, and conformances register themselves.
    pub(crate) runtime_checkable: Option<TokenStream>,
    /// `open`, with its token (for errors): every type that publishes the members conforms.
    pub(crate) open: Option<TokenStream>,
    /// `open(dyn)`: `dyn P` publishes P's members too (`Box<dyn P>` conforms, and `dyn P3`
    /// conforms to open protocols with a subset of its members).
    pub(crate) open_dyn: bool,
}

/// Parses `#[protocol(...)]`; every unknown or malformed option is pushed to `errors`.
///
/// `crate = path` names the `protocol` crate for what `#[protocol]` generates that names it:
/// the `RuntimeCheckable` impl of `runtime_checkable`.
pub(crate) fn protocol_options(args: TokenStream, errors: &mut Errors) -> ProtocolOptions {
    let mut options = ProtocolOptions::default();
    let parser = Punctuated::<Meta, Token![,]>::parse_terminated;
    let Some(metas) = errors.ok(crate::errors::parse_user(parser, args)) else {
        return options;
    };
    for meta in metas {
        let path = meta.path();
        let name = quote::ToTokens::to_token_stream(path)
            .to_string()
            .replace(' ', "");
        match (name.as_str(), &meta) {
            ("crate", Meta::NameValue(value)) => match &value.value {
                syn::Expr::Path(path) if path.qself.is_none() && is_macro_path(&path.path) => {
                    options.krate = Some(path.path.clone());
                }
                other => errors.spanned(other, "expected a path: `crate = my::reexport`"),
            },
            ("forward", Meta::List(list)) => {
                options.forward =
                    errors.ok(crate::errors::parse_user(pointers, list.tokens.clone()));
            }
            ("no_implicit_prelude", Meta::Path(_)) => options.no_implicit_prelude = true,
            ("callback", Meta::Path(path)) => {
                options.callback = Some(quote::ToTokens::to_token_stream(path));
            }
            ("runtime_checkable", Meta::Path(path)) => {
                options.runtime_checkable = Some(quote::ToTokens::to_token_stream(path));
            }
            ("open", Meta::Path(path)) => {
                options.open = Some(quote::ToTokens::to_token_stream(path));
            }
            ("open", Meta::List(list)) if list.tokens.to_string() == "dyn" => {
                options.open = Some(quote::ToTokens::to_token_stream(&list.path));
                options.open_dyn = true;
            }
            (
                "crate"
                | "no_implicit_prelude"
                | "forward"
                | "callback"
                | "runtime_checkable"
                | "open",
                _,
            ) => {
                errors.spanned(
                    &meta,
                    format_args!("malformed option `{name}`: {PROTOCOL_OPTIONS}"),
                );
            }
            _ => errors.spanned(
                path,
                format_args!("unknown option `{name}`: {PROTOCOL_OPTIONS}"),
            ),
        }
    }
    options
}

/// The path after `crate =`: where the `protocol` crate is reachable.
pub(crate) fn crate_path(input: ParseStream) -> syn::Result<Path> {
    let path: Path = input.parse()?;
    if is_macro_path(&path) {
        Ok(path)
    } else {
        Err(syn::Error::new_spanned(
            path,
            "expected the path of the `protocol` crate: `crate = my::reexport`",
        ))
    }
}

/// Whether `path` can name a macro (the protocol's carrier): `crate::`, `self::` or a run of
/// `super::` may lead, `Self` may not appear, and it ends in an ordinary name.
pub(crate) fn is_macro_path(path: &Path) -> bool {
    let mut leading = true;
    let count = path.segments.len();
    path.segments.iter().enumerate().all(|(index, segment)| {
        let ident = segment.ident.to_string();
        let keyword_ok = match ident.as_str() {
            "Self" => false,
            "crate" | "self" => index == 0 && count > 1,
            "super" => leading && index + 1 < count,
            _ => {
                leading = false;
                true
            }
        };
        keyword_ok && (index == 0 || !matches!(ident.as_str(), "crate" | "self"))
    })
}

/// The inside of `forward(&, &mut, Box, Rc, Arc)`: any of them, in any order, once each.
fn pointers(input: ParseStream) -> syn::Result<Vec<(Pointer, TokenStream)>> {
    let mut out: Vec<(Pointer, TokenStream)> = Vec::new();
    while !input.is_empty() {
        let (pointer, tokens) = if input.peek(Token![&]) {
            let and: Token![&] = input.parse()?;
            match input.parse::<Option<Token![mut]>>()? {
                Some(mutability) => (Pointer::RefMut, quote::quote!(#and #mutability)),
                None => (Pointer::Ref, quote::quote!(#and)),
            }
        } else {
            let ident: syn::Ident = input
                .parse()
                .map_err(|e| crate::errors::reword(&e, FORWARD_FORM))?;
            let pointer = Pointer::ALL
                .into_iter()
                .find(|p| ident == p.option_name())
                .ok_or_else(|| syn::Error::new(ident.span(), FORWARD_FORM))?;
            (pointer, quote::quote!(#ident))
        };
        if out.iter().any(|(p, _)| *p == pointer) {
            return Err(syn::Error::new_spanned(
                tokens,
                format_args!("`{}` is listed twice", pointer.option_name()),
            ));
        }
        out.push((pointer, tokens));
        if !input.is_empty() {
            input
                .parse::<Token![,]>()
                .map_err(|e| crate::errors::reword(&e, FORWARD_FORM))?;
        }
    }
    Ok(out)
}

const FORWARD_FORM: &str =
    "`forward(...)` lists pointer kinds among `&`, `&mut`, `Box`, `Rc` and `Arc`; `forward()` turns forwarding off";

/// Options of `#[methods(...)]`.
#[derive(Default)]
pub(crate) struct MethodsOptions {
    /// `crate = path`: where the `protocol` crate is.
    pub(crate) krate: Option<Path>,
}

const METHODS_OPTIONS: &str =
    "#[protocol::methods] accepts `crate = path` and `no_implicit_prelude`";

/// Parses `#[methods(...)]`; every unknown or malformed option is pushed to `errors`.
pub(crate) fn methods_options(args: TokenStream, errors: &mut Errors) -> MethodsOptions {
    let mut options = MethodsOptions::default();
    let parser = Punctuated::<Meta, Token![,]>::parse_terminated;
    let Some(metas) = errors.ok(crate::errors::parse_user(parser, args)) else {
        return options;
    };
    for meta in metas {
        match &meta {
            Meta::NameValue(value) if value.path.is_ident("crate") => match &value.value {
                syn::Expr::Path(path) if path.qself.is_none() && is_macro_path(&path.path) => {
                    options.krate = Some(path.path.clone());
                }
                other => errors.spanned(other, "expected a path: `crate = my::reexport`"),
            },
            // Nothing `#[methods]` generates names a tool attribute: accepted for symmetry.
            Meta::Path(path) if path.is_ident("no_implicit_prelude") => {}
            _ => errors.spanned(
                meta.path(),
                format_args!("unknown option: {METHODS_OPTIONS}"),
            ),
        }
    }
    options
}

/// `#[conforms(P, Q<u32>, R<Item = X>, crate = path)]`.
pub(crate) struct ConformsArgs {
    pub(crate) protocols: Vec<Path>,
    /// `P via duck`, `P via 0`, `P via variants`: each protocol's delegate, if any, after
    /// the `via` keyword (for spans).
    pub(crate) vias: Vec<Option<(syn::Ident, syn::Member)>>,
    pub(crate) krate: Option<Path>,
    /// `no_implicit_prelude`: the conformance is written in such a module, where no tool
    /// attribute (`#[diagnostic::…]`) resolves.
    pub(crate) no_implicit_prelude: bool,
}

/// `via duck`, `via 0`, `via variants` after a protocol, if there.
fn via(input: ParseStream) -> syn::Result<Option<(syn::Ident, syn::Member)>> {
    let is_via =
        input.peek(syn::Ident) && input.fork().parse::<syn::Ident>().is_ok_and(|i| i == "via");
    if !is_via {
        return Ok(None);
    }
    let keyword: syn::Ident = input.parse()?;
    let member = input.parse::<syn::Member>().map_err(|e| {
        crate::errors::reword(
            &e,
            "expected what the members go to: a field (`via duck`, `via 0`) or `via variants`",
        )
    })?;
    Ok(Some((keyword, member)))
}

const CONFORMS_FORM: &str =
    "expected the protocols this type conforms to, as paths: `#[conforms(EatsBread, io::Named)]`";

/// Parses the arguments; on error, keeps what parsed before the mistake.
pub(crate) fn conforms_args(args: TokenStream, errors: &mut Errors) -> ConformsArgs {
    let mut out = ConformsArgs {
        protocols: Vec::new(),
        vias: Vec::new(),
        krate: None,
        no_implicit_prelude: false,
    };
    if args.is_empty() {
        errors.at(
            proc_macro2::Span::call_site(),
            format_args!("#[conforms] needs at least one protocol: {CONFORMS_FORM}"),
        );
        return out;
    }
    let parser = |input: ParseStream| -> syn::Result<()> {
        while !input.is_empty() {
            if input.peek(Token![crate]) && input.peek2(Token![=]) {
                input.parse::<Token![crate]>()?;
                input.parse::<Token![=]>()?;
                out.krate = Some(crate_path(input)?);
            } else if input.peek(syn::Ident)
                && input
                    .fork()
                    .parse::<syn::Ident>()
                    .is_ok_and(|i| i == "no_implicit_prelude")
                && (input.peek2(Token![,]) || {
                    let ahead = input.fork();
                    let _ = ahead.parse::<syn::Ident>();
                    ahead.is_empty()
                })
            {
                input.parse::<syn::Ident>()?;
                out.no_implicit_prelude = true;
            } else {
                let path = input
                    .parse::<Path>()
                    .map_err(|e| crate::errors::reword(&e, CONFORMS_FORM))?;
                if is_macro_path(&path) {
                    out.protocols.push(path);
                } else {
                    return Err(syn::Error::new_spanned(&path, CONFORMS_FORM));
                }
                out.vias.push(via(input)?);
            }
            if !input.is_empty() {
                input.parse::<Token![,]>().map_err(|e| {
                    crate::errors::reword(&e, "expected `,` between the protocols of #[conforms]")
                })?;
            }
        }
        Ok(())
    };
    errors.ok(crate::errors::parse_user(parser, args));
    out
}
