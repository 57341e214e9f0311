//! Token texts, compared whatever the spacing.

use super::*;

/// The texts of all tokens, groups' delimiters included, depth first.
pub(crate) fn flat_texts(tokens: &TokenStream) -> Vec<String> {
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

pub(crate) fn is_subsequence(wanted: &[String], found: &[String]) -> bool {
    let mut found = found.iter();
    wanted.iter().all(|w| found.any(|f| f == w))
}

/// The tokens without `# [field]`.
pub(crate) fn strip_field_markers(tokens: &TokenStream) -> TokenStream {
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

pub(crate) fn trait_item_name(item: &syn::TraitItem) -> Option<String> {
    match item {
        syn::TraitItem::Fn(f) => Some(f.sig.ident.to_string()),
        syn::TraitItem::Const(c) => Some(c.ident.to_string()),
        syn::TraitItem::Type(t) => Some(t.ident.to_string()),
        _ => None,
    }
}

/// The names `members!` lists: the first argument of each `Member::__new(…)`.
pub(crate) fn member_entries(tokens: &TokenStream) -> Vec<String> {
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
