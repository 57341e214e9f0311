//! The same input expands to the same output: twice in one process, and in a second process
//! (this test binary run again, filtered to [`child_writes_expansions`], with
//! `PROTOCOL_MACROS_EXPANSIONS_TO` naming the file it writes), so that neither global state
//! in the macros nor a per-process seed (`HashMap`'s) can change generated code.

use super::properties::CORPUS;
use super::steps::{expand_case, parse, CASES};
use std::fmt::Write as _;

const OUTPUT_VAR: &str = "PROTOCOL_MACROS_EXPANSIONS_TO";

/// Every expansion of the corpus and the snapshot cases, as one text.
fn expansions() -> String {
    let mut out = String::new();
    for (entry, args, input, _) in CORPUS {
        let output = entry.run(parse(args), parse(input));
        let _ = writeln!(out, "{entry:?} ({args}) {input}\n=> {output}\n");
    }
    for case in CASES {
        for step in expand_case(case) {
            let _ = writeln!(out, "{}: {step}\n", case.name);
        }
    }
    out
}

/// In the child process only: writes the expansions where the parent said.
#[test]
fn child_writes_expansions() {
    if let Some(path) = std::env::var_os(OUTPUT_VAR) {
        std::fs::write(path, expansions()).expect("write the expansions");
    }
}

#[test]
fn expansion_is_the_same_twice_and_in_another_process() {
    let here = expansions();
    assert!(here == expansions(), "two expansions in one process differ");

    let path = std::env::temp_dir().join(format!(
        "protocol-macros-expansions-{}.txt",
        std::process::id()
    ));
    let status = std::process::Command::new(std::env::current_exe().expect("the test binary"))
        .args(["--exact", "tests::determinism::child_writes_expansions"])
        .args(["--quiet", "--test-threads=1"])
        .env(OUTPUT_VAR, &path)
        .stdout(std::process::Stdio::null())
        .status()
        .expect("run the test binary again");
    assert!(status.success(), "the child process failed: {status}");
    let there = std::fs::read_to_string(&path).expect("the child's expansions");
    let _ = std::fs::remove_file(&path);
    assert!(!here.is_empty());
    if here != there {
        let line = here
            .lines()
            .zip(there.lines())
            .position(|(a, b)| a != b)
            .unwrap_or(0);
        panic!(
            "the expansions differ between processes, first at line {}:\n  here:  {}\n  there: {}",
            line + 1,
            here.lines().nth(line).unwrap_or(""),
            there.lines().nth(line).unwrap_or("")
        );
    }
}
