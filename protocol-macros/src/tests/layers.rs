//! The crate's layers, written once, and a test that holds the code to them: a module may
//! take names from its own layer and the ones below, never from one above, and no two files
//! may import each other, directly or around a circle. And no source file, tests included,
//! longer than [`MAX_LINES`].
//!
//! Imports are read from the source text: `crate::a::b` paths (in `use` lists too), `super::`
//! paths, and uses of a module brought in by `use` (`use crate::parse;` then
//! `parse::protocol::x`). Test code (`src/tests/`, `tests.rs` files, `#[cfg(test)]` modules)
//! is left out.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// From the bottom up; a module's layer is that of its first path segment, `lib.rs` (the
/// entry points) is the crate root above them all.
const LAYERS: &[(&str, &[&str])] = &[
    ("plain data and the error sink", &["errors", "model"]),
    ("the carrier's grammar, read and written", &["wire"]),
    ("syn → model", &["parse"]),
    ("model → errors", &["check"]),
    ("model → tokens", &["expand"]),
    ("the entry points", &[""]),
];

/// A file one can hold in one's head.
const MAX_LINES: usize = 600;

/// The crate root's modules.
const TOP: &[&str] = &["errors", "model", "wire", "parse", "check", "expand"];

fn layer(module: &str) -> usize {
    let first = module.split("::").next().unwrap_or_default();
    LAYERS
        .iter()
        .position(|(_, modules)| modules.contains(&first))
        .unwrap_or_else(|| panic!("module `{module}` is in no layer of `LAYERS`"))
}

/// Every `.rs` file under `src/` but the expansion snapshots, relative to `src/`, with its
/// text.
fn source_files() -> Vec<(std::path::PathBuf, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut found = Vec::new();
    let mut stack = vec![root.clone()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).expect("src is readable") {
            let path = entry.expect("a directory entry").path();
            if path.is_dir() {
                if !path.ends_with("snapshots") {
                    stack.push(path);
                }
            } else if path.extension().is_some_and(|e| e == "rs") {
                let source = std::fs::read_to_string(&path).expect("a source file");
                let relative = path.strip_prefix(&root).expect("under src").to_path_buf();
                found.push((relative, source));
            }
        }
    }
    found
}

/// Every source file of the crate but test code, by module path (`expand::adapter`).
fn modules() -> BTreeMap<String, String> {
    source_files()
        .into_iter()
        .filter(|(path, _)| !path.starts_with("tests") && !path.ends_with("tests.rs"))
        .map(|(path, source)| (module_path(&path), without_tests(&source)))
        .collect()
}

fn module_path(relative: &Path) -> String {
    let mut segments: Vec<String> = relative
        .iter()
        .map(|s| s.to_string_lossy().trim_end_matches(".rs").to_owned())
        .collect();
    if matches!(segments.last().map(String::as_str), Some("mod" | "lib")) {
        segments.pop();
    }
    segments.join("::")
}

/// The source without comments and without `#[cfg(test)]` modules.
fn without_tests(source: &str) -> String {
    let mut kept = String::new();
    let mut lines = source.lines().peekable();
    while let Some(line) = lines.next() {
        let trimmed = line.trim_start();
        if trimmed == "#[cfg(test)]"
            && lines
                .peek()
                .is_some_and(|next| next.trim_start().starts_with("mod ") && next.ends_with('{'))
        {
            break; // test modules come last in this crate's files
        }
        if !trimmed.starts_with("//") {
            kept.push_str(line);
            kept.push('\n');
        }
    }
    without_generated(&kept)
}

/// The source without the bodies of `quote!`-like macros: the code they write names the
/// user's crate and the hidden modules it generates, not this crate's modules.
fn without_generated(source: &str) -> String {
    let mut out = String::new();
    let mut rest = source;
    while let Some(at) = rest.find("quote") {
        let after = &rest[at..];
        let bang = after.find('!').filter(|&b| {
            after[..b].bytes().all(is_ident_byte)
                && after[b + 1..].trim_start().starts_with(['{', '(', '['])
        });
        let Some(bang) = bang else {
            out.push_str(&rest[..at + 5]);
            rest = &rest[at + 5..];
            continue;
        };
        out.push_str(&rest[..=at + bang]);
        let body = &rest[at + bang + 1..];
        let open = body.find(['{', '(', '[']).unwrap_or(0);
        let mut depth = 0usize;
        let mut end = body.len();
        for (i, c) in body.char_indices().skip(open) {
            match c {
                '{' | '(' | '[' => depth += 1,
                '}' | ')' | ']' => {
                    depth -= 1;
                    if depth == 0 {
                        end = i + 1;
                        break;
                    }
                }
                _ => {}
            }
        }
        out.push_str("{}");
        rest = &body[end..];
    }
    out.push_str(rest);
    out
}

/// The paths a file names, as module-path segment lists, with `crate`/`super` resolved.
fn paths(module: &str, source: &str) -> Vec<Vec<String>> {
    let own: Vec<String> = module
        .split("::")
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect();
    let mut found = Vec::new();
    let bytes = source.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let start_of_word = i == 0 || !is_ident_byte(bytes[i - 1]) && bytes[i - 1] != b':';
        if start_of_word && is_ident_byte(bytes[i]) {
            let (path, end) = read_path(source, i);
            let names_more = path.len() > 1 || source[end..].starts_with("::{");
            match path.first().map(String::as_str) {
                _ if !names_more => {} // `pub(crate)`, `super` alone
                Some("crate") => found.extend(expand_groups(Vec::new(), &path[1..], source, end)),
                Some("super") => {
                    let mut base = own.clone();
                    let mut rest = &path[..];
                    while rest.first().is_some_and(|s| s == "super") {
                        base.pop();
                        rest = &rest[1..];
                    }
                    found.extend(expand_groups(base, rest, source, end));
                }
                // In the crate root, `expand::protocol::expand` names a module of the crate.
                Some(first) if own.is_empty() && path.len() > 1 && TOP.contains(&first) => {
                    found.extend(expand_groups(Vec::new(), &path, source, end));
                }
                _ => {}
            }
            i = end.max(i + 1);
        } else {
            i += 1;
        }
    }
    found
}

/// `a::b::{c, d::e}`: the paths after `crate::a::b::`, one per name in the braces.
fn expand_groups(base: Vec<String>, rest: &[String], source: &str, end: usize) -> Vec<Vec<String>> {
    let mut prefix = base;
    prefix.extend(rest.iter().cloned());
    let tail = &source[end..];
    if !tail.starts_with("::{") {
        return vec![prefix];
    }
    let mut depth = 0;
    let mut close = 0;
    for (at, c) in tail.char_indices().skip(2) {
        match c {
            '{' => depth += 1,
            '}' => {
                depth -= 1;
                if depth == 0 {
                    close = at;
                    break;
                }
            }
            _ => {}
        }
    }
    let inner = &tail[3..close];
    let mut out = Vec::new();
    for item in split_top(inner) {
        let item = item.trim();
        if item.is_empty() || item == "self" {
            out.push(prefix.clone());
            continue;
        }
        let (path, end) = read_path(item, 0);
        out.extend(expand_groups(prefix.clone(), &path, item, end));
    }
    out
}

fn split_top(list: &str) -> Vec<&str> {
    let (mut depth, mut start, mut out) = (0, 0, Vec::new());
    for (at, c) in list.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                out.push(&list[start..at]);
                start = at + 1;
            }
            _ => {}
        }
    }
    out.push(&list[start..]);
    out
}

fn is_ident_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// `a::b::c` from `at`, and where it ends.
fn read_path(source: &str, at: usize) -> (Vec<String>, usize) {
    let bytes = source.as_bytes();
    let (mut segments, mut i) = (Vec::new(), at);
    loop {
        let start = i;
        while i < bytes.len() && is_ident_byte(bytes[i]) {
            i += 1;
        }
        if i == start {
            break;
        }
        segments.push(source[start..i].to_owned());
        if source[i..].starts_with("::") && bytes.get(i + 2).copied().is_some_and(is_ident_byte) {
            i += 2;
        } else {
            break;
        }
    }
    (segments, i)
}

/// The file a path lands in: the longest prefix of it that is a module.
fn target<'a>(path: &[String], modules: &'a BTreeMap<String, String>) -> Option<&'a str> {
    (0..=path.len()).rev().find_map(|n| {
        let key = path[..n].join("::");
        modules.get_key_value(&key).map(|(k, _)| k.as_str())
    })
}

/// Which module each file takes names from.
fn imports(modules: &BTreeMap<String, String>) -> BTreeMap<&str, BTreeSet<&str>> {
    let mut graph = BTreeMap::new();
    for (module, source) in modules {
        let mut edges = BTreeSet::new();
        let mut aliases: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for path in paths(module, source) {
            if let Some(file) = target(&path, modules) {
                // `use crate::parse;`: later `parse::protocol::x` lands deeper.
                if file.split("::").count() == path.len() {
                    if let Some(last) = path.last() {
                        aliases.insert(last.clone(), path.clone());
                    }
                }
                if file != module {
                    edges.insert(file);
                }
            }
        }
        for (alias, full) in &aliases {
            let mut at = 0;
            while let Some(found) = source[at..].find(alias.as_str()) {
                let start = at + found;
                at = start + alias.len();
                let before = source[..start].bytes().last();
                if before.is_some_and(|b| is_ident_byte(b) || b == b':') {
                    continue;
                }
                let (path, _) = read_path(source, start);
                if path.len() > 1 && &path[0] == alias {
                    let mut resolved = full.clone();
                    resolved.extend(path[1..].iter().cloned());
                    if let Some(file) = target(&resolved, modules) {
                        if file != module {
                            edges.insert(file);
                        }
                    }
                }
            }
        }
        graph.insert(module.as_str(), edges);
    }
    graph
}

fn circles<'a>(graph: &BTreeMap<&'a str, BTreeSet<&'a str>>) -> Vec<Vec<&'a str>> {
    // Tarjan's strongly connected components.
    struct State<'a> {
        index: BTreeMap<&'a str, usize>,
        low: BTreeMap<&'a str, usize>,
        stack: Vec<&'a str>,
        on_stack: BTreeSet<&'a str>,
        found: Vec<Vec<&'a str>>,
    }
    fn visit<'a>(node: &'a str, graph: &BTreeMap<&'a str, BTreeSet<&'a str>>, s: &mut State<'a>) {
        let n = s.index.len();
        s.index.insert(node, n);
        s.low.insert(node, n);
        s.stack.push(node);
        s.on_stack.insert(node);
        for &next in graph.get(node).into_iter().flatten() {
            if !s.index.contains_key(next) {
                visit(next, graph, s);
                let low = s.low[node].min(s.low[next]);
                s.low.insert(node, low);
            } else if s.on_stack.contains(next) {
                let low = s.low[node].min(s.index[next]);
                s.low.insert(node, low);
            }
        }
        if s.low[node] == s.index[node] {
            let mut component = Vec::new();
            while let Some(top) = s.stack.pop() {
                s.on_stack.remove(top);
                component.push(top);
                if top == node {
                    break;
                }
            }
            if component.len() > 1 {
                component.sort_unstable();
                s.found.push(component);
            }
        }
    }
    let mut state = State {
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        on_stack: BTreeSet::new(),
        found: Vec::new(),
    };
    for &node in graph.keys() {
        if !state.index.contains_key(node) {
            visit(node, graph, &mut state);
        }
    }
    state.found
}

#[test]
fn no_module_imports_from_a_layer_above_it() {
    let modules = modules();
    let graph = imports(&modules);
    let mut wrong = Vec::new();
    for (module, edges) in &graph {
        for to in edges {
            if layer(to) > layer(module) {
                wrong.push(format!(
                    "`{module}` ({}) takes names from `{to}` ({})",
                    LAYERS[layer(module)].0,
                    LAYERS[layer(to)].0
                ));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "imports against the layers:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn no_two_modules_import_each_other() {
    let modules = modules();
    let found = circles(&imports(&modules));
    assert!(
        found.is_empty(),
        "modules importing each other (around a circle):\n{}",
        found
            .iter()
            .map(|c| c.join(", "))
            .collect::<Vec<_>>()
            .join("\n")
    );
}

#[test]
fn the_reader_sees_what_files_import() {
    let modules = modules();
    let graph = imports(&modules);
    // Spot checks of each way of naming a module, so that the tests above cannot pass by
    // reading nothing.
    let holds = |from: &str, to: &str| graph.get(from).is_some_and(|edges| edges.contains(to));
    assert!(
        modules.contains_key("expand::adapter"),
        "{:?}",
        modules.keys()
    );
    assert!(
        holds("expand::adapter::newtype", "expand::adapter"),
        "super:: paths"
    );
    assert!(holds("expand::conformance", "check::infer"), "use lists");
    assert!(
        holds("expand::protocol", "parse::protocol"),
        "a module brought in by `use`"
    );
    assert!(holds("", "expand::protocol"), "the entry points");
}

#[test]
fn no_file_is_longer_than_a_reader_can_hold() {
    let long: Vec<String> = source_files()
        .into_iter()
        .filter_map(|(path, source)| {
            let lines = source.lines().count();
            (lines > MAX_LINES).then(|| format!("{} ({lines} lines)", path.display()))
        })
        .collect();
    assert!(
        long.is_empty(),
        "files over {MAX_LINES} lines:\n{}",
        long.join("\n")
    );
}
