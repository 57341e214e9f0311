//! Renders tokens as a Rust programmer writes them (`fn eat_bread(&self) -> String`), for
//! diagnostics and for `members!`. `quote`'s own `to_string` spaces every token.

use proc_macro2::{Delimiter, Spacing, TokenStream, TokenTree};
use quote::ToTokens;

/// What the previous token asks of the next one.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Prev {
    /// Start of the text or of a group: no space.
    Start,
    /// An identifier, literal or closed group.
    Word,
    /// A punctuation that binds to what follows (`&`, `'`, `::`, `<`, `*`, `?`, `!`, `#`, `.`).
    Glue,
    /// A punctuation followed by a space (`,`, `;`, single `:`, `=`, `+`, `->`).
    Spaced,
    /// The first half of a joint punctuation (`-` of `->`, `:` of `::`): no space follows.
    Joint,
}

/// Renders any syntax tree node.
pub(crate) fn render(node: &impl ToTokens) -> String {
    render_tokens(node.to_token_stream())
}

/// Renders a token stream.
pub(crate) fn render_tokens(tokens: TokenStream) -> String {
    let mut out = String::new();
    write_stream(tokens, &mut out);
    out
}

fn write_stream(tokens: TokenStream, out: &mut String) {
    let mut prev = Prev::Start;
    let mut tokens = tokens.into_iter().peekable();
    while let Some(token) = tokens.next() {
        prev = match token {
            TokenTree::Ident(ident) => {
                space_unless(prev, &[Prev::Start, Prev::Glue, Prev::Joint], out);
                out.push_str(&ident.to_string());
                Prev::Word
            }
            TokenTree::Literal(lit) => {
                space_unless(prev, &[Prev::Start, Prev::Glue, Prev::Joint], out);
                out.push_str(&lit.to_string());
                Prev::Word
            }
            TokenTree::Group(group) => {
                let (open, close) = match group.delimiter() {
                    Delimiter::Parenthesis => ("(", ")"),
                    Delimiter::Bracket => ("[", "]"),
                    Delimiter::Brace => ("{ ", " }"),
                    Delimiter::None => ("", ""),
                };
                if group.delimiter() == Delimiter::None {
                    space_unless(prev, &[Prev::Start, Prev::Glue, Prev::Joint], out);
                } else if prev == Prev::Spaced
                    || (prev == Prev::Word && group.delimiter() == Delimiter::Bracket)
                {
                    out.push(' ');
                }
                out.push_str(open);
                let inner = group.stream();
                let empty = inner.is_empty();
                write_stream(inner, out);
                if empty && group.delimiter() == Delimiter::Brace {
                    out.truncate(out.len() - 1);
                    out.push('}');
                } else {
                    out.push_str(close);
                }
                Prev::Word
            }
            TokenTree::Punct(punct) => {
                let ch = punct.as_char();
                let joint = punct.spacing() == Spacing::Joint;
                let next_is_punct = matches!(tokens.peek(), Some(TokenTree::Punct(_)));
                write_punct(ch, joint && next_is_punct, prev, out)
            }
        };
    }
}

fn write_punct(ch: char, joint: bool, prev: Prev, out: &mut String) -> Prev {
    if prev == Prev::Joint {
        // Second half of `->`, `::`, `=>`, `&&` …
        out.push(ch);
        return match ch {
            ':' | '&' | '*' => Prev::Glue,
            _ => Prev::Spaced,
        };
    }
    match ch {
        ':' if joint => {
            // `::` — a leading `::` after a spaced token keeps its space.
            if prev == Prev::Spaced {
                out.push(' ');
            }
            out.push(ch);
            Prev::Joint
        }
        ',' | ';' | ':' => {
            out.push(ch);
            Prev::Spaced
        }
        '<' => {
            if prev == Prev::Spaced {
                out.push(' ');
            }
            out.push(ch);
            Prev::Glue
        }
        '>' => {
            out.push(ch);
            Prev::Word
        }
        '.' => {
            out.push(ch);
            if joint {
                Prev::Joint
            } else {
                Prev::Glue
            }
        }
        '&' | '*' | '\'' | '?' | '!' | '#' | '$' => {
            space_unless(prev, &[Prev::Start, Prev::Glue], out);
            out.push(ch);
            if joint && ch != '\'' {
                Prev::Joint
            } else {
                Prev::Glue
            }
        }
        _ => {
            space_unless(prev, &[Prev::Start], out);
            out.push(ch);
            if joint {
                Prev::Joint
            } else {
                Prev::Spaced
            }
        }
    }
}

fn space_unless(prev: Prev, no_space_after: &[Prev], out: &mut String) {
    if !no_space_after.contains(&prev) {
        out.push(' ');
    }
}

#[cfg(test)]
mod tests {
    use super::render_tokens;
    use quote::quote;

    #[track_caller]
    fn check(tokens: proc_macro2::TokenStream, expected: &str) {
        assert_eq!(render_tokens(tokens), expected);
    }

    #[test]
    fn signatures_render_as_written() {
        check(
            quote!(fn eat_bread(&self) -> String),
            "fn eat_bread(&self) -> String",
        );
        check(quote!(fn set(&mut self, v: u8)), "fn set(&mut self, v: u8)");
        check(
            quote!(fn f<'a, T: Clone + 'a>(&'a self, x: &'a [T; 4]) -> Option<&'a T> where T: Send),
            "fn f<'a, T: Clone + 'a>(&'a self, x: &'a [T; 4]) -> Option<&'a T> where T: Send",
        );
        check(
            quote!(fn into_box(self: Box<Self>) -> Vec<Vec<u8>>),
            "fn into_box(self: Box<Self>) -> Vec<Vec<u8>>",
        );
        check(
            quote!(async unsafe fn g(x: *const u8, y: ::core::option::Option<()>) -> !),
            "async unsafe fn g(x: *const u8, y: ::core::option::Option<()>) -> !",
        );
        check(
            quote!(fn h(f: impl Fn(u8) -> u8, g: &dyn std::any::Any) -> <Self as Iterator>::Item),
            "fn h(f: impl Fn(u8) -> u8, g: &dyn std::any::Any) -> <Self as Iterator>::Item",
        );
        check(quote!(const KIND: &'static str), "const KIND: &'static str");
        check(quote!(type Item: ?Sized + Send), "type Item: ?Sized + Send");
        check(
            quote!(fn k(x: (u8, u16), y: fn(u8) -> ()) -> Foo<{ N + 1 }>),
            "fn k(x: (u8, u16), y: fn(u8) -> ()) -> Foo<{ N + 1 }>",
        );
        check(quote!(fn m(&&self)), "fn m(&&self)");
    }
}
