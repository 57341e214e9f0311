//! Random token edits of valid input, and random token soup.

use super::*;

/// Tokens an edit may insert (parsed as they are; `'a` and `::` are two tokens).
pub(crate) const PALETTE: &[&str] = &[
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
pub(crate) enum Edit {
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

pub(crate) fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        3 => any::<usize>().prop_map(Edit::Delete),
        2 => any::<usize>().prop_map(Edit::Duplicate),
        2 => any::<usize>().prop_map(Edit::Swap),
        3 => (any::<usize>(), prop::sample::select(PALETTE)).prop_map(|(i, p)| Edit::Insert(i, p)),
        1 => any::<usize>().prop_map(Edit::Unwrap),
        1 => (any::<usize>(), 0..3u8).prop_map(|(i, d)| Edit::Redelimit(i, d)),
    ]
}

pub(crate) fn count_tokens(tokens: &TokenStream) -> usize {
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
pub(crate) fn apply_edit(tokens: &TokenStream, edit: &Edit) -> TokenStream {
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

pub(crate) fn rewrite(
    tokens: &TokenStream,
    target: &mut Option<usize>,
    edit: &Edit,
) -> TokenStream {
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

pub(crate) fn edit_at(trees: &mut Vec<TokenTree>, i: usize, edit: &Edit) {
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
pub(crate) fn mangle(text: &str, edits: &[Edit]) -> String {
    let mut tokens: TokenStream = text.parse().unwrap_or_default();
    for edit in edits {
        tokens = apply_edit(&tokens, edit);
    }
    tokens.to_string()
}

/// Random tokens, balanced into groups.
pub(crate) fn soup() -> impl Strategy<Value = String> {
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
