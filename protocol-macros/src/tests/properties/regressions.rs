//! Bugs found by the properties, now fixed: each minimal input, with the behaviour it has, kept as a regression test.

use super::*;

pub(crate) fn expand_ok(entry: Entry, args: &str, input: &str) -> (Source, Source, Expansion) {
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
pub(crate) const CORPUS: &[(Entry, &str, &str, usize)] = &[
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
