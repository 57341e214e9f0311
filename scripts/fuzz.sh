#!/usr/bin/env bash
# A long soak of the macros' property tests (never panic, errors inside the input, the
# user's item re-emitted, generated forms as documented) on valid, mangled and random
# input: `scripts/fuzz.sh 100000`.
set -euo pipefail
cd "$(dirname "$0")/.."
cases="${1:-10000}"
PROPTEST_CASES="$cases" cargo test --release -p typing-protocol-macros tests::properties -- --nocapture
