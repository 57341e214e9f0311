#!/usr/bin/env bash
# The registry's one `unsafe` module under Miri: runs protocol-core's `local_table` test,
# which casts through a table built from a local slice of entries (Miri does not support
# the linker's section symbols that the program-wide registry is gathered from), once with
# Stacked Borrows and once with Tree Borrows, both with strict provenance.
#
#   scripts/miri.sh        # needs a nightly toolchain with the `miri` component:
#                          #   rustup toolchain install nightly --component miri
#
# Exits non-zero on any undefined behaviour Miri reports. CI builds on stable only, so this
# script is run by hand where a nightly is installed.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! cargo +nightly miri --version >/dev/null 2>&1; then
  echo "Miri is not installed: rustup toolchain install nightly --component miri" >&2
  exit 2
fi

# A target directory of its own: Miri's builds do not mix with stable ones.
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-target/miri}"
for model in "" "-Zmiri-tree-borrows"; do
  echo "== Miri ${model:-(Stacked Borrows)} -Zmiri-strict-provenance"
  MIRIFLAGS="-Zmiri-strict-provenance $model" \
    cargo +nightly miri test -p typing-protocol-core --test local_table
done
