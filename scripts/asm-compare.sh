#!/usr/bin/env bash
# Zero run-time cost, in machine code: builds benches/dispatch.rs with optimisations, emits
# its assembly, and checks that each `probe_via_*` function has the same instructions as
# its `probe_direct_*` twin (a call through a conformance, an adapter, `conform!`, a
# forwarding impl, delegation to a field or to an enum's variants, an open protocol,
# `Open<T>` or an std type's published `len` is the direct call; `dyn P` is the
# hand-written `dyn` call).
#
#   scripts/asm-compare.sh          # prints each pair and `identical` or a diff; exit 1 on any difference
#
# Labels and the functions' own names are normalised away; everything else must match.
# Usually LLVM goes further and merges each pair into one function (main then takes the
# same address twice): the script reports that as identical too.
set -euo pipefail
cd "$(dirname "$0")/.."

cargo rustc --quiet -p benches --profile bench --bench dispatch -- --emit asm -C codegen-units=1 >/dev/null
asm=$(ls -t target/release/deps/dispatch-*.s | head -1)

# The body of the function whose mangled name contains `$1`, labels and names normalised.
body() {
  awk -v name="$1" '
    # a function starts at its label line, e.g. `_ZN8dispatch12probe_direct17h…E:`
    /^[^ \t.][^ \t]*:$/ { inside = index($0, name) > 0; next }
    inside && /^\t\.cfi_endproc/ { inside = 0 }
    inside && /^\t[a-z]/ { print }
  ' "$asm" | sed -E 's/\.L[A-Za-z0-9_$.]+/.L/g; s/_ZN[A-Za-z0-9_$.]+E/SYM/g'
}

status=0
for pair in \
  "probe_direct:probe_via_conformance" \
  "probe_direct_struct:probe_via_adapter" \
  "probe_direct_len:probe_via_conform" \
  "probe_direct_arc:probe_via_forward_arc" \
  "probe_direct_dyn:probe_via_dyn" \
  "probe_direct_open:probe_via_open" \
  "probe_direct_open_wrapper:probe_via_open_wrapper" \
  "probe_direct_open_len:probe_via_open_len" \
  "probe_direct_open_arc:probe_via_open_arc" \
  "probe_direct_field:probe_via_field" \
  "probe_direct_variants:probe_via_variants"; do
  direct=${pair%%:*}
  via=${pair##*:}
  a=$(body "${#direct}${direct}17h")
  b=$(body "${#via}${via}17h")
  if [ -z "$a" ] && [ -z "$b" ]; then
    echo "$via / $direct: neither function is in $asm" >&2
    status=1
    continue
  fi
  if [ -z "$a" ] || [ -z "$b" ]; then
    # Both are `#[inline(never)]` and their addresses are taken in `main`: one can only be
    # missing because LLVM found the two identical and kept one body for both.
    echo "$via = $direct: merged by LLVM into one function (identical machine code)"
    continue
  fi
  if [ "$a" = "$b" ]; then
    echo "$via = $direct: identical ($(echo "$a" | wc -l) instructions)"
  else
    echo "$via differs from $direct:"
    diff <(echo "$a") <(echo "$b") || true
    status=1
  fi
done
exit $status
