//! Properties of every entry point on valid, mangled and random input: the macros never
//! panic, every error points inside the user's input, and an attribute macro's output
//! still holds the user's item. Case counts follow `PROPTEST_CASES` (CI sets 128;
//! `PROPTEST_CASES=100000 cargo test -p protocol-macros robustness` is a long soak).

use crate::expand;
use proc_macro2::{TokenStream, TokenTree};
use proptest::prelude::*;
use std::ops::Range;

/// Representative valid inputs: `(entry point, attribute arguments, input)`.
/// The last number: how many `compile_error!`s the expansion holds (every carrier has one in
/// its version-mismatch arm; the first callback case misses a member and has a near miss).
const CORPUS: &[(Entry, &str, &str, usize)] = &[
    (Entry::Conforms, "Named, EatsBread", "pub struct User<'a, T: Clone + ?Sized> where T: Send { name: &'a T }", 0),
    (Entry::Conforms, "Named", "pub enum Bird { Duck, Goose(u8) }", 0),
    (Entry::Conform, "", "impl<T> Len for Vec<T>; impl<K, V, S> Len for std::collections::HashMap<K, V, S> where K: Eq; impl other::Len for pub struct Text(String);", 0),
    (Entry::Adapter, "", "{ { ::protocol } { Named<u8, Item = u32> } { User<T> } { } { name, age } impl<T: Clone> __ProtocolAdapter for User<T> where T: Send {} } { @protocol_def_v1 pub trait Named<X> { type Item; #[field] fn name(&self) -> &str; fn greet(&self, x: &str) -> &str; fn new(x: X) -> Self; fn take(self) -> Self::Item; const K: u8 = 1; fn opt(&self) {} } }", 0),
    (Entry::Adapter, "", "{ { ::protocol } { Len } { String } { 0 } { } impl __ProtocolAdapter for Text {} } { @protocol_def_v1 pub trait Len { fn len(&self) -> usize; fn push(&mut self, c: char); fn into_bytes(self) -> Vec<u8>; } }", 0),
    (Entry::Protocol, "", "pub trait EatsBread { fn eat_bread(&self) -> String; fn crumbs(&self) -> usize { 0 } }", 1),
    (Entry::Protocol, "", "pub(crate) trait Source<'a, T: Clone + 'a, const N: usize = 4>: Send where T: Default { type Item: Copy; const KIND: &'static str; fn get(&self, x: &'a T) -> [u8; N]; fn make() -> Self where Self: Sized; async fn fetch(&mut self) -> Option<T>; unsafe fn raw(self: Box<Self>); #[cfg(unix)] fn unix(&self); }", 1),
    (Entry::Protocol, "no_implicit_prelude", "trait Pet: Named + Feeds {}", 1),
    (Entry::Protocol, "forward(&mut, Box), crate = ::my::protocol", "pub trait Speaks<'a, T> { fn speak(&self, x: &'a T) -> String; fn bump(&mut self) -> u8 { 0 } #[field] fn name(&self) -> &str; fn echo<U: Clone>(&self, u: U) -> U where Self: Sized { u } }", 1),
    (Entry::Protocol, "callback", "pub trait Handler: Send { fn handle<'a>(&self, event: &'a Event) -> &'a str; fn label(&self) -> String { String::new() } }", 1),
    (Entry::Callback, "", "{ { ::protocol } { Named } impl User {} } { @protocol_def_v1 pub trait Named { #[field] fn name(&self) -> &str; #[field] fn age_mut(&mut self) -> &mut u8; #[field] fn set_age(&mut self, value: u8); } }", 0),
    (Entry::Conforms, "EatsBread, io::Named", "impl Duck { pub fn eat_bread(&self) -> String { String::new() } const KIND: &str = \"duck\"; }", 0),
    (Entry::Conforms, "Source<u32>, Container<Item = Book>, crate = ::my::protocol", "impl<T: Clone> Stack<T> where T: Send { pub const fn len(&self) -> usize { 0 } pub async fn fetch<'a>(&'a self, (a, b): (u8, u8)) -> &'a T { todo() } }", 0),
    (Entry::Callback, "", "{ { ::protocol } { Source } impl<T> Stack<T> { fn get(&self) -> u32 {} fn put(&mut self, item: Vec<T>) {} const KIND: &str = (); fn eat_bred(&self) {} } } { @protocol_def_v1 pub trait Source<T, U = String> { type Item; const KIND: &'static str; fn get(&self) -> T; fn put(&mut self, item: Self::Item); fn eat_bread(&self); fn other(&self) -> U {} } }", 2),
    (Entry::Members, "", "{ { ::protocol } { Shape } } { @protocol_def_v1 trait Shape { const SIDES: usize; type Unit; fn area(&self) -> f64; #[cfg(unix)] fn unix(&self) {} } }", 0),
    (Entry::MembersRequest, "", "animals::EatsBread, crate = ::protocol", 0),
    (Entry::Assert, "", "Duck: EatsBread, Swims; for<T: Clone> Stack<T>: Len + Source<u32>", 0),
];

#[derive(Clone, Copy, Debug)]
enum Entry {
    Protocol,
    Conforms,
    Callback,
    Members,
    MembersRequest,
    Assert,
    Conform,
    Adapter,
}

impl Entry {
    fn run(self, args: TokenStream, input: TokenStream) -> TokenStream {
        match self {
            Self::Protocol => expand::protocol::expand(args, input, "salt"),
            Self::Conforms => expand::conforms::expand(args, input),
            Self::Callback => expand::conformance::expand(input),
            Self::Members => expand::members::expand(input),
            Self::MembersRequest => expand::members::request(input),
            Self::Assert => expand::assert::expand(input),
            Self::Conform => expand::conform::expand(input),
            Self::Adapter => expand::adapter::callback(input),
        }
    }

    fn is_attribute(self) -> bool {
        matches!(self, Self::Protocol | Self::Conforms)
    }
}

/// Where a span is in the thread's source map. `byte_range` is relative to the span's own
/// string; the `Debug` form, `bytes(lo..hi)`, is absolute, which tells inputs and the call
/// site (`bytes(0..0)`) apart.
fn absolute(span: proc_macro2::Span) -> Range<usize> {
    let text = format!("{span:?}");
    let inner = text.trim_start_matches("bytes(").trim_end_matches(')');
    let mut ends = inner.split("..").map(|n| n.parse::<usize>().unwrap_or(0));
    let start = ends.next().unwrap_or(0);
    start..ends.next().unwrap_or(start)
}

/// The byte range a token stream covers (parsed from a string, so it has one).
fn range(tokens: &TokenStream) -> Option<Range<usize>> {
    let mut all = Vec::new();
    collect_spans(tokens.clone(), &mut all);
    let start = all.iter().map(|r| r.start).min()?;
    let end = all.iter().map(|r| r.end).max()?;
    Some(start..end)
}

fn collect_spans(tokens: TokenStream, out: &mut Vec<Range<usize>>) {
    for token in tokens {
        out.push(absolute(token.span()));
        if let TokenTree::Group(group) = token {
            out.push(absolute(group.span_open()));
            out.push(absolute(group.span_close()));
            collect_spans(group.stream(), out);
        }
    }
}

/// The spans of the `compile_error` invocations in `output`, but those in the body of a
/// `macro_rules!` (the carrier's answer to a request in another grammar version).
fn error_spans(output: &TokenStream, out: &mut Vec<Range<usize>>) {
    let mut tokens = output.clone().into_iter();
    while let Some(token) = tokens.next() {
        match token {
            TokenTree::Ident(ident) if ident == "macro_rules" => {
                tokens.nth(2); // `!`, the name, the body
            }
            TokenTree::Ident(ident) if ident == "compile_error" => out.push(absolute(ident.span())),
            TokenTree::Group(group) => error_spans(&group.stream(), out),
            _ => {}
        }
    }
}

/// Runs one case and checks the properties; `Err` describes a violation.
fn check(entry: Entry, args: &str, input: &str) -> Result<(), String> {
    // Tokens parsed from the first string of a thread start at byte 0, where call-site spans
    // also are: parse a throwaway first, so a call-site span is never inside an input.
    let _ = "padding".parse::<TokenStream>();
    let (Ok(args), Ok(input)) = (args.parse::<TokenStream>(), input.parse::<TokenStream>()) else {
        return Ok(()); // not lexable: rustc would never call the macro
    };
    let output = std::panic::catch_unwind(|| entry.run(args.clone(), input.clone()))
        .map_err(|_| format!("{entry:?} panicked on args `{args}` input `{input}`"))?;
    let mut errors = Vec::new();
    error_spans(&output, &mut errors);
    let inside: Vec<Range<usize>> = [range(&args), range(&input)]
        .into_iter()
        .flatten()
        .collect();
    for error in &errors {
        let call_site = error.start == 0 && error.end == 0;
        let within = !call_site
            && inside
                .iter()
                .any(|r| r.start <= error.start && error.end <= r.end);
        // Errors without a token to point at: `#[conforms]` with no arguments, and a
        // function-like macro called with nothing.
        let nothing_to_point_at = match entry {
            Entry::Conforms => args.is_empty(),
            _ => input.is_empty(),
        };
        let allowed_call_site = call_site && nothing_to_point_at;
        if !within && !allowed_call_site {
            return Err(format!(
                "{entry:?}: error at {error:?}, outside the input {inside:?}: `{output}`"
            ));
        }
    }
    if let (true, Ok(item)) = (
        entry.is_attribute(),
        syn::parse2::<syn::Item>(input.clone()),
    ) {
        let file = syn::parse2::<syn::File>(output.clone())
            .map_err(|e| format!("{entry:?}: output does not parse ({e}): `{output}`"))?;
        // The user's item, as syn prints it, is among the output's items (the macros may
        // add attributes to it and drop associated types from an impl block).
        let wanted = item_head_text(&item);
        if !file.items.iter().any(|i| item_head_text(i) == wanted) {
            return Err(format!(
                "{entry:?}: the user's item is not re-emitted: `{output}`"
            ));
        }
    }
    Ok(())
}

/// An item's kind, name and signature-level text, without attributes or body items: what
/// must survive expansion unchanged.
fn item_head_text(item: &syn::Item) -> String {
    let mut item = item.clone();
    match &mut item {
        syn::Item::Trait(t) => {
            t.attrs.clear();
            t.items.clear();
        }
        syn::Item::Impl(i) => {
            i.attrs.clear();
            i.items.clear();
        }
        syn::Item::Struct(s) => s.attrs.clear(),
        syn::Item::Enum(e) => e.attrs.clear(),
        syn::Item::Fn(f) => f.attrs.clear(),
        _ => {}
    }
    quote::ToTokens::to_token_stream(&item).to_string()
}

/// The input split into token texts, for mangling.
fn pieces(source: &str) -> Vec<String> {
    source
        .parse::<TokenStream>()
        .map(|t| t.to_string())
        .unwrap_or_default()
        .split(' ')
        .filter(|p| !p.is_empty())
        .map(str::to_owned)
        .collect()
}

#[derive(Clone, Debug)]
enum Edit {
    Delete(usize),
    Duplicate(usize),
    Swap(usize),
    Insert(usize, &'static str),
}

fn edit() -> impl Strategy<Value = Edit> {
    let palette = prop::sample::select(vec![
        "fn", "impl", "trait", "self", "Self", "&", "'a", "<", ">", "::", ",", ";", ":", "=", "->",
        "(", ")", "{", "}", "[", "]", "#", "!", "async", "unsafe", "const", "type", "dyn", "_",
        "1", "\"s\"", "@", "$", "for", "where", "?",
    ]);
    prop_oneof![
        any::<usize>().prop_map(Edit::Delete),
        any::<usize>().prop_map(Edit::Duplicate),
        any::<usize>().prop_map(Edit::Swap),
        (any::<usize>(), palette).prop_map(|(i, p)| Edit::Insert(i, p)),
    ]
}

fn apply(mut pieces: Vec<String>, edits: &[Edit]) -> String {
    for edit in edits {
        if pieces.is_empty() {
            break;
        }
        let n = pieces.len();
        match *edit {
            Edit::Delete(i) => {
                pieces.remove(i % n);
            }
            Edit::Duplicate(i) => {
                let piece = pieces[i % n].clone();
                pieces.insert(i % n, piece);
            }
            Edit::Swap(i) => pieces.swap(i % n, (i + 1) % n),
            Edit::Insert(i, piece) => pieces.insert(i % (n + 1), piece.to_owned()),
        }
    }
    pieces.join(" ")
}

#[test]
fn the_corpus_expands_without_errors() {
    for (entry, args, input, expected_errors) in CORPUS {
        check(*entry, args, input).unwrap();
        let output = entry
            .run(args.parse().unwrap(), input.parse().unwrap())
            .to_string();
        assert_eq!(
            output.matches("compile_error").count(),
            *expected_errors,
            "{entry:?} {input}: {output}"
        );
    }
}

proptest! {
    #[test]
    fn mangled_input_never_panics_and_errors_point_inside(
        case in 0..CORPUS.len(),
        edits in prop::collection::vec(edit(), 1..4),
        mangle_args in any::<bool>(),
    ) {
        let (entry, args, input, _) = CORPUS[case];
        let (args, input) = if mangle_args && !args.is_empty() {
            (apply(pieces(args), &edits), input.to_owned())
        } else {
            (args.to_owned(), apply(pieces(input), &edits))
        };
        if let Err(violation) = check(entry, &args, &input) {
            return Err(TestCaseError::fail(violation));
        }
    }

    #[test]
    fn random_token_soup_never_panics(
        case in 0..CORPUS.len(),
        soup in prop::collection::vec(edit(), 0..40),
    ) {
        let (entry, _, _, _) = CORPUS[case];
        let input = apply(vec!["x".to_owned()], &soup);
        if let Err(violation) = check(entry, "", &input) {
            return Err(TestCaseError::fail(violation));
        }
        if let Err(violation) = check(entry, &input, "impl X {}") {
            return Err(TestCaseError::fail(violation));
        }
    }
}
