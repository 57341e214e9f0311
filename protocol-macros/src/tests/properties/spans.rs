//! Inputs parsed from text, so that tokens know where they are; where an error may point (see the module docs).

use super::*;

/// Text parsed into tokens that know where they are.
pub(crate) struct Source {
    pub(crate) text: String,
    pub(crate) tokens: TokenStream,
    /// The parsed string's name, and its first and last token's positions.
    pub(crate) extent: Option<(String, LineColumn, LineColumn)>,
}

impl Source {
    /// `None` when the text does not lex (rustc would never call a macro with it).
    /// The text is put on line 2, so no token is where a call-site span claims to be.
    pub(crate) fn parse(text: &str) -> Option<Self> {
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

    pub(crate) fn empty() -> Self {
        Self {
            text: String::new(),
            tokens: TokenStream::new(),
            extent: None,
        }
    }

    pub(crate) fn contains(&self, span: Span) -> bool {
        self.extent.as_ref().is_some_and(|(file, start, end)| {
            span.file() == *file && *start <= span.start() && span.end() <= *end
        })
    }
}

pub(crate) fn collect_spans(tokens: &TokenStream, out: &mut Vec<Span>) {
    for token in tokens.clone() {
        out.push(token.span());
        if let TokenTree::Group(group) = token {
            out.push(group.span_open());
            out.push(group.span_close());
            collect_spans(&group.stream(), out);
        }
    }
}

pub(crate) fn is_call_site(span: Span) -> bool {
    span.file() == Span::call_site().file()
}

/// One `compile_error! { "message" }` of an expansion.
pub(crate) struct CompileError {
    pub(crate) message: String,
    /// The spans of `compile_error`, `!` and the `{ … }` group.
    pub(crate) spans: [Span; 3],
}

/// The `compile_error!` invocations in `tokens`, but those in the body of a `macro_rules!`
/// (a carrier's answer to a request in an unknown grammar version, not an error now).
pub(crate) fn compile_errors(tokens: &TokenStream, out: &mut Vec<CompileError>) {
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
pub(crate) fn check_error_spans(
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
