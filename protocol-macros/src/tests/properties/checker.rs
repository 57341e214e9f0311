//! The checker itself, on known cases.

use super::*;

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
