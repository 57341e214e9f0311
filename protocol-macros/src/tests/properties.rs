//! Properties of every expansion function, on generated valid input, on the same input with
//! random token edits, and on random token soup.
//!
//! 1. A valid trait through `#[protocol]`: the trait comes out unchanged (but for its
//!    `#[diagnostic::on_unimplemented]` and the removed `#[field]` markers), with its hidden
//!    carrier, and no error; its forwarding impls are the ones the contract lists.
//! 2. A valid inherent impl block through `#[conforms(paths…)]`: the block comes out
//!    unchanged, followed by one carrier request per protocol that carries every method.
//! 3. End to end: a generated trait's carrier definition, and the request `#[conforms]`
//!    makes for a block that writes all, some or misspelled members, through the
//!    conformance callback: one "does not conform" error per missing member, naming it,
//!    one "is similar to" error per misspelling, and the trait impl; `members!` through
//!    the same definition; the same for a type definition through the adapter callback.
//! 4. Mangled and random input through every entry point (`conform!` and the adapter
//!    callback too): no panic; an attribute macro always re-emits the user's item when it
//!    parses as one; a function-like macro's output always parses.
//! 5. Every `compile_error!` points inside the input (checked on every expansion above).
//!
//! A test failure prints the entry point, the input and the output. Case counts are modest
//! (`config`); `PROPTEST_CASES=20000 cargo test -p protocol-macros tests::` is a soak.
//!
//! # Where an error may point
//!
//! Inputs are parsed from strings (with proc-macro2's `span-locations`), so every token
//! knows the string it came from (`Span::file()`, `<parsed string N>` in proc-macro2's
//! fallback mode) and its line and column there. An error's span — the `compile_error`
//! identifier (the error's start), its `!` and its `{ "message" }` group (the error's
//! end) — is *inside the input* when it lies in the same parsed string as one of the input's
//! parts (attribute arguments, item) and between that part's first and last token by
//! line/column. Comparing the file as well as line/column matters: outside a real macro
//! expansion, `Span::call_site()` is proc-macro2's dummy file `<unspecified>` at line 1,
//! column 0, which line/column alone would confuse with a token at the start of a string.
//! (Every input here also starts on line 2 or later, so the two rules agree.)
//!
//! The one exception: when the macro was given nothing to point at — `#[conforms]` with an
//! empty argument list (one error allowed at the call site), or an empty input — an error
//! may be at the call site.

use super::gen::{self, ConformanceDef, ItemDef, Profile, Supply};
use super::steps::after_tag;
use crate::expand;
use proc_macro2::{Delimiter, Group, LineColumn, Span, TokenStream, TokenTree};
use proptest::prelude::*;
use proptest::test_runner::TestCaseError;
use quote::{quote, ToTokens};
use std::panic::{catch_unwind, AssertUnwindSafe};
use syn::ext::IdentExt;

/// `cases` unless `PROPTEST_CASES` is set (`ProptestConfig::default()` reads it;
/// `ProptestConfig::with_cases` would override it).
pub(super) fn config(cases: u32) -> ProptestConfig {
    let mut config = ProptestConfig::default();
    if std::env::var_os("PROPTEST_CASES").is_none() {
        config.cases = cases;
    }
    config
}

pub(super) fn fail(message: impl Into<String>) -> TestCaseError {
    TestCaseError::fail(message.into())
}

// ---------------------------------------------------------------------------------------
// Sources and spans
// ---------------------------------------------------------------------------------------

/// Text parsed into tokens that know where they are.
pub(super) struct Source {
    text: String,
    pub(super) tokens: TokenStream,
    /// The parsed string's name, and its first and last token's positions.
    extent: Option<(String, LineColumn, LineColumn)>,
}

impl Source {
    /// `None` when the text does not lex (rustc would never call a macro with it).
    /// The text is put on line 2, so no token is where a call-site span claims to be.
    pub(super) fn parse(text: &str) -> Option<Self> {
        let text = format!("\n  {}", text.trim_start());
        let tokens: TokenStream = text.parse().ok()?;
        let mut spans = Vec::new();
        collect_spans(&tokens, &mut spans);
        let extent = spans.first().map(|first| {
            let start = spans.iter().map(Span::start).min().unwrap_or(first.start());
            let end = spans.iter().map(Span::end).max().unwrap_or(first.end());
            (first.file(), start, end)
        });
        Some(Self {
            text,
            tokens,
            extent,
        })
    }

    pub(super) fn empty() -> Self {
        Self {
            text: String::new(),
            tokens: TokenStream::new(),
            extent: None,
        }
    }

    fn contains(&self, span: Span) -> bool {
        self.extent.as_ref().is_some_and(|(file, start, end)| {
            span.file() == *file && *start <= span.start() && span.end() <= *end
        })
    }
}

fn collect_spans(tokens: &TokenStream, out: &mut Vec<Span>) {
    for token in tokens.clone() {
        out.push(token.span());
        if let TokenTree::Group(group) = token {
            out.push(group.span_open());
            out.push(group.span_close());
            collect_spans(&group.stream(), out);
        }
    }
}

fn is_call_site(span: Span) -> bool {
    span.file() == Span::call_site().file()
}

/// One `compile_error! { "message" }` of an expansion.
pub(super) struct CompileError {
    pub(super) message: String,
    /// The spans of `compile_error`, `!` and the `{ … }` group.
    spans: [Span; 3],
}

/// The `compile_error!` invocations in `tokens`, but those in the body of a `macro_rules!`
/// (a carrier's answer to a request in an unknown grammar version, not an error now).
fn compile_errors(tokens: &TokenStream, out: &mut Vec<CompileError>) {
    let trees: Vec<TokenTree> = tokens.clone().into_iter().collect();
    let mut i = 0;
    while i < trees.len() {
        match &trees[i] {
            TokenTree::Ident(ident) if ident == "macro_rules" => i += 3, // `!`, name, body
            TokenTree::Ident(ident) if ident == "compile_error" => {
                if let (Some(TokenTree::Punct(bang)), Some(TokenTree::Group(group))) =
                    (trees.get(i + 1), trees.get(i + 2))
                {
                    let message = syn::parse2::<syn::LitStr>(group.stream())
                        .map_or_else(|_| group.stream().to_string(), |lit| lit.value());
                    out.push(CompileError {
                        message,
                        spans: [ident.span(), bang.span(), group.span()],
                    });
                    i += 2;
                }
            }
            TokenTree::Group(group) => compile_errors(&group.stream(), out),
            _ => {}
        }
        i += 1;
    }
}

/// Property 5: every error inside one of `sources`, but the call-site errors allowed when
/// the macro had nothing to point at (see the module's docs).
fn check_error_spans(
    errors: &[CompileError],
    sources: &[&Source],
    call_site_allowed: usize,
) -> Result<(), String> {
    let mut call_site_errors = 0;
    for error in errors {
        if error.spans.iter().all(|s| is_call_site(*s)) {
            call_site_errors += 1;
            if call_site_errors <= call_site_allowed {
                continue;
            }
        }
        for span in error.spans {
            if !sources.iter().any(|source| source.contains(span)) {
                return Err(format!(
                    "error `{}` points outside the input, at {} {:?}..{:?}",
                    error.message,
                    span.file(),
                    span.start(),
                    span.end()
                ));
            }
        }
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------
// Entry points
// ---------------------------------------------------------------------------------------

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Entry {
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
    const ALL: [Self; 9] = [
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

    pub(super) fn run(self, args: TokenStream, input: TokenStream) -> TokenStream {
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
    fn output_parses(self, output: &TokenStream) -> syn::Result<()> {
        match self {
            Self::MembersCallback | Self::MembersRequest => {
                syn::parse2::<syn::Expr>(output.clone()).map(drop)
            }
            _ => syn::parse2::<syn::File>(output.clone()).map(drop),
        }
    }

    fn is_attribute(self) -> bool {
        matches!(self, Self::Protocol | Self::Conforms | Self::Methods)
    }

    fn is_callback(self) -> bool {
        matches!(
            self,
            Self::Callback | Self::MembersCallback | Self::AdapterCallback
        )
    }
}

pub(super) struct Expansion {
    pub(super) output: TokenStream,
    pub(super) errors: Vec<CompileError>,
}

/// Runs one entry point and checks what holds for every input: no panic (1–4), errors
/// inside `sources` (5), and an attribute macro's output holding the user's item when
/// the input parses as one (4).
pub(super) fn expand_checked(
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
fn krate_is_a_path(input: &TokenStream) -> bool {
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
fn normalized(item: &syn::Item) -> String {
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
fn unsplit_defaults(t: &mut syn::ItemTrait) {
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

fn is_diagnostic(attr: &syn::Attribute) -> bool {
    attr.path()
        .segments
        .first()
        .is_some_and(|s| s.ident == "diagnostic")
}

pub(super) fn parse_file(output: &TokenStream) -> Result<syn::File, TestCaseError> {
    syn::parse2(output.clone())
        .map_err(|e| fail(format!("output does not parse as items ({e}): `{output}`")))
}

fn has_attr(attrs: &[syn::Attribute], text: &str) -> bool {
    attrs
        .iter()
        .any(|a| a.meta.to_token_stream().to_string().replace(' ', "") == text)
}

/// The `macro_rules!` carrier among the items.
fn carrier(file: &syn::File) -> Vec<&syn::ItemMacro> {
    file.items
        .iter()
        .filter_map(|i| match i {
            syn::Item::Macro(m) if m.mac.path.is_ident("macro_rules") => Some(m),
            _ => None,
        })
        .collect()
}

const POINTERS: [&str; 5] = ["&", "&mut", "Box", "Rc", "Arc"];

/// The pointer kinds of the forwarding impls of trait `name` among `file`'s items, in
/// order (`Box`, `Rc` and `Arc` ones are wrapped in a macro that gates them on `alloc`).
fn forwarding_kinds(file: &syn::File, name: &str) -> Vec<&'static str> {
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
fn without_arguments(path: &syn::Path) -> Vec<String> {
    let mut path = path.clone();
    for segment in &mut path.segments {
        segment.arguments = syn::PathArguments::None;
    }
    texts(&path)
}

/// Token by token, whatever the spacing (`<'static>` and `< 'static >` are alike).
fn texts(tokens: &impl ToTokens) -> Vec<String> {
    flat_texts(&tokens.to_token_stream())
}

fn text_texts(text: &str) -> Vec<String> {
    flat_texts(&text.parse::<TokenStream>().unwrap_or_default())
}

/// A conformance request `#[conforms]` made: `@protocol_v1 { callback } payload…`.
struct Request {
    callback: TokenStream,
    krate: TokenStream,
    path: syn::Path,
    skeleton: syn::ItemImpl,
    /// `{ krate } { path } skeleton`, what the carrier hands on.
    payload: TokenStream,
}

fn parse_request(tokens: &TokenStream) -> syn::Result<Request> {
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
fn carrier_definition(trait_source: &Source) -> Result<TokenStream, TestCaseError> {
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
fn split_request(tokens: &TokenStream) -> Option<(TokenStream, TokenStream)> {
    let mut rest = after_tag(tokens, "protocol_v1")?.into_iter();
    let Some(TokenTree::Group(callback)) = rest.next() else {
        return None;
    };
    Some((callback.stream(), rest.collect()))
}

/// The trait impls among `items`, those inside `const _: () = { … };` too.
fn trait_impls(items: &[syn::Item]) -> Vec<syn::ItemImpl> {
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

fn hidden_trait(imp: &syn::ItemImpl) -> bool {
    imp.trait_.as_ref().is_some_and(|(path, _)| {
        path.segments
            .first()
            .is_some_and(|s| s.ident.to_string().starts_with("__protocol_"))
    })
}

fn impl_item_names(imp: &syn::ItemImpl) -> Vec<String> {
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

// ---------------------------------------------------------------------------------------
// Token edits
// ---------------------------------------------------------------------------------------

/// Tokens an edit may insert (parsed as they are; `'a` and `::` are two tokens).
const PALETTE: &[&str] = &[
    "fn",
    "impl",
    "trait",
    "self",
    "Self",
    "struct",
    "enum",
    "pub",
    "crate",
    "super",
    "mut",
    "async",
    "unsafe",
    "const",
    "type",
    "dyn",
    "for",
    "where",
    "static",
    "extern",
    "Duck",
    "T",
    "field",
    "cfg",
    "doc",
    "protocol_v1",
    "protocol_def_v1",
    "macro_rules",
    "_",
    "&",
    "&&",
    "'a",
    "'static",
    "<",
    ">",
    "::",
    ",",
    ";",
    ":",
    "=",
    "==",
    "->",
    "=>",
    "#",
    "!",
    "@",
    "$",
    "?",
    ".",
    "..",
    "*",
    "+",
    "-",
    "|",
    "1",
    "0u8",
    "1.5",
    "\"s\"",
    "'c'",
    "b\"x\"",
    "r#\"raw\"#",
    "()",
    "[]",
    "{}",
    "(u8)",
    "<T>",
    "#[field]",
    "#[cfg(unix)]",
    "/// doc\n",
];

#[derive(Clone, Debug)]
enum Edit {
    Delete(usize),
    Duplicate(usize),
    /// With the next token of the same group.
    Swap(usize),
    Insert(usize, &'static str),
    /// A group loses its delimiters.
    Unwrap(usize),
    /// A group gets other delimiters.
    Redelimit(usize, u8),
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        3 => any::<usize>().prop_map(Edit::Delete),
        2 => any::<usize>().prop_map(Edit::Duplicate),
        2 => any::<usize>().prop_map(Edit::Swap),
        3 => (any::<usize>(), prop::sample::select(PALETTE)).prop_map(|(i, p)| Edit::Insert(i, p)),
        1 => any::<usize>().prop_map(Edit::Unwrap),
        1 => (any::<usize>(), 0..3u8).prop_map(|(i, d)| Edit::Redelimit(i, d)),
    ]
}

fn count_tokens(tokens: &TokenStream) -> usize {
    tokens
        .clone()
        .into_iter()
        .map(|t| match t {
            TokenTree::Group(g) => 1 + count_tokens(&g.stream()),
            _ => 1,
        })
        .sum()
}

/// `tokens` with `edit` applied at one token, counted depth first over every group.
fn apply_edit(tokens: &TokenStream, edit: &Edit) -> TokenStream {
    let total = count_tokens(tokens);
    let at = match *edit {
        Edit::Delete(i)
        | Edit::Duplicate(i)
        | Edit::Swap(i)
        | Edit::Insert(i, _)
        | Edit::Unwrap(i)
        | Edit::Redelimit(i, _) => i,
    };
    if total == 0 {
        return match edit {
            Edit::Insert(_, piece) => piece.parse().unwrap_or_default(),
            _ => tokens.clone(),
        };
    }
    let mut target = Some(at % total);
    rewrite(tokens, &mut target, edit)
}

fn rewrite(tokens: &TokenStream, target: &mut Option<usize>, edit: &Edit) -> TokenStream {
    let mut trees: Vec<TokenTree> = tokens.clone().into_iter().collect();
    let mut i = 0;
    while i < trees.len() {
        match target {
            None => break,
            Some(0) => {
                *target = None;
                edit_at(&mut trees, i, edit);
                break;
            }
            Some(n) => *n -= 1,
        }
        if let TokenTree::Group(group) = &trees[i] {
            let inner = rewrite(&group.stream(), target, edit);
            let mut new = Group::new(group.delimiter(), inner);
            new.set_span(group.span());
            trees[i] = TokenTree::Group(new);
        }
        i += 1;
    }
    trees.into_iter().collect()
}

fn edit_at(trees: &mut Vec<TokenTree>, i: usize, edit: &Edit) {
    match edit {
        Edit::Delete(_) => {
            trees.remove(i);
        }
        Edit::Duplicate(_) => trees.insert(i, trees[i].clone()),
        Edit::Swap(_) if i + 1 < trees.len() => trees.swap(i, i + 1),
        Edit::Swap(_) if i > 0 => trees.swap(i - 1, i),
        Edit::Swap(_) => {}
        Edit::Insert(_, piece) => {
            let piece: TokenStream = piece.parse().unwrap_or_default();
            for (k, tree) in piece.into_iter().enumerate() {
                trees.insert(i + k, tree);
            }
        }
        Edit::Unwrap(_) => {
            if let TokenTree::Group(group) = trees[i].clone() {
                trees.remove(i);
                for (k, tree) in group.stream().into_iter().enumerate() {
                    trees.insert(i + k, tree);
                }
            }
        }
        Edit::Redelimit(_, d) => {
            if let TokenTree::Group(group) = &trees[i] {
                let delimiter = [Delimiter::Parenthesis, Delimiter::Bracket, Delimiter::Brace]
                    [usize::from(*d) % 3];
                trees[i] = TokenTree::Group(Group::new(delimiter, group.stream()));
            }
        }
    }
}

/// `text` with the edits applied, as text again (so that it is parsed afresh and every
/// token, the inserted ones too, has a place in the input).
fn mangle(text: &str, edits: &[Edit]) -> String {
    let mut tokens: TokenStream = text.parse().unwrap_or_default();
    for edit in edits {
        tokens = apply_edit(&tokens, edit);
    }
    tokens.to_string()
}

/// Random tokens, balanced into groups.
fn soup() -> impl Strategy<Value = String> {
    let leaf = prop::sample::select(PALETTE).prop_map(str::to_owned);
    leaf.prop_recursive(3, 64, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..8).prop_map(|v| v.join(" ")),
            (
                prop::sample::select(vec![("(", ")"), ("[", "]"), ("{", "}")]),
                prop::collection::vec(inner, 0..6),
            )
                .prop_map(|((open, close), v)| format!("{open}{}{close}", v.join(" "))),
        ]
    })
}

// ---------------------------------------------------------------------------------------
// Valid inputs of every entry point
// ---------------------------------------------------------------------------------------

pub(super) const ALL_TRAITS: Profile = Profile {
    unsafe_trait: true,
    gats: true,
    raw_names: true,
};

const PROTOCOL_OPTIONS: &[&str] = &[
    "",
    "forward(&, &mut, Box, Rc, Arc)",
    "forward()",
    "forward(&)",
    "callback",
    "no_implicit_prelude",
    "crate = ::my::protocol",
    "forward(Box), crate = crate::p, no_implicit_prelude",
    "runtime_checkable",
    "runtime_checkable, callback, crate = ::my::protocol",
    "open",
    "open(dyn)",
    "open, crate = ::my::protocol",
    "open, callback",
    "open, forward(&)",
    "open(dyn), no_implicit_prelude",
];

fn callback_input(conf: &ConformanceDef) -> String {
    format!(
        "{{ {{ ::protocol }} {{ {} }} {} }} {{ @protocol_def_v1 {} }}",
        conf.path(),
        conf.render_impl(),
        conf.def.render()
    )
}

/// The same request for a protocol declared `open` (the carrier marks its definition).
fn open_callback_input(conf: &ConformanceDef) -> String {
    format!(
        "{{ {{ ::protocol }} {{ {} }} {} }} {{ @protocol_def_v1 #[open] {} }}",
        conf.path(),
        conf.render_impl(),
        conf.def.render()
    )
}

/// What the carrier hands the adapter callback for `#[conforms(P<…>)]` on the type.
fn adapter_input(adapter: &gen::AdapterDef) -> String {
    let generics = if adapter.self_ty().contains('X') {
        "<X: Clone>"
    } else {
        ""
    };
    format!(
        "{{ {{ ::protocol }} {{ {} }} {{ {} }} {{ }} {{ {} }} {{ }} impl{generics} __ProtocolAdapter for {} {{}} }} {{ @protocol_def_v1 {} }}",
        adapter.def.conforms_path(),
        adapter.self_ty(),
        adapter.fields().join(", "),
        adapter.self_ty(),
        adapter.def.render()
    )
}

/// `(entry, attribute arguments, input)`: valid (or, with options, nearly valid) input.
fn any_valid_call() -> impl Strategy<Value = (Entry, String, String)> {
    prop_oneof![
        (
            gen::trait_def(ALL_TRAITS),
            prop::sample::select(PROTOCOL_OPTIONS)
        )
            .prop_map(|(def, options)| (Entry::Protocol, options.to_owned(), def.render())),
        (gen::impl_def(), gen::conforms_args_def()).prop_map(|(imp, args)| (
            Entry::Conforms,
            args.render(),
            imp.render()
        )),
        gen::conformance_def().prop_map(|conf| (
            Entry::Callback,
            String::new(),
            callback_input(&conf)
        )),
        gen::conformance_def().prop_map(|conf| (
            Entry::Callback,
            String::new(),
            open_callback_input(&conf)
        )),
        gen::impl_def().prop_map(|imp| (Entry::Methods, String::new(), imp.render())),
        gen::adapter_def().prop_map(|adapter| (
            Entry::Methods,
            String::new(),
            adapter.render_type()
        )),
        gen::trait_def(ALL_TRAITS).prop_map(|def| {
            let input = format!(
                "{{ {{ ::protocol }} {{ {} }} }} {{ @protocol_def_v1 {} }}",
                def.name,
                def.render()
            );
            (Entry::MembersCallback, String::new(), input)
        }),
        gen::members_request().prop_map(|(text, _)| (Entry::MembersRequest, String::new(), text)),
        gen::assert_input().prop_map(|(text, _)| (Entry::Assert, String::new(), text)),
        gen::conform_input().prop_map(|text| (Entry::Conform, String::new(), text)),
        gen::adapter_def().prop_map(|adapter| (
            Entry::Conforms,
            adapter.def.conforms_path(),
            adapter.render_type()
        )),
        gen::adapter_def().prop_map(|adapter| (
            Entry::AdapterCallback,
            String::new(),
            adapter_input(&adapter)
        )),
    ]
}

// ---------------------------------------------------------------------------------------
// The properties
// ---------------------------------------------------------------------------------------

proptest! {
    #![proptest_config(config(192))]

    /// Property 1: `#[protocol]` on a valid trait.
    #[test]
    fn valid_traits_come_out_unchanged_with_their_carrier(def in gen::trait_def(ALL_TRAITS)) {
        let text = def.render();
        let input = Source::parse(&text).ok_or_else(|| fail(format!("does not lex: {text}")))?;
        let item: syn::ItemTrait = syn::parse2(input.tokens.clone())
            .map_err(|e| fail(format!("the generator made an invalid trait ({e}): {text}")))?;
        let args = Source::empty();
        let expansion = expand_checked(Entry::Protocol, &args.tokens, &input.tokens, &[&input])?;
        let output = &expansion.output;
        prop_assert!(
            expansion.errors.is_empty(),
            "errors on a valid trait: {:?}\n{}\n{}",
            expansion.errors.iter().map(|e| &e.message).collect::<Vec<_>>(), text, output
        );
        let file = parse_file(output)?;

        // The trait, unchanged, once, with the diagnostic attribute.
        let traits: Vec<&syn::ItemTrait> = file.items.iter().filter_map(|i| match i {
            syn::Item::Trait(t) => Some(t),
            _ => None,
        }).collect();
        prop_assert_eq!(traits.len(), 1, "{}", output);
        let emitted = syn::Item::Trait(traits[0].clone());
        prop_assert_eq!(normalized(&emitted), normalized(&syn::Item::Trait(item.clone())));
        prop_assert!(
            traits[0].attrs.iter().any(|a| a.path().segments.iter().map(|s| s.ident.to_string())
                .eq(["diagnostic", "on_unimplemented"])),
            "no #[diagnostic::on_unimplemented]: {}", output
        );
        // Its tokens appear as they were written: every token of the user's trait but the
        // `#[field]` markers, in order.
        let wanted: Vec<String> = flat_texts(&strip_field_markers(&input.tokens));
        let found: Vec<String> = flat_texts(output);
        prop_assert!(is_subsequence(&wanted, &found), "the trait's tokens are not all in the output: {}", output);

        // The carrier: one hidden `macro_rules!`, exported only for a `pub` trait, reachable
        // as the trait's name, and carrying the trait without docs and bodies.
        let carriers = carrier(&file);
        prop_assert_eq!(carriers.len(), 1, "{}", output);
        let carrier = carriers[0];
        prop_assert!(has_attr(&carrier.attrs, "doc(hidden)"), "carrier not hidden: {}", output);
        prop_assert_eq!(
            has_attr(&carrier.attrs, "macro_export"),
            matches!(item.vis, syn::Visibility::Public(_)),
            "#[macro_export] on a carrier of visibility `{}`", def.vis
        );
        let carrier_name = carrier.ident.as_ref().map(ToString::to_string).unwrap_or_default();
        let reexport = file.items.iter().any(|i| match i {
            syn::Item::Use(u) => {
                has_attr(&u.attrs, "doc(hidden)")
                    && u.vis.to_token_stream().to_string() == item.vis.to_token_stream().to_string()
                    && matches!(&u.tree, syn::UseTree::Rename(r)
                        if r.ident == carrier_name && r.rename == item.ident)
            }
            _ => false,
        });
        prop_assert!(reexport, "no `{} use {} as {};`: {}", def.vis, carrier_name, def.name, output);
        let definition = after_tag(&carrier.mac.tokens, "protocol_def_v1")
            .ok_or_else(|| fail(format!("no definition in the carrier: {output}")))?;
        let definition: syn::ItemTrait = syn::parse2(definition)
            .map_err(|e| fail(format!("the carrier's definition does not parse ({e}): {output}")))?;
        prop_assert_eq!(&definition.ident, &item.ident);
        prop_assert!(definition.attrs.is_empty(), "attributes in the definition: {}", output);
        let names: Vec<String> = definition.items.iter().filter_map(trait_item_name).collect();
        prop_assert_eq!(names, def.member_names());
        for trait_item in &definition.items {
            if let syn::TraitItem::Fn(f) = trait_item {
                prop_assert!(f.default.as_ref().is_none_or(|b| b.stmts.is_empty()));
                prop_assert!(f.attrs.iter().all(|a| a.path().is_ident("cfg") || a.path().is_ident("field")));
            }
        }

        // The same input, the same output.
        let again = Entry::Protocol.run(TokenStream::new(), input.tokens.clone());
        prop_assert_eq!(again.to_string(), output.to_string());
    }

    /// `#[protocol]`'s forwarding impls, by the contract: without `forward(...)`, one for
    /// every pointer kind that every member allows (none for an `unsafe trait` or an
    /// intersection); with it, one for each kind asked for that every member allows, and an
    /// error naming each member that prevents a kind asked for.
    #[test]
    fn forwarding_impls_follow_the_contract(
        def in prop_oneof![gen::trait_def(ALL_TRAITS), gen::method_trait(ALL_TRAITS)],
        asked in prop::option::of(prop::sample::subsequence(POINTERS.to_vec(), 0..=5)),
    ) {
        let text = def.render();
        let input = Source::parse(&text).ok_or_else(|| fail("does not lex"))?;
        let args_text = asked.as_ref().map_or_else(String::new, |kinds| format!("forward({})", kinds.join(", ")));
        let args = Source::parse(&args_text).ok_or_else(|| fail("does not lex"))?;
        let expansion = expand_checked(Entry::Protocol, &args.tokens, &input.tokens, &[&args, &input])?;
        let output = &expansion.output;
        let context = || format!("\n#[protocol({args_text})]{text}\noutput: {output}");
        let found = forwarding_kinds(&parse_file(output)?, def.name);
        let allowed: Vec<&str> = POINTERS.iter().copied()
            .filter(|p| !def.items.iter().any(|item| def.prevents(item, p)))
            .collect();
        let messages: Vec<&str> = expansion.errors.iter().map(|e| e.message.as_str()).collect();
        match &asked {
            None => {
                let wanted = if def.unsafety || def.is_intersection() { Vec::new() } else { allowed };
                prop_assert!(messages.is_empty(), "{:?}: {}", messages, context());
                prop_assert_eq!(found, wanted, "{}", context());
            }
            // An intersection's blanket impl covers pointers already: asking for forwarding
            // impls is an error for each kind, and none is generated (they would conflict).
            Some(kinds) if def.is_intersection() => {
                prop_assert!(found.is_empty(), "{}", context());
                prop_assert_eq!(messages.len(), kinds.len(), "{}", context());
                for message in &messages {
                    prop_assert!(message.contains("is an intersection"), "unexpected error {}: {}", message, context());
                }
            }
            Some(kinds) => {
                let wanted: Vec<&str> = kinds.iter().copied().filter(|k| allowed.contains(k)).collect();
                prop_assert_eq!(found, wanted, "{}", context());
                for kind in kinds {
                    let option = format!("`forward({kind})`");
                    for item in def.items.iter().filter(|item| def.prevents(item, kind)) {
                        let marks = item.signature_marks();
                        prop_assert!(
                            messages.iter().any(|m| m.contains(option.as_str()) && marks.iter().any(|mark| m.contains(mark.as_str()))),
                            "no error for `{}` under {}: {:?} {}", item.name(), option, messages, context()
                        );
                    }
                }
                for message in &messages {
                    prop_assert!(message.contains("`forward("), "unexpected error {}: {}", message, context());
                }
            }
        }
    }

    /// `runtime_checkable`: on a trait that can be a `dyn`, the `RuntimeCheckable` impl for
    /// `dyn Trait` and the carrier's marker, and no error; otherwise an error naming each
    /// member that prevents it (or the `Sized` supertrait), and neither impl nor marker.
    #[test]
    fn runtime_checkable_needs_a_dyn_compatible_trait(
        def in prop_oneof![gen::trait_def(ALL_TRAITS), gen::method_trait(ALL_TRAITS)],
    ) {
        let text = def.render();
        let input = Source::parse(&text).ok_or_else(|| fail("does not lex"))?;
        let args = Source::parse("runtime_checkable, forward()").ok_or_else(|| fail("does not lex"))?;
        let expansion = expand_checked(Entry::Protocol, &args.tokens, &input.tokens, &[&args, &input])?;
        let output = &expansion.output;
        let context = || format!("\n#[protocol(runtime_checkable, forward())]{text}\noutput: {output}");
        let file = parse_file(output)?;
        let checkable_impls = file.items.iter().filter(|i| matches!(i,
            syn::Item::Impl(imp) if imp.trait_.as_ref().is_some_and(|(p, _)| p.segments.last().is_some_and(|s| s.ident == "RuntimeCheckable"))
                && matches!(&*imp.self_ty, syn::Type::TraitObject(o) if o.dyn_token.is_some())
        )).count();
        let marked = carrier(&file).iter().any(|c| {
            after_tag(&c.mac.tokens, "protocol_def_v1").is_some_and(|d| d.to_string().starts_with("# [runtime_checkable]"))
        });
        let blocking: Vec<&ItemDef> = def.items.iter().filter(|i| gen::TraitDef::blocks_dyn(i)).collect();
        let messages: Vec<&str> = expansion.errors.iter().map(|e| e.message.as_str()).collect();
        if blocking.is_empty() && !def.requires_sized() {
            prop_assert!(messages.is_empty(), "{:?}: {}", messages, context());
            prop_assert_eq!(checkable_impls, 1, "{}", context());
            prop_assert!(marked, "the carrier does not say `runtime_checkable`: {}", context());
        } else {
            prop_assert_eq!(checkable_impls, 0, "{}", context());
            prop_assert!(!marked, "{}", context());
            prop_assert_eq!(messages.len(), blocking.len() + usize::from(def.requires_sized()), "{:?}: {}", messages, context());
            for message in &messages {
                prop_assert!(message.contains("cannot be `runtime_checkable`"), "unexpected error {}: {}", message, context());
            }
            for item in &blocking {
                let marks = item.signature_marks();
                prop_assert!(
                    messages.iter().any(|m| marks.iter().any(|mark| m.contains(mark.as_str()))),
                    "no error names `{}`: {:?} {}", item.name(), messages, context()
                );
            }
        }
    }

    /// Property 2: `#[conforms(paths…)]` on a valid inherent impl block.
    #[test]
    fn valid_impl_blocks_come_out_unchanged_with_one_request_per_protocol(
        imp in gen::impl_def(),
        args_def in gen::conforms_args_def(),
    ) {
        let text = imp.render();
        let input = Source::parse(&text).ok_or_else(|| fail(format!("does not lex: {text}")))?;
        let item: syn::ItemImpl = syn::parse2(input.tokens.clone())
            .map_err(|e| fail(format!("the generator made an invalid impl ({e}): {text}")))?;
        let args_text = args_def.render();
        let args = Source::parse(&args_text).ok_or_else(|| fail(format!("does not lex: {args_text}")))?;
        let expansion = expand_checked(Entry::Conforms, &args.tokens, &input.tokens, &[&args, &input])?;
        let output = &expansion.output;
        prop_assert!(
            expansion.errors.is_empty(),
            "errors on a valid block: {:?}\nargs: {}\n{}\n{}",
            expansion.errors.iter().map(|e| &e.message).collect::<Vec<_>>(), args_text, text, output
        );
        let file = parse_file(output)?;
        prop_assert_eq!(file.items.len(), 1 + args_def.protocols.len(), "{}", output);
        // The block first, unchanged: every method still there, as written.
        prop_assert_eq!(normalized(&file.items[0]), normalized(&syn::Item::Impl(item.clone())));
        prop_assert_eq!(impl_item_names(&item), imp.item_names());

        let cfgs: Vec<String> = item.attrs.iter().filter(|a| a.path().is_ident("cfg"))
            .map(|a| a.to_token_stream().to_string()).collect();
        let krate = text_texts(args_def.krate.map_or("::protocol", |(_, k)| k));
        for (request, protocol) in file.items[1..].iter().zip(&args_def.protocols) {
            let syn::Item::Macro(request) = request else {
                return Err(fail(format!("not a carrier request: {}", request.to_token_stream())));
            };
            let written: syn::Path = syn::parse_str(protocol).map_err(|e| fail(e.to_string()))?;
            // Addressed to the carrier: the protocol's path without its arguments.
            prop_assert_eq!(texts(&request.mac.path), without_arguments(&written));
            let attrs: Vec<String> = request.attrs.iter().map(|a| a.to_token_stream().to_string()).collect();
            prop_assert_eq!(&attrs, &cfgs, "a request's #[cfg]s are not the block's");
            let parsed = parse_request(&request.mac.tokens)
                .map_err(|e| fail(format!("malformed request ({e}): {}", request.mac.tokens)))?;
            prop_assert!(parsed.callback.to_string().ends_with(":: __private :: __conforms_callback"),
                "callback `{}`", parsed.callback);
            prop_assert_eq!(texts(&parsed.krate), krate.clone());
            prop_assert_eq!(texts(&parsed.path), texts(&written));
            // The skeleton: the same block, every method and const, no bodies.
            prop_assert_eq!(texts(&parsed.skeleton.self_ty), texts(&item.self_ty));
            prop_assert_eq!(impl_item_names(&parsed.skeleton), imp.item_names());
            for block_item in &parsed.skeleton.items {
                if let syn::ImplItem::Fn(f) = block_item {
                    prop_assert!(f.block.stmts.is_empty(), "a body in the request: {}", request.mac.tokens);
                }
            }
        }

        let again = Entry::Conforms.run(args.tokens.clone(), input.tokens.clone());
        prop_assert_eq!(again.to_string(), output.to_string());
    }
}

proptest! {
    #![proptest_config(config(160))]

    /// Property 3: end to end, from a trait and a block that writes all, some or
    /// misspelled members to the callback's output.
    #[test]
    fn the_callback_reports_each_missing_member(conf in gen::conformance_def()) {
        let def = &conf.def;
        let member_names = def.member_names();
        for index in 0..def.items.len() {
            if let (Supply::Misspell(_), Some(typo)) = (conf.supply[index], conf.written_name(index)) {
                prop_assume!(syn::parse_str::<syn::Ident>(&typo).is_ok());
                prop_assume!(!member_names.contains(&typo.as_str()));
            }
        }

        // `#[protocol]`, and the definition its carrier hands on.
        let trait_text = def.render();
        let trait_source = Source::parse(&trait_text).ok_or_else(|| fail("does not lex"))?;
        let definition = carrier_definition(&trait_source)?;

        // `#[conforms(P<…>)]`, and the request it makes.
        let args_text = conf.path();
        let args = Source::parse(&args_text).ok_or_else(|| fail("does not lex"))?;
        let impl_text = conf.render_impl();
        let block = Source::parse(&impl_text).ok_or_else(|| fail("does not lex"))?;
        let conforms = expand_checked(Entry::Conforms, &args.tokens, &block.tokens, &[&args, &block])?;
        prop_assert!(conforms.errors.is_empty(), "errors from #[conforms({})] {}", args_text, impl_text);
        let request = parse_file(&conforms.output)?
            .items
            .iter()
            .find_map(|i| match i {
                syn::Item::Macro(m) => Some(m.mac.tokens.clone()),
                _ => None,
            })
            .ok_or_else(|| fail(format!("no request: {}", conforms.output)))?;
        let payload = parse_request(&request).map_err(|e| fail(e.to_string()))?.payload;

        // What the carrier's `macro_rules!` does: `callback! { { payload } { @protocol_def_v1 def } }`.
        let callback_input = quote!({ #payload } { @protocol_def_v1 #definition });
        let callback = expand_checked(Entry::Callback, &TokenStream::new(), &callback_input, &[&args, &block])?;
        let output = &callback.output;
        let file = parse_file(output)?;
        let context = || format!("\n#[conforms({args_text})]{impl_text}\n{trait_text}\noutput: {output}");

        // One "does not conform" error listing the missing members (and one of its own for
        // each member under `#[cfg]`), each member named by exactly one.
        let missing: Vec<&ItemDef> = def.items.iter().enumerate()
            .filter(|(i, item)| item.required() && !matches!(item, ItemDef::Field(_)) && conf.supply[*i] != Supply::Write)
            .map(|(_, item)| item)
            .collect();
        let gated = |item: &&ItemDef| item.attrs().iter().any(|a| matches!(a, gen::Attr::Cfg(_)));
        let expected = usize::from(missing.iter().any(|m| !gated(m))) + missing.iter().filter(|m| gated(m)).count();
        let not_conforming: Vec<&CompileError> = callback.errors.iter()
            .filter(|e| e.message.contains("does not conform to protocol"))
            .collect();
        prop_assert_eq!(not_conforming.len(), expected, "{}", context());
        for member in &missing {
            let marks = member.signature_marks();
            let naming = not_conforming.iter()
                .filter(|e| marks.iter().any(|m| e.message.contains(m.as_str())))
                .count();
            prop_assert_eq!(naming, 1, "errors naming `{}`: {}", member.name(), context());
        }
        for error in &not_conforming {
            let protocol_name = format!("protocol `{}", def.name);
            let self_ty = format!("`{}`", conf.self_ty().replace(' ', ""));
            prop_assert!(error.message.contains(protocol_name.as_str()), "{}: {}", error.message, context());
            prop_assert!(error.message.replace(' ', "").contains(self_ty.as_str()), "{}: {}", error.message, context());
        }
        // One "is similar to" error at each misspelling of a missing member; no other errors.
        for (index, member) in def.items.iter().enumerate() {
            if let (Supply::Misspell(_), Some(typo)) = (conf.supply[index], conf.written_name(index)) {
                if missing.iter().any(|m| m.name() == member.name()) {
                    let similar = format!("`{typo}` is similar to");
                    prop_assert!(callback.errors.iter().any(|e| e.message.contains(similar.as_str())),
                        "no `{}` error: {}", similar, context());
                }
            }
        }
        // Inference may not find an argument no written member mentions; it never finds
        // two (the block writes the same argument wherever the trait has the parameter).
        let cannot_infer = callback.errors.iter().filter(|e| e.message.contains("cannot infer")).count();
        for error in &callback.errors {
            prop_assert!(
                error.message.contains("does not conform to protocol")
                    || error.message.contains("is similar to")
                    || (conf.infer && error.message.contains("cannot infer")),
                "unexpected error `{}`: {}", error.message, context()
            );
        }

        // The trait impl: every member the block writes, a stub for every one it misses,
        // every `#[field]` member, every associated type; named with the arguments the
        // attribute wrote.
        let impls = trait_impls(&file.items);
        if cannot_infer > 0 {
            prop_assert!(impls.is_empty(), "{}", context());
            return Ok(());
        }
        prop_assert_eq!(impls.len(), 1, "{}", context());
        let trait_impl = &impls[0];
        let (trait_path, _) = trait_impl.trait_.as_ref().expect("filtered above");
        if !conf.infer {
            prop_assert_eq!(texts(trait_path), text_texts(&def.trait_path()));
        }
        let mut found = impl_item_names(trait_impl);
        found.sort();
        let mut wanted: Vec<String> = def.items.iter().enumerate()
            .filter(|(i, item)| match item {
                ItemDef::Fn(_) | ItemDef::Const(_) => conf.supply[*i] == Supply::Write || item.required(),
                ItemDef::Field(_) | ItemDef::Type(_) => true,
            })
            .map(|(_, item)| item.name().to_owned())
            .collect();
        wanted.sort();
        prop_assert_eq!(found, wanted, "{}", context());

        // `members!` through the same carrier: every member, in order.
        let path = &args.tokens;
        let members_input = quote!({ { ::protocol } { #path } } { @protocol_def_v1 #definition });
        let members = expand_checked(Entry::MembersCallback, &TokenStream::new(), &members_input, &[&args])?;
        prop_assert!(members.errors.is_empty(), "members! errors: {}", members.output);
        syn::parse2::<syn::Expr>(members.output.clone())
            .map_err(|e| fail(format!("members! output is not an expression ({e}): {}", members.output)))?;
        // A raw name may be listed as written (`r#match`) or as the name (`match`).
        let unraw = |names: Vec<String>| -> Vec<String> {
            names.iter().map(|n| n.trim_start_matches("r#").to_owned()).collect()
        };
        prop_assert_eq!(
            unraw(member_entries(&members.output)),
            unraw(member_names.iter().map(|n| (*n).to_owned()).collect()),
            "{}", members.output
        );
    }

    /// Struct-level `#[conforms(P<…>)]`, end to end: the type comes out unchanged with one
    /// adapter request; the adapter callback reports every member an inherent method cannot
    /// stand for (a required const, a generic or `async` method), or else implements the
    /// trait with every required method and every `#[field]` member, read from the field
    /// when the struct has one.
    #[test]
    fn type_definitions_conform_through_inherent_methods(adapter in gen::adapter_def()) {
        let def = &adapter.def;
        let trait_source = Source::parse(&def.render()).ok_or_else(|| fail("does not lex"))?;
        let definition = carrier_definition(&trait_source)?;
        let args_text = def.conforms_path();
        let args = Source::parse(&args_text).ok_or_else(|| fail("does not lex"))?;
        let type_text = adapter.render_type();
        let ty = Source::parse(&type_text).ok_or_else(|| fail("does not lex"))?;
        let conforms = expand_checked(Entry::Conforms, &args.tokens, &ty.tokens, &[&args, &ty])?;
        prop_assert!(conforms.errors.is_empty(), "errors from #[conforms({})] {}", args_text, type_text);
        let file = parse_file(&conforms.output)?;
        prop_assert_eq!(file.items.len(), 2, "{}", conforms.output);
        let item: syn::Item = syn::parse2(ty.tokens.clone()).map_err(|e| fail(e.to_string()))?;
        prop_assert_eq!(normalized(&file.items[0]), normalized(&item));
        let syn::Item::Macro(request) = &file.items[1] else {
            return Err(fail(format!("not a request: {}", conforms.output)));
        };
        let (callback, payload) = split_request(&request.mac.tokens)
            .ok_or_else(|| fail(format!("malformed request: {}", conforms.output)))?;
        prop_assert!(callback.to_string().ends_with(":: __private :: __adapter_callback"), "{}", callback);
        let parts: Vec<TokenTree> = payload.clone().into_iter().collect();
        let group = |i: usize| match parts.get(i) {
            Some(TokenTree::Group(g)) => texts(&g.stream()),
            _ => Vec::new(),
        };
        prop_assert_eq!(group(2), text_texts(adapter.self_ty()), "the target");
        prop_assert_eq!(group(3), Vec::<String>::new(), "no field index");
        let fields: Vec<String> = group(4).into_iter().filter(|t| t != ",").collect();
        prop_assert_eq!(fields, adapter.fields(), "the fields");

        let callback_input = quote!({ #payload } { @protocol_def_v1 #definition });
        let callback = expand_checked(Entry::AdapterCallback, &TokenStream::new(), &callback_input, &[&args, &ty])?;
        let output = &callback.output;
        let context = || format!("\n#[conforms({args_text})]{type_text}\n{}\noutput: {output}", trait_source.text);
        let file = parse_file(output)?;
        let impls = trait_impls(&file.items);
        let messages: Vec<&str> = callback.errors.iter().map(|e| e.message.as_str()).collect();
        if def.unsafety {
            prop_assert_eq!(messages.len(), 1, "{}", context());
            prop_assert!(messages[0].contains("unsafe trait"), "{}", context());
            prop_assert!(impls.is_empty(), "{}", context());
            return Ok(());
        }
        let unadaptable: Vec<&ItemDef> = def.items.iter()
            .filter(|item| item.required() && !item.adaptable())
            .collect();
        prop_assert_eq!(messages.len(), unadaptable.len(), "{}", context());
        for member in &unadaptable {
            let marks = member.signature_marks();
            prop_assert!(
                messages.iter().any(|m| marks.iter().any(|mark| m.contains(mark.as_str()))),
                "no error names `{}`: {}", member.name(), context()
            );
        }
        if !unadaptable.is_empty() {
            prop_assert!(impls.is_empty(), "{}", context());
            return Ok(());
        }
        prop_assert_eq!(impls.len(), 1, "{}", context());
        let trait_impl = &impls[0];
        let (trait_path, _) = trait_impl.trait_.as_ref().expect("a trait impl");
        prop_assert_eq!(texts(trait_path), text_texts(&def.trait_path()));
        prop_assert_eq!(texts(&trait_impl.self_ty), text_texts(adapter.self_ty()));
        let mut found = impl_item_names(trait_impl);
        found.sort();
        let mut wanted: Vec<String> = def.items.iter()
            .filter(|item| match item {
                // An optional method too: the inherent method, else the default.
                ItemDef::Fn(_) => item.required() || item.adaptable(),
                ItemDef::Field(_) | ItemDef::Type(_) => true,
                ItemDef::Const(_) => false,
            })
            .map(|item| item.name().to_owned())
            .collect();
        wanted.sort();
        prop_assert_eq!(found, wanted, "{}", context());
        for (index, item) in def.items.iter().enumerate() {
            let Some(method) = trait_impl.items.iter().find_map(|i| match i {
                syn::ImplItem::Fn(f) if f.sig.ident == item.name() => Some(f),
                _ => None,
            }) else { continue };
            let reads_field = flat_texts(&method.block.to_token_stream()).contains(&"__protocol_field".to_owned());
            prop_assert_eq!(reads_field, adapter.has_field_for(index), "`{}`: {}", item.name(), context());
        }
    }

    /// `assert_conforms!` and `members!` (the request) on valid input.
    #[test]
    fn valid_assertions_and_member_requests_expand(
        (assertions, count) in gen::assert_input(),
        (request, path) in gen::members_request(),
    ) {
        let input = Source::parse(&assertions).ok_or_else(|| fail("does not lex"))?;
        let expansion = expand_checked(Entry::Assert, &TokenStream::new(), &input.tokens, &[&input])?;
        prop_assert!(expansion.errors.is_empty(), "{}\n{}", assertions, expansion.output);
        parse_file(&expansion.output)?;
        let checks = flat_texts(&expansion.output).windows(2)
            .filter(|w| w[0] == "fn" && w[1] == "assert_conforms")
            .count();
        prop_assert_eq!(checks, count, "{}\n{}", assertions, expansion.output);

        let input = Source::parse(&request).ok_or_else(|| fail("does not lex"))?;
        let expansion = expand_checked(Entry::MembersRequest, &TokenStream::new(), &input.tokens, &[&input])?;
        prop_assert!(expansion.errors.is_empty(), "{}\n{}", request, expansion.output);
        let call: syn::Macro = syn::parse2(expansion.output.clone())
            .map_err(|e| fail(format!("not a macro call ({e}): {}", expansion.output)))?;
        let written: syn::Path = syn::parse_str(path).map_err(|e| fail(e.to_string()))?;
        prop_assert_eq!(texts(&call.path), without_arguments(&written));
        prop_assert!(after_tag(&call.tokens, "protocol_v1").is_some(), "{}", expansion.output);
    }
}

proptest! {
    #![proptest_config(config(256))]

    /// Properties 4 and 5: valid input with a few token edits, in the attribute arguments
    /// or in the input, through every entry point.
    #[test]
    fn mangled_input_never_panics_and_errors_stay_inside(
        (entry, args, input) in any_valid_call(),
        edits in prop::collection::vec(edit(), 1..4),
        mangle_args in any::<bool>(),
    ) {
        let (args, input) = if mangle_args && entry.is_attribute() {
            (mangle(&args, &edits), input)
        } else {
            (args, mangle(&input, &edits))
        };
        let (Some(args), Some(input)) = (Source::parse(&args), Source::parse(&input)) else {
            return Ok(()); // no longer lexes: rustc would not call the macro
        };
        expand_checked(entry, &args.tokens, &input.tokens, &[&args, &input])?;
    }

    /// Properties 4 and 5 on random tokens: as the input, as an attribute's arguments,
    /// and inside the callbacks' grammar.
    #[test]
    fn random_tokens_never_panic_and_errors_stay_inside(
        entry in prop::sample::select(Entry::ALL.to_vec()),
        soup in soup(),
        second in soup(),
        item in gen::impl_def(),
    ) {
        let empty = Source::empty();
        let Some(tokens) = Source::parse(&soup) else { return Ok(()) };
        expand_checked(entry, &empty.tokens, &tokens.tokens, &[&tokens])?;
        if entry.is_attribute() {
            let item = Source::parse(&item.render()).ok_or_else(|| fail("does not lex"))?;
            expand_checked(entry, &tokens.tokens, &item.tokens, &[&tokens, &item])?;
        }
        let wrapped = match entry {
            Entry::Callback => format!("{{ {{ ::protocol }} {{ {soup} }} impl X {{ {second} }} }} {{ @protocol_def_v1 trait P {{ {second} }} }}"),
            Entry::MembersCallback => format!("{{ {{ ::protocol }} {{ {soup} }} }} {{ @protocol_def_v1 trait P {{ {second} }} }}"),
            Entry::Protocol => format!("trait P {{ {soup} }}"),
            Entry::Conforms | Entry::Methods => format!("impl X {{ {soup} }}"),
            Entry::Assert => format!("{soup}: {second}"),
            Entry::MembersRequest => format!("{soup}, crate = {second}"),
            Entry::Conform => format!("impl {soup} for {second}"),
            Entry::AdapterCallback => format!("{{ {{ ::protocol }} {{ {soup} }} {{ Duck }} {{ }} {{ {second} }} {{ }} impl __ProtocolAdapter for Duck {{}} }} {{ @protocol_def_v1 trait P {{ {second} }} }}"),
        };
        let Some(wrapped) = Source::parse(&wrapped) else { return Ok(()) };
        let args = if entry == Entry::Conforms { Source::parse("P") } else { Source::parse("") };
        let args = args.unwrap_or_else(Source::empty);
        expand_checked(entry, &args.tokens, &wrapped.tokens, &[&args, &wrapped])?;
    }
}

/// The texts of all tokens, groups' delimiters included, depth first.
fn flat_texts(tokens: &TokenStream) -> Vec<String> {
    let mut out = Vec::new();
    for token in tokens.clone() {
        match token {
            TokenTree::Group(group) => {
                let (open, close) = match group.delimiter() {
                    Delimiter::Parenthesis => ("(", ")"),
                    Delimiter::Brace => ("{", "}"),
                    Delimiter::Bracket => ("[", "]"),
                    Delimiter::None => ("", ""),
                };
                out.push(open.to_owned());
                out.extend(flat_texts(&group.stream()));
                out.push(close.to_owned());
            }
            other => out.push(other.to_string()),
        }
    }
    out
}

fn is_subsequence(wanted: &[String], found: &[String]) -> bool {
    let mut found = found.iter();
    wanted.iter().all(|w| found.any(|f| f == w))
}

/// The tokens without `# [field]`.
fn strip_field_markers(tokens: &TokenStream) -> TokenStream {
    let trees: Vec<TokenTree> = tokens.clone().into_iter().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < trees.len() {
        let is_marker = matches!(&trees[i], TokenTree::Punct(p) if p.as_char() == '#')
            && matches!(trees.get(i + 1), Some(TokenTree::Group(g))
                if g.delimiter() == Delimiter::Bracket && g.stream().to_string() == "field");
        if is_marker {
            i += 2;
            continue;
        }
        out.push(match &trees[i] {
            TokenTree::Group(group) => {
                let mut new = Group::new(group.delimiter(), strip_field_markers(&group.stream()));
                new.set_span(group.span());
                TokenTree::Group(new)
            }
            other => other.clone(),
        });
        i += 1;
    }
    out.into_iter().collect()
}

fn trait_item_name(item: &syn::TraitItem) -> Option<String> {
    match item {
        syn::TraitItem::Fn(f) => Some(f.sig.ident.to_string()),
        syn::TraitItem::Const(c) => Some(c.ident.to_string()),
        syn::TraitItem::Type(t) => Some(t.ident.to_string()),
        _ => None,
    }
}

/// The names `members!` lists: the first argument of each `Member::__new(…)`.
fn member_entries(tokens: &TokenStream) -> Vec<String> {
    let trees: Vec<TokenTree> = tokens.clone().into_iter().collect();
    let mut out = Vec::new();
    for (i, tree) in trees.iter().enumerate() {
        match (tree, trees.get(i + 1)) {
            (TokenTree::Ident(ident), Some(TokenTree::Group(args))) if ident == "__new" => {
                if let Some(TokenTree::Literal(name)) = args.stream().into_iter().next() {
                    if let Ok(name) = syn::parse2::<syn::LitStr>(name.into_token_stream()) {
                        out.push(name.value());
                    }
                }
            }
            (TokenTree::Group(group), _) => out.extend(member_entries(&group.stream())),
            _ => {}
        }
    }
    out
}

// ---------------------------------------------------------------------------------------
// The checker itself, on known cases
// ---------------------------------------------------------------------------------------

/// The rule of the module's docs rests on these facts of proc-macro2's fallback mode.
#[test]
fn call_site_spans_are_told_apart_from_input_spans() {
    let input = Source::parse("impl Duck {}").unwrap();
    let (file, start, _) = input.extent.clone().unwrap();
    assert_ne!(file, Span::call_site().file());
    assert!(start.line >= 2, "inputs start on line 2: {start:?}");
    let call_site = Span::call_site().start();
    assert_eq!((call_site.line, call_site.column), (1, 0));
    assert!(is_call_site(Span::call_site()));
    assert!(!input.contains(Span::call_site()));
    let first = input.tokens.clone().into_iter().next().unwrap().span();
    assert!(input.contains(first));
    // A span of another parsed string is not inside, wherever it is.
    let other = Source::parse("impl Duck {}").unwrap();
    let other_first = other.tokens.clone().into_iter().next().unwrap().span();
    assert_eq!(other_first.start(), first.start());
    assert!(!input.contains(other_first));
}

/// The checker flags an error at the call site or in another string, and lets through the
/// one allowed case.
#[test]
fn the_span_check_rejects_errors_outside_the_input() {
    let input = Source::parse("impl Duck {}").unwrap();
    let errors = |tokens: TokenStream| {
        let mut out = Vec::new();
        compile_errors(&tokens, &mut out);
        out
    };
    let at_call_site = errors(syn::Error::new(Span::call_site(), "x").to_compile_error());
    assert_eq!(at_call_site.len(), 1);
    assert!(check_error_spans(&at_call_site, &[&input], 0).is_err());
    assert!(check_error_spans(&at_call_site, &[&input], 1).is_ok());
    let elsewhere = Source::parse("Duck").unwrap();
    let in_other = errors(syn::Error::new_spanned(&elsewhere.tokens, "x").to_compile_error());
    assert!(check_error_spans(&in_other, &[&input], 0).is_err());
    let inside = errors(syn::Error::new_spanned(&input.tokens, "x").to_compile_error());
    assert!(check_error_spans(&inside, &[&input], 0).is_ok());
    // `compile_error!` in a `macro_rules!` body is not an error of this expansion.
    let carrier = quote!(
        macro_rules! m {
            () => {
                ::core::compile_error! { "x" }
            };
        }
    );
    assert!(errors(carrier).is_empty());

    // `#[conforms]` with no arguments: the one error that may be at the call site.
    let expansion = expand_checked(
        Entry::Conforms,
        &TokenStream::new(),
        &input.tokens,
        &[&input],
    )
    .unwrap();
    assert_eq!(expansion.errors.len(), 1);
    assert!(is_call_site(expansion.errors[0].spans[0]));
    // A bad argument: the error is in the arguments.
    let args = Source::parse("1").unwrap();
    let expansion = expand_checked(
        Entry::Conforms,
        &args.tokens,
        &input.tokens,
        &[&args, &input],
    )
    .unwrap();
    assert_eq!(expansion.errors.len(), 1);
    assert!(args.contains(expansion.errors[0].spans[0]));
}

/// The edits keep the token count as they say.
#[test]
fn edits_change_one_token() {
    let tokens: TokenStream = "a (b c) d".parse().unwrap();
    assert_eq!(count_tokens(&tokens), 5);
    assert_eq!(apply_edit(&tokens, &Edit::Delete(2)).to_string(), "a (c) d");
    assert_eq!(
        apply_edit(&tokens, &Edit::Duplicate(4)).to_string(),
        "a (b c) d d"
    );
    assert_eq!(apply_edit(&tokens, &Edit::Swap(2)).to_string(), "a (c b) d");
    assert_eq!(
        apply_edit(&tokens, &Edit::Insert(1, "::")).to_string(),
        "a :: (b c) d"
    );
    assert_eq!(
        apply_edit(&tokens, &Edit::Unwrap(0)).to_string(),
        "a (b c) d"
    );
    assert_eq!(apply_edit(&tokens, &Edit::Unwrap(1)).to_string(), "a b c d");
    assert_eq!(
        apply_edit(&tokens, &Edit::Redelimit(1, 1)).to_string(),
        "a [b c] d"
    );
}

// ---------------------------------------------------------------------------------------
// Bugs found by the properties above, now fixed: each minimal input, with the behaviour
// it has, kept as a regression test.
// ---------------------------------------------------------------------------------------

fn expand_ok(entry: Entry, args: &str, input: &str) -> (Source, Source, Expansion) {
    let args = Source::parse(args).unwrap();
    let input = Source::parse(input).unwrap();
    let expansion = expand_checked(entry, &args.tokens, &input.tokens, &[&args, &input])
        .unwrap_or_else(|e| panic!("{e}"));
    (args, input, expansion)
}

/// `parse/protocol.rs` built the field's name with `syn::Ident::new("r#type", …)`, which
/// panicked. The same panic came from `#[conforms]` on a block, through the callback.
#[test]
fn field_member_with_a_raw_name() {
    let (_, _, expansion) = expand_ok(
        Entry::Protocol,
        "",
        "pub trait Typed { #[field] fn r#type(&self) -> &u8; }",
    );
    assert!(expansion.errors.is_empty());
}

/// What `#[protocol] trait Matcher { fn r#match(&self) -> bool; }` and
/// `#[conforms(Matcher)] struct Duck;` (or `conform!(impl Matcher for Duck)`) hand the
/// adapter callback: `expand/adapter.rs` built `Ident::new("r#match", …)`, which panicked.
#[test]
fn adapter_for_a_method_with_a_raw_name() {
    let (_, _, expansion) = expand_ok(
        Entry::AdapterCallback,
        "",
        "{ { ::protocol } { Matcher } { Duck } { } { } { } impl __ProtocolAdapter for Duck {} } \
         { @protocol_def_v1 trait Matcher { fn r#match(&self) -> bool; } }",
    );
    assert!(expansion.errors.is_empty());
    assert_eq!(
        trait_impls(&parse_file(&expansion.output).unwrap().items).len(),
        1
    );
}

/// What `#[protocol] trait Typed { #[field] fn type_mut(&mut self) -> &mut u8; }` and
/// `#[conforms(Typed)] impl Duck {}` (for `struct Duck { r#type: u8 }`) hand the callback:
/// it read the field as `let Self { type: __protocol_field, .. } = self;`, which does not
/// parse (the field must be written `r#type`). `fn set_type(&mut self, value: u8)` alike.
#[test]
fn field_member_for_a_keyword_field() {
    let (_, _, expansion) = expand_ok(
        Entry::Callback,
        "",
        "{ { ::protocol } { Typed } impl Duck {} } \
         { @protocol_def_v1 trait Typed { #[field] fn type_mut(&mut self) -> &mut u8; } }",
    );
    assert!(expansion.errors.is_empty());
}

/// An intersection's blanket impl covers `&T` already when `&T` has the supertraits; the
/// forwarding impl `forward(&)` asked for conflicted with it (rustc: E0119 at the attribute).
/// Either is fine, not both: an error at the option (as `callback` does), or no impl.
#[test]
fn forwarding_on_an_intersection() {
    let (_, _, expansion) = expand_ok(
        Entry::Protocol,
        "forward(&)",
        "pub trait Pet: Named + Feeds {}",
    );
    let file = parse_file(&expansion.output).unwrap();
    let blanket = file.items.iter().any(|i| {
        matches!(i, syn::Item::Impl(imp)
            if matches!(&*imp.self_ty, syn::Type::Path(p) if p.path.is_ident("__ProtocolSelf")))
    });
    assert!(blanket);
    assert_eq!(forwarding_kinds(&file, "Pet"), Vec::<&str>::new());
}

/// `conform!` handed the protocol's path to its carrier unchecked (`Self! { … }`), where
/// `#[conforms]` rejects a path that cannot name a macro.
#[test]
fn conform_with_a_path_that_cannot_name_a_macro() {
    for input in [
        "impl Self for Duck",
        "impl crate for Duck",
        "impl super for Duck",
    ] {
        let input = Source::parse(input).unwrap();
        let output = Entry::Conform.run(TokenStream::new(), input.tokens.clone());
        Entry::Conform
            .output_parses(&output)
            .unwrap_or_else(|e| panic!("{e}: {output}"));
    }
}

/// `where Self: Sized` written with its full path (as code for `#![no_implicit_prelude]`
/// does) was not recognised: a `self` method with such a default ruled out `&T` (found by the
/// strict fixture, `tests/fixtures/strict/src/options.rs`). Every spelling now keeps the
/// default on pointers; a user's own trait named like it (`my::marker::Sized`) is a bound
/// like `where Self: Clone`: the method is forwarded, through the one kind that can pass
/// `self` on (`Box`), with the bound on the pointee.
#[test]
fn sized_by_its_full_path() {
    for sized in [
        "Sized",
        "::core::marker::Sized",
        "core::marker::Sized",
        "::std::marker::Sized",
    ] {
        let input = format!(
            "pub trait Defaulted {{ fn value(&self) -> u8; fn take(self) -> u8 where Self: {sized} {{ 0 }} }}"
        );
        let (_, _, expansion) = expand_ok(Entry::Protocol, "", &input);
        let file = parse_file(&expansion.output).unwrap();
        assert_eq!(
            forwarding_kinds(&file, "Defaulted"),
            ["&", "&mut", "Box", "Rc", "Arc"],
            "{sized}"
        );
    }
    let input = "pub trait Defaulted { fn value(&self) -> u8; fn take(self) -> u8 where Self: my::marker::Sized { 0 } }";
    let (_, _, expansion) = expand_ok(Entry::Protocol, "", input);
    let file = parse_file(&expansion.output).unwrap();
    assert_eq!(forwarding_kinds(&file, "Defaulted"), ["Box"]);
    assert!(expansion
        .output
        .to_string()
        .contains("T : my :: marker :: Sized"));
}

/// Representative valid inputs: `(entry point, attribute arguments, input)`.
/// The last number: how many errors the expansion reports (the carriers' version-mismatch
/// arms are not errors; the `Source` callback case misses a member and has a near miss).
pub(super) const CORPUS: &[(Entry, &str, &str, usize)] = &[
    (Entry::Conforms, "Named, EatsBread", "pub struct User<'a, T: Clone + ?Sized> where T: Send { name: &'a T }", 0),
    (Entry::Conforms, "Named", "pub enum Bird { Duck, Goose(u8) }", 0),
    (Entry::Conform, "", "impl<T> Len for Vec<T>; impl<K, V, S> Len for std::collections::HashMap<K, V, S> where K: Eq; impl other::Len for pub struct Text(String);", 0),
    (Entry::AdapterCallback, "", "{ { ::protocol } { Named<u8, Item = u32> } { User<T> } { } { name, age } { } impl<T: Clone> __ProtocolAdapter for User<T> where T: Send {} } { @protocol_def_v1 pub trait Named<X> { type Item; #[field] fn name(&self) -> &str; fn greet(&self, x: &str) -> &str; fn new(x: X) -> Self; fn take(self) -> Self::Item; const K: u8 = 1; fn opt(&self) {} } }", 0),
    (Entry::AdapterCallback, "", "{ { ::protocol } { Len } { String } { 0 } { } { } impl __ProtocolAdapter for Text {} } { @protocol_def_v1 pub trait Len { fn len(&self) -> usize; fn push(&mut self, c: char); fn into_bytes(self) -> Vec<u8>; } }", 0),
    (Entry::Protocol, "", "pub trait EatsBread { fn eat_bread(&self) -> String; fn crumbs(&self) -> usize { 0 } }", 0),
    (Entry::Protocol, "", "pub(crate) trait Source<'a, T: Clone + 'a, const N: usize = 4>: Send where T: Default { type Item: Copy; const KIND: &'static str; fn get(&self, x: &'a T) -> [u8; N]; fn make() -> Self where Self: Sized; async fn fetch(&mut self) -> Option<T>; unsafe fn raw(self: Box<Self>); #[cfg(unix)] fn unix(&self); }", 0),
    (Entry::Protocol, "no_implicit_prelude", "trait Pet: Named + Feeds {}", 0),
    (Entry::Protocol, "forward(&mut, Box), crate = ::my::protocol", "pub trait Speaks<'a, T> { fn speak(&self, x: &'a T) -> String; fn bump(&mut self) -> u8 { 0 } #[field] fn name(&self) -> &str; fn echo<U: Clone>(&self, u: U) -> U where Self: Sized { u } }", 0),
    (Entry::Protocol, "callback", "pub trait Handler: Send { fn handle<'a>(&self, event: &'a Event) -> &'a str; fn label(&self) -> String { String::new() } }", 0),
    (Entry::Callback, "", "{ { ::protocol } { Named } impl User {} } { @protocol_def_v1 pub trait Named { #[field] fn name(&self) -> &str; #[field] fn age_mut(&mut self) -> &mut u8; #[field] fn set_age(&mut self, value: u8); } }", 0),
    (Entry::Conforms, "EatsBread, io::Named", "impl Duck { pub fn eat_bread(&self) -> String { String::new() } const KIND: &str = \"duck\"; }", 0),
    (Entry::Conforms, "Source<u32>, Container<Item = Book>, crate = ::my::protocol", "impl<T: Clone> Stack<T> where T: Send { pub const fn len(&self) -> usize { 0 } pub async fn fetch<'a>(&'a self, (a, b): (u8, u8)) -> &'a T { todo() } }", 0),
    (Entry::Callback, "", "{ { ::protocol } { Source } impl<T> Stack<T> { fn get(&self) -> u32 {} fn put(&mut self, item: Vec<T>) {} const KIND: &str = (); fn eat_bred(&self) {} } } { @protocol_def_v1 pub trait Source<T, U = String> { type Item; const KIND: &'static str; fn get(&self) -> T; fn put(&mut self, item: Self::Item); fn eat_bread(&self); fn other(&self) -> U {} } }", 2),
    (Entry::MembersCallback, "", "{ { ::protocol } { Shape } } { @protocol_def_v1 trait Shape { const SIDES: usize; type Unit; fn area(&self) -> f64; #[cfg(unix)] fn unix(&self) {} } }", 0),
    (Entry::MembersRequest, "", "animals::EatsBread, crate = ::protocol", 0),
    (Entry::Assert, "", "Duck: EatsBread, Swims; for<T: Clone> Stack<T>: Len + Source<u32>", 0),
];

/// Each hand-written input of [`CORPUS`] expands with exactly the errors it should have.
#[test]
fn the_corpus_expands_with_the_expected_errors() {
    for (entry, args, input, expected) in CORPUS {
        let (_, _, expansion) = expand_ok(*entry, args, input);
        let messages: Vec<&str> = expansion
            .errors
            .iter()
            .map(|e| e.message.as_str())
            .collect();
        assert_eq!(
            messages.len(),
            *expected,
            "{entry:?} `{input}`: {messages:?}"
        );
    }
}

/// A field declared with a raw name (`r#type2`) supplies the `#[field]` member `type2`:
/// raw and plain identifiers name the same field (found by a 20 000-case soak).
#[test]
fn a_raw_field_name_supplies_its_member() {
    let (_, _, expansion) = expand_ok(
        Entry::AdapterCallback,
        "",
        "{ { ::protocol } { Typed } { Duck } { } { r#type2 } { } impl __ProtocolAdapter for Duck {} } \
         { @protocol_def_v1 trait Typed { #[field] fn type2(&self) -> &u8; } }",
    );
    assert!(expansion.errors.is_empty());
    let output = expansion.output.to_string();
    assert!(
        output.contains("__protocol_field"),
        "read from the field: {output}"
    );
    assert!(
        !output.contains("inherent_type2"),
        "not looked up as a method: {output}"
    );
}
