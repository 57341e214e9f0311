#!/usr/bin/env bash
# What an editor shows, checked with rust-analyzer's command line (install it with
# `rustup component add rust-analyzer`): `scripts/ide-check.sh`.
#
# 1. Valid code: `rust-analyzer diagnostics` over the workspace (the crate, its examples,
#    tests and fixtures, among them open conformance: `examples/open.rs`, `tests/open*.rs`
#    and the `birds`/`bakery`/`picnic` fixtures, whose calls go through blanket impls over
#    published members) must report no error and no unresolved macro. Code that rustc
#    accepts but rust-analyzer flags is shown red in every user's editor.
# 2. A mistaken `#[conforms]`: in a throwaway crate, the macro's own errors are expected, but
#    the user's methods must still resolve (the item is re-emitted), so a call of one of them
#    must have no diagnostic.
#
# Takes a minute or two (rust-analyzer runs `cargo check` first); not part of CI.
#
# rust-analyzer 1.95 resolves names in a module nested in a `const _` block unlike rustc: it
# found no `super::` path there, and where an adapter leaves an optional member to the
# protocol's default it saw the protocol's own method instead of the decoy (E0599/E0425).
# An adapter's hidden module therefore sits beside the user's items, and names nothing of
# theirs (no `use super::*`); `protocol-macros/src/tests/ide.rs` pins that layout.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
command -v rust-analyzer >/dev/null && rust-analyzer --version >/dev/null 2>&1 || {
  echo "rust-analyzer is not installed: rustup component add rust-analyzer" >&2
  exit 2
}

# `rust-analyzer diagnostics DIR` prints one line per diagnostic (between progress output):
# `at crate C, file F: Severity Code from LineCol { line: L, … } to …: message` (0-based
# lines; the code is `E0599`-like, or `Ra("macro-error", Error)` in newer versions). Prints them as `file:line: severity code: message`, one each.
diagnostics() {
  local dir="$1"
  # It exits non-zero when it finds an error; the listing says which.
  rust-analyzer diagnostics "$dir" 2>/dev/null | python3 -c '
import re, sys
seen = set()
pattern = re.compile(r"at crate \S+, file (\S+): (\w+) (Ra\([^)]*\)|\S+) from LineCol \{ line: (\d+), col: \d+ \} to LineCol \{ line: \d+, col: \d+ \}: (.*?)(?=\d+/\d+ \d+% processing|$)")
for line in sys.stdin:
    for file, severity, code, number, message in pattern.findall(line):
        entry = f"{file}:{int(number) + 1}: {severity} {code}: {message.strip()}"
        if entry not in seen:
            seen.add(entry)
            print(entry)
' || true
}

status=0

echo "== rust-analyzer diagnostics: the workspace (valid code)"
found="$(diagnostics "$root")"
bad="$(grep -E ': Error |unresolved-macro-call|unresolved-proc-macro' <<<"$found" || true)"
if [[ -n "$bad" ]]; then
  echo "errors or unresolved macros in valid code:" >&2
  sed "s|$root/||" <<<"$bad" >&2
  status=1
else
  echo "no error, no unresolved macro ($(grep -c . <<<"$found" || true) weaker diagnostics)"
fi

echo "== rust-analyzer diagnostics: a mistaken #[conforms] keeps the user's methods"
probe="$(mktemp -d)"
trap 'rm -rf "$probe"' EXIT
mkdir -p "$probe/src"
cat >"$probe/Cargo.toml" <<TOML
[package]
name = "ide-probe"
version = "0.0.0"
edition = "2021"
publish = false

[dependencies]
protocol = { package = "typing-protocol", path = "$root" }

[workspace]
TOML
cat >"$probe/src/lib.rs" <<'RUST'
use protocol::{conforms, protocol};

#[protocol]
pub trait EatsBread {
    fn eat_bread(&self) -> String;
    fn crumbs(&self) -> usize;
}

pub struct Duck;

// Mistaken: `crumbs` is missing, `eat_bred` is misspelled.
#[conforms(EatsBread)]
impl Duck {
    pub fn eat_bred(&self) -> String {
        String::new()
    }
    pub fn swim(&self) -> u8 {
        1
    }
}

pub struct Goose;

// Mistaken the other way: the struct form, with a member the type lacks.
#[conforms(EatsBread)]
pub struct Swan;

impl Swan {
    pub fn eat_bread(&self) -> String {
        String::new()
    }
}

pub fn uses() -> usize {
    let swims = Duck.swim(); // CALL
    let eats = Duck.eat_bred(); // CALL
    let swan = Swan.eat_bread(); // CALL
    usize::from(swims) + eats.len() + swan.len()
}
RUST
calls="$(grep -n '// CALL' "$probe/src/lib.rs" | cut -d: -f1)"
found="$(diagnostics "$probe")"
if ! grep -q ': Error ' <<<"$found"; then
  echo "the mistaken #[conforms] gave no error at all:" >&2
  echo "$found" >&2
  status=1
fi
for line in $calls; do
  if grep -q "lib.rs:$line: " <<<"$found"; then
    echo "the user's method does not resolve at line $line:" >&2
    grep "lib.rs:$line: " <<<"$found" | sed "s|$probe/||" >&2
    status=1
  fi
done
[[ $status -ne 0 ]] || echo "the macro's errors are reported; every call of the user's methods resolves"
sed "s|$probe/||" <<<"$found" | grep ': Error ' | sed 's/^/  /' || true
exit $status
