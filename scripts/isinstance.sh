#!/usr/bin/env sh
# Runs scripts/isinstance.py (CPython's isinstance on a @runtime_checkable Protocol, the
# counterpart of `cargo bench --bench cast`) where python3 is installed; elsewhere says so
# and exits 0: `scripts/isinstance.sh`.
if ! command -v python3 >/dev/null 2>&1; then
  echo "python3 not found: skipping the CPython isinstance measurement"
  exit 0
fi
exec python3 "${0%/*}/isinstance.py"
