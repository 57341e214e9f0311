#!/usr/bin/env python3
"""CPython's side of benches/cast.rs: isinstance(x, P) for a @runtime_checkable Protocol.

Run from the repository root with `python3 scripts/isinstance.py` (or `scripts/isinstance.sh`,
which exits 0 with a message where there is no python3). Prints, per check, the nanoseconds
that `timeit` measures (best of 5 repeats) for a hit and a miss on the protocol, and for a
concrete-class `isinstance(x, Duck)` baseline, beside the Python version. Standard library
only.
"""

import platform
import sys
import timeit
from typing import Protocol, runtime_checkable


@runtime_checkable
class Quacks(Protocol):
    def quack(self) -> str: ...


class Duck:
    def quack(self) -> str:
        return "quack"


class Rock:
    pass


def per_check_ns(statement: str, env: dict) -> float:
    """Best-of-5 time of one `statement`, in nanoseconds."""
    timer = timeit.Timer(statement, globals=env)
    number, _ = timer.autorange()  # enough runs for 0.2 s
    best = min(timer.repeat(repeat=5, number=number))
    return best / number * 1e9


def main() -> int:
    env = {"Quacks": Quacks, "Duck": Duck, "duck": Duck(), "rock": Rock()}
    assert isinstance(env["duck"], Quacks) and not isinstance(env["rock"], Quacks)
    rows = [
        ("isinstance(duck, Quacks)  # protocol, hit", "isinstance(duck, Quacks)"),
        ("isinstance(rock, Quacks)  # protocol, miss", "isinstance(rock, Quacks)"),
        ("isinstance(duck, Duck)    # class, hit", "isinstance(duck, Duck)"),
        ("isinstance(rock, Duck)    # class, miss", "isinstance(rock, Duck)"),
    ]
    print(f"{platform.python_implementation()} {platform.python_version()} ({sys.platform})")
    results = {label: per_check_ns(statement, env) for label, statement in rows}
    baseline = results[rows[2][0]]
    for label, ns in results.items():
        print(f"{label:<45} {ns:8.1f} ns  ({ns / baseline:5.1f}x the class check)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
