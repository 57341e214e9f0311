//! The entry points as the properties call them, and readers of what they write.

use super::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Entry {
    Protocol,
    Conforms,
    Callback,
    MembersCallback,
    MembersRequest,
    Assert,
    Conform,
    AdapterCallback,
    Methods,
}

impl Entry {
    pub(crate) const ALL: [Self; 9] = [
        Self::Protocol,
        Self::Conforms,
        Self::Callback,
        Self::MembersCallback,
        Self::MembersRequest,
        Self::Assert,
        Self::Conform,
        Self::AdapterCallback,
        Self::Methods,
    ];

    pub(crate) fn run(self, args: TokenStream, input: TokenStream) -> TokenStream {
        match self {
            Self::Protocol => expand::protocol::expand(args, input, "properties.rs:1:1"),
            Self::Conforms => expand::conforms::expand(args, input),
            Self::Callback => expand::conformance::expand(input),
            Self::MembersCallback => expand::members::expand(input),
            Self::MembersRequest => expand::members::request(input),
            Self::Assert => expand::assert::expand(input),
            Self::Conform => expand::conform::expand(input),
            Self::AdapterCallback => expand::adapter::callback(input),
            Self::Methods => expand::methods::expand(args, input),
        }
    }

    /// What the output must parse as, whatever the input: the function-like macros emit
    /// items or an expression (errors included). The attribute macros, only when the input
    /// is an item (else they give it back as it is, with the errors).
    pub(crate) fn output_parses(self, output: &TokenStream) -> syn::Result<()> {
        match self {
            Self::MembersCallback | Self::MembersRequest => {
                syn::parse2::<syn::Expr>(output.clone()).map(drop)
            }
            _ => syn::parse2::<syn::File>(output.clone()).map(drop),
        }
    }

    pub(crate) fn is_attribute(self) -> bool {
        matches!(self, Self::Protocol | Self::Conforms | Self::Methods)
    }

    pub(crate) fn is_callback(self) -> bool {
        matches!(
            self,
            Self::Callback | Self::MembersCallback | Self::AdapterCallback
        )
    }
}

pub(crate) struct Expansion {
    pub(crate) output: TokenStream,
    pub(crate) errors: Vec<CompileError>,
}

/// Runs one entry point and checks what holds for every input: no panic (1–4), errors
/// inside `sources` (5), and an attribute macro's output holding the user's item when
/// the input parses as one (4).
pub(crate) fn expand_checked(
    entry: Entry,
    args: &TokenStream,
    input: &TokenStream,
    sources: &[&Source],
) -> Result<Expansion, TestCaseError> {
    let describe = || format!("{entry:?}\n  args: `{args}`\n  input: `{input}`");
    let output = catch_unwind(AssertUnwindSafe(|| entry.run(args.clone(), input.clone())))
        .map_err(|payload| {
            let message = payload
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| payload.downcast_ref::<&str>().map(|s| (*s).to_owned()))
                .unwrap_or_default();
            fail(format!("panicked ({message}): {}", describe()))
        })?;
    let mut errors = Vec::new();
    compile_errors(&output, &mut errors);
    let call_site_allowed = if input.is_empty() {
        usize::MAX
    } else {
        usize::from(entry == Entry::Conforms && args.is_empty())
    };
    check_error_spans(&errors, sources, call_site_allowed)
        .map_err(|e| fail(format!("{e}: {}\n  output: `{output}`", describe())))?;
    if !entry.is_attribute() && (!entry.is_callback() || krate_is_a_path(input)) {
        entry.output_parses(&output).map_err(|e| {
            fail(format!(
                "output does not parse ({e}): {}\n  output: `{output}`",
                describe()
            ))
        })?;
    }
    if entry.is_attribute() {
        if let Ok(item) = syn::parse2::<syn::Item>(input.clone()) {
            let file = syn::parse2::<syn::File>(output.clone()).map_err(|e| {
                fail(format!(
                    "output does not parse ({e}): {}\n  output: `{output}`",
                    describe()
                ))
            })?;
            let wanted = normalized(&item);
            if !file.items.iter().any(|i| normalized(i) == wanted) {
                return Err(fail(format!(
                    "the user's item is not re-emitted: {}\n  output: `{output}`",
                    describe()
                )));
            }
        }
    }
    Ok(Expansion { output, errors })
}

/// Whether a callback's input starts `{ { path } …`. The callbacks are hidden, called only
/// by carriers with what `#[conforms]` or `members!` wrote, where the `protocol` crate's path
/// has been checked; garbage there is passed on, which is fine.
pub(crate) fn krate_is_a_path(input: &TokenStream) -> bool {
    let first = |tokens: TokenStream| match tokens.into_iter().next() {
        Some(TokenTree::Group(g)) if g.delimiter() == Delimiter::Brace => Some(g.stream()),
        _ => None,
    };
    first(input.clone())
        .and_then(first)
        .is_some_and(|krate| syn::parse2::<syn::Path>(krate).is_ok())
}

/// An item as it must come out of an attribute macro: a trait without the
/// `#[diagnostic::…]` attribute `#[protocol]` adds and without the `#[field]` markers it
/// removes; an impl block without the associated types `#[conforms]` rejects.
pub(crate) fn normalized(item: &syn::Item) -> String {
    let mut item = item.clone();
    match &mut item {
        syn::Item::Trait(t) => {
            unsplit_defaults(t);
            t.attrs.retain(|a| !is_diagnostic(a));
            for trait_item in &mut t.items {
                let attrs = match trait_item {
                    syn::TraitItem::Fn(f) => &mut f.attrs,
                    syn::TraitItem::Const(c) => &mut c.attrs,
                    syn::TraitItem::Type(t) => &mut t.attrs,
                    _ => continue,
                };
                attrs.retain(|a| !a.path().is_ident("field"));
            }
        }
        syn::Item::Impl(i) => i.items.retain(|i| !matches!(i, syn::ImplItem::Type(_))),
        _ => {}
    }
    item.to_token_stream().to_string()
}

/// Undoes `expand::defaults::split`: each default body and its argument patterns go back
/// from the hidden `__protocol_default_m` into `m`, which must have been calling it.
pub(crate) fn unsplit_defaults(t: &mut syn::ItemTrait) {
    let hidden: Vec<syn::TraitItemFn> = t
        .items
        .iter()
        .filter_map(|i| match i {
            syn::TraitItem::Fn(f) if f.sig.ident.to_string().starts_with("__protocol_default_") => {
                Some(f.clone())
            }
            _ => None,
        })
        .collect();
    t.items.retain(|i| {
        !matches!(i, syn::TraitItem::Fn(f) if f.sig.ident.to_string().starts_with("__protocol_default_"))
    });
    for item in &mut t.items {
        let syn::TraitItem::Fn(f) = item else {
            continue;
        };
        let name = format!("__protocol_default_{}", f.sig.ident.unraw());
        if let Some(copy) = hidden.iter().find(|h| h.sig.ident == name) {
            let calls = f
                .default
                .as_ref()
                .is_some_and(|b| b.to_token_stream().to_string().contains(&name));
            if calls {
                f.default.clone_from(&copy.default);
                f.sig.inputs.clone_from(&copy.sig.inputs);
            }
        }
    }
}

pub(crate) fn is_diagnostic(attr: &syn::Attribute) -> bool {
    attr.path()
        .segments
        .first()
        .is_some_and(|s| s.ident == "diagnostic")
}

pub(crate) fn parse_file(output: &TokenStream) -> Result<syn::File, TestCaseError> {
    syn::parse2(output.clone())
        .map_err(|e| fail(format!("output does not parse as items ({e}): `{output}`")))
}

pub(crate) fn has_attr(attrs: &[syn::Attribute], text: &str) -> bool {
    attrs
        .iter()
        .any(|a| a.meta.to_token_stream().to_string().replace(' ', "") == text)
}

/// The `macro_rules!` carrier among the items.
pub(crate) fn carrier(file: &syn::File) -> Vec<&syn::ItemMacro> {
    file.items
        .iter()
        .filter_map(|i| match i {
            syn::Item::Macro(m) if m.mac.path.is_ident("macro_rules") => Some(m),
            _ => None,
        })
        .collect()
}

pub(crate) const POINTERS: [&str; 5] = ["&", "&mut", "Box", "Rc", "Arc"];

/// The pointer kinds of the forwarding impls of trait `name` among `file`'s items, in
/// order (`Box`, `Rc` and `Arc` ones are wrapped in a macro that gates them on `alloc`).
pub(crate) fn forwarding_kinds(file: &syn::File, name: &str) -> Vec<&'static str> {
    let mut out = Vec::new();
    // `Box` and `Rc` impls share one `if_alloc!`, `Arc`'s is in `if_arc!`.
    let impls = file.items.iter().flat_map(|item| match item {
        syn::Item::Impl(imp) => vec![imp.clone()],
        syn::Item::Macro(m) => syn::parse2::<syn::File>(m.mac.tokens.clone())
            .map(|f| {
                f.items
                    .into_iter()
                    .filter_map(|i| match i {
                        syn::Item::Impl(imp) => Some(imp),
                        _ => None,
                    })
                    .collect()
            })
            .unwrap_or_default(),
        _ => Vec::new(),
    });
    for imp in impls {
        let Some((path, _)) = &imp.trait_ else {
            continue;
        };
        if path.segments.last().is_none_or(|s| s.ident != name) {
            continue;
        }
        let kind = match &*imp.self_ty {
            syn::Type::Reference(r) if r.mutability.is_some() => "&mut",
            syn::Type::Reference(_) => "&",
            syn::Type::Path(p) => match p
                .path
                .segments
                .last()
                .map(|s| s.ident.to_string())
                .as_deref()
            {
                Some("Box") => "Box",
                Some("Rc") => "Rc",
                Some("Arc") => "Arc",
                _ => continue,
            },
            _ => continue,
        };
        out.push(kind);
    }
    out
}

/// `a::Source<u32>` → `a::Source`.
pub(crate) fn without_arguments(path: &syn::Path) -> Vec<String> {
    let mut path = path.clone();
    for segment in &mut path.segments {
        segment.arguments = syn::PathArguments::None;
    }
    texts(&path)
}

/// Token by token, whatever the spacing (`<'static>` and `< 'static >` are alike).
pub(crate) fn texts(tokens: &impl ToTokens) -> Vec<String> {
    flat_texts(&tokens.to_token_stream())
}

pub(crate) fn text_texts(text: &str) -> Vec<String> {
    flat_texts(&text.parse::<TokenStream>().unwrap_or_default())
}

/// A conformance request `#[conforms]` made: `@protocol_v1 { callback } payload…`.
pub(crate) struct Request {
    pub(crate) callback: TokenStream,
    pub(crate) krate: TokenStream,
    pub(crate) path: syn::Path,
    pub(crate) skeleton: syn::ItemImpl,
    /// `{ krate } { path } skeleton`, what the carrier hands on.
    pub(crate) payload: TokenStream,
}

pub(crate) fn parse_request(tokens: &TokenStream) -> syn::Result<Request> {
    use syn::parse::{ParseStream, Parser};
    let parser = |input: ParseStream| -> syn::Result<Request> {
        input.parse::<syn::Token![@]>()?;
        let tag: syn::Ident = input.parse()?;
        if tag != "protocol_v1" {
            return Err(syn::Error::new(tag.span(), "not a protocol_v1 request"));
        }
        let content;
        syn::braced!(content in input);
        let callback: TokenStream = content.parse()?;
        let payload: TokenStream = input.fork().parse()?;
        let content;
        syn::braced!(content in input);
        let krate: TokenStream = content.parse()?;
        let content;
        syn::braced!(content in input);
        let path: syn::Path = content.parse()?;
        let skeleton: syn::ItemImpl = input.parse()?;
        Ok(Request {
            callback,
            krate,
            path,
            skeleton,
            payload,
        })
    };
    parser.parse2(tokens.clone())
}

/// `#[protocol]` on a valid trait, and the definition its carrier hands the callbacks.
pub(crate) fn carrier_definition(trait_source: &Source) -> Result<TokenStream, TestCaseError> {
    let protocol = expand_checked(
        Entry::Protocol,
        &TokenStream::new(),
        &trait_source.tokens,
        &[trait_source],
    )?;
    if !protocol.errors.is_empty() {
        return Err(fail(format!(
            "errors on a valid trait: {}",
            trait_source.text
        )));
    }
    carrier(&parse_file(&protocol.output)?)
        .first()
        .and_then(|c| after_tag(&c.mac.tokens, "protocol_def_v1"))
        .ok_or_else(|| fail(format!("no carrier: {}", protocol.output)))
}

/// A request's `{ callback }` and the payload after it.
pub(crate) fn split_request(tokens: &TokenStream) -> Option<(TokenStream, TokenStream)> {
    let mut rest = after_tag(tokens, "protocol_v1")?.into_iter();
    let Some(TokenTree::Group(callback)) = rest.next() else {
        return None;
    };
    Some((callback.stream(), rest.collect()))
}

/// The trait impls among `items`, those inside `const _: () = { … };` too.
pub(crate) fn trait_impls(items: &[syn::Item]) -> Vec<syn::ItemImpl> {
    let mut out = Vec::new();
    for item in items {
        match item {
            // An adapter also implements its hidden module's traits.
            syn::Item::Impl(imp) if imp.trait_.is_some() && !hidden_trait(imp) => {
                out.push(imp.clone());
            }
            syn::Item::Const(c) => {
                if let syn::Expr::Block(block) = &*c.expr {
                    let inner: Vec<syn::Item> = block
                        .block
                        .stmts
                        .iter()
                        .filter_map(|s| match s {
                            syn::Stmt::Item(i) => Some(i.clone()),
                            _ => None,
                        })
                        .collect();
                    out.extend(trait_impls(&inner));
                }
            }
            _ => {}
        }
    }
    out
}

pub(crate) fn hidden_trait(imp: &syn::ItemImpl) -> bool {
    imp.trait_.as_ref().is_some_and(|(path, _)| {
        path.segments
            .first()
            .is_some_and(|s| s.ident.to_string().starts_with("__protocol_"))
    })
}

pub(crate) fn impl_item_names(imp: &syn::ItemImpl) -> Vec<String> {
    imp.items
        .iter()
        .filter_map(|i| match i {
            syn::ImplItem::Fn(f) => Some(f.sig.ident.to_string()),
            syn::ImplItem::Const(c) => Some(c.ident.to_string()),
            syn::ImplItem::Type(t) => Some(t.ident.to_string()),
            _ => None,
        })
        .collect()
}
