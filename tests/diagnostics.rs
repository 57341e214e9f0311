//! What users read when they make a mistake, held to account: over every UI fail case
//! (`tests/ui/<topic>/fail_*.rs`, which states its mistakes on its first line, `// mistakes:
//! N`, with rustc's real output in the `.stderr` beside it), at most 1.1 errors per mistake,
//! and no generated name in any message — but in the cases listed below, each with why.
//! `scripts/diagnostics-report` prints the same figures case by case.

use std::path::{Path, PathBuf};

/// Names of generated items and private paths no message should show.
const INTERNAL: &[&str] = &[
    "__protocol",
    "__Protocol",
    "__private",
    "Pick<",
    "{closure#",
    "any_object",
    "Decoys",
    "::check::",
    "protocol-core/src",
    "protocol-macros/src",
];

/// Cases that still show an internal name, and why.
const KNOWN: &[(&str, &str)] = &[(
    "runtime/fail_not_checkable",
    "rustc's note on `cast`'s bound (\"required by a bound in `protocol::cast`\") shows \
         protocol-core's source, as it does for any library function's bound",
)];

fn cases() -> Vec<PathBuf> {
    let ui = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/ui");
    let mut out = Vec::new();
    for topic in std::fs::read_dir(&ui).expect("tests/ui") {
        let topic = topic.expect("a topic").path();
        if !topic.is_dir() {
            continue;
        }
        for case in std::fs::read_dir(&topic).expect("a topic's cases") {
            let case = case.expect("a case").path();
            let name = case
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or_default();
            let is_rust = case.extension().is_some_and(|e| e == "rs");
            if name.starts_with("fail_") && is_rust {
                out.push(case);
            }
        }
    }
    out.sort();
    out
}

/// `adapter/fail_struct` for `…/tests/ui/adapter/fail_struct.rs`.
fn short(case: &Path) -> String {
    let topic = case
        .parent()
        .and_then(Path::file_name)
        .and_then(|n| n.to_str())
        .unwrap_or_default();
    let stem = case
        .file_stem()
        .and_then(|n| n.to_str())
        .unwrap_or_default();
    format!("{topic}/{stem}")
}

#[test]
fn errors_per_mistake_and_internal_names() {
    let (mut mistakes, mut errors) = (0_usize, 0_usize);
    let mut leaking = Vec::new();
    for case in cases() {
        let source = std::fs::read_to_string(&case).expect("the case");
        let stated = source
            .lines()
            .next()
            .and_then(|l| l.strip_prefix("// mistakes: "))
            .and_then(|n| n.trim().parse::<usize>().ok())
            .unwrap_or_else(|| {
                panic!(
                    "{}: the first line must be `// mistakes: N`",
                    case.display()
                )
            });
        assert!(stated >= 1, "{}: at least one mistake", case.display());
        let stderr = std::fs::read_to_string(case.with_extension("stderr"))
            .unwrap_or_else(|e| panic!("{}: {e}", case.display()));
        let found = stderr
            .lines()
            .filter(|l| l.starts_with("error:") || l.starts_with("error["))
            .count();
        assert!(
            found >= 1,
            "{}: a fail case without an error",
            case.display()
        );
        mistakes += stated;
        errors += found;
        let name = short(&case);
        let shown: Vec<&str> = INTERNAL
            .iter()
            .copied()
            .filter(|internal| stderr.contains(internal))
            .collect();
        if !shown.is_empty() && !KNOWN.iter().any(|(known, _)| *known == name) {
            leaking.push(format!("{name}: {shown:?}"));
        }
    }
    assert!(mistakes > 100, "only {mistakes} mistakes found");
    // Integer arithmetic: errors / mistakes ≤ 1.1.
    assert!(
        errors * 10 <= mistakes * 11,
        "{errors} errors for {mistakes} mistakes: more than 1.1 per mistake"
    );
    assert!(
        leaking.is_empty(),
        "generated names in what users read:\n{}",
        leaking.join("\n")
    );
}

/// A case that no longer shows an internal name leaves the list.
#[test]
fn the_known_cases_still_need_their_place() {
    for (name, why) in KNOWN {
        let stderr = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/ui")
            .join(format!("{name}.stderr"));
        let text = std::fs::read_to_string(&stderr).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert!(
            INTERNAL.iter().any(|internal| text.contains(internal)),
            "{name} shows no internal name any more ({why}): remove it from KNOWN"
        );
    }
}
