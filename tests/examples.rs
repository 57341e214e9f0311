//! Every example runs and prints its expected first line, so examples cannot rot; and every
//! file in `examples/` is listed here and in `examples/README.md`, so none is forgotten.
//!
//! `cargo test` builds the examples before it runs the tests; this test runs those binaries,
//! found next to its own executable (`target/<profile>/deps/examples-<hash>` →
//! `target/<profile>/examples/<name>`).

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Each example, and the first line it prints.
const EXAMPLES: &[(&str, &str)] = &[
    ("quickstart", "Donald the duck gobbles the bread (0 crumbs)"),
    ("std_len", "String     len  8  non-empty"),
    ("open", "Donald the duck gobbles the bread"),
    (
        "delegation",
        "legend of an enum that conforms via its variants:",
    ),
    ("events", "order 3:"),
    ("pond", "pond of 6 things"),
    ("plugins", "built-in formats: csv, json"),
    (
        "fields",
        "data members: a struct field supplies a #[field] member",
    ),
    (
        "errors",
        "compile errors, by mistake (`-- N` shows one in full, `-- --all` every one):",
    ),
];

/// The repository root.
fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The built example `name`, next to this test's executable.
fn binary(name: &str) -> PathBuf {
    let test_exe = std::env::current_exe().expect("the test's own path");
    let profile_dir = test_exe
        .parent()
        .and_then(Path::parent)
        .expect("the test runs from target/<profile>/deps");
    let path = profile_dir
        .join("examples")
        .join(format!("{name}{}", std::env::consts::EXE_SUFFIX));
    assert!(
        path.exists(),
        "example `{name}` is not built at {}: run `cargo test` (which builds the examples) or `cargo build --examples`",
        path.display()
    );
    let source = root().join("examples").join(format!("{name}.rs"));
    let modified = |p: &Path| p.metadata().and_then(|m| m.modified()).ok();
    if let (Some(built), Some(written)) = (modified(&path), modified(&source)) {
        assert!(
            built >= written,
            "example `{name}` was built before its source last changed: run `cargo build --examples`"
        );
    }
    path
}

/// Runs example `name` with `args`; panics unless it exits successfully. Returns its stdout.
fn run(name: &str, args: &[&str]) -> String {
    let output = Command::new(binary(name))
        .args(args)
        .output()
        .unwrap_or_else(|error| panic!("cannot run example `{name}`: {error}"));
    assert!(
        output.status.success(),
        "example `{name}` failed ({}):\n{}",
        output.status,
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).expect("examples print UTF-8")
}

#[test]
fn every_example_runs_and_prints_its_first_line() {
    for (name, first_line) in EXAMPLES {
        let stdout = run(name, &[]);
        assert_eq!(
            stdout.lines().next(),
            Some(*first_line),
            "example `{name}` printed:\n{stdout}"
        );
    }
}

#[test]
fn every_example_is_listed_here_and_in_the_index() {
    let on_disk: BTreeSet<String> = std::fs::read_dir(root().join("examples"))
        .expect("examples/")
        .map(|entry| entry.expect("a directory entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "rs"))
        .map(|path| path.file_stem().unwrap().to_string_lossy().into_owned())
        .collect();
    let listed: BTreeSet<String> = EXAMPLES
        .iter()
        .map(|(name, _)| (*name).to_owned())
        .collect();
    assert_eq!(
        on_disk, listed,
        "examples/*.rs and the list in tests/examples.rs differ"
    );

    let index = std::fs::read_to_string(root().join("examples/README.md")).expect("the index");
    for name in &on_disk {
        assert!(
            index.contains(&format!("| `{name}` |")),
            "examples/README.md has no row for `{name}`"
        );
    }
}

/// The `errors` example quotes rustc's output; each quoted line must still be in the
/// `.stderr` of the UI test it names.
#[test]
fn the_errors_example_quotes_the_ui_tests() {
    let stdout = run("errors", &["--all"]);
    let mut ui_test = None;
    let mut quoting = false;
    let mut checked = 0;
    for line in stdout.lines() {
        if let Some(header) = line.strip_prefix('[') {
            let (_, path) = header.rsplit_once(" — ").expect("`[N] title — path`");
            ui_test = Some(root().join(path));
        } else if line == "  rustc says:" {
            quoting = true;
        } else if line.starts_with("  fix:") {
            quoting = false;
        } else if quoting {
            let test = ui_test.as_ref().expect("a header before the quote");
            assert!(test.exists(), "{} does not exist", test.display());
            let stderr = std::fs::read_to_string(test.with_extension("stderr"))
                .unwrap_or_else(|error| panic!("{}: {error}", test.display()));
            let quoted = line.trim();
            // A whole line, so that a quote cut from an older, longer message fails.
            assert!(
                stderr.lines().any(|l| l.trim() == quoted),
                "`{quoted}` is not a line of {}.stderr",
                test.display()
            );
            checked += 1;
        }
    }
    assert!(
        checked >= 20,
        "only {checked} quoted lines found in:\n{stdout}"
    );
}
