"""Every benchmark, one after the other, each in a process of its own (``make bench``).

python bench/run_all.py [NAME ...]   # e.g. ``python bench/run_all.py loading growth``
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
#: In order: the cheap, pure-Python ones first, the browser ones last.
BENCHES = (
    "loading",
    "scoring",
    "trend",
    "growth",
    "planner",
    "export",
    "cli",
    "coldstart",
    "memory",
    "saving",
    "store",
    "replicas",
)


def main(names: list[str]) -> int:
    unknown = sorted(set(names) - set(BENCHES))
    if unknown:
        print(f"unknown benchmark(s): {', '.join(unknown)}; choose from {', '.join(BENCHES)}")
        return 2
    chosen = [name for name in BENCHES if not names or name in names]
    failed = []
    begin = time.perf_counter()
    for name in chosen:
        script = HERE / f"bench_{name}.py"
        print(f"\n== {script.name} ==", flush=True)
        start = time.perf_counter()
        code = subprocess.call([sys.executable, str(script)])
        print(f"({script.name}: {time.perf_counter() - start:.1f} s)", flush=True)
        if code != 0:
            failed.append(name)
    print(f"\nall benchmarks: {time.perf_counter() - begin:.1f} s")
    if failed:
        print(f"FAILED: {', '.join(failed)}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
