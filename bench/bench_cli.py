"""Scoring a folder of 1,000 strategy files from the command line, against one file.

``socialstrategy score DIR --format json`` runs in a subprocess, on a folder holding
1,000 copies of the largest example and on a folder holding one; the output is parsed
and checked to list every file. The ratio shows how far the fixed cost of starting the
command (Python, imports) is spread; the marginal cost per file is the difference:

    python bench/bench_cli.py
"""

from __future__ import annotations

import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import largest_example, ms, table

FILES = 1000
ROUNDS = 3


def _command() -> list[str]:
    script = Path(sys.executable).with_name("socialstrategy")
    return [str(script)] if script.exists() else [sys.executable, "-m", "socialstrategy"]


def _score(folder: Path, expected: int) -> float:
    """Seconds for one ``score FOLDER --format json`` run; checks the output."""
    start = time.perf_counter()
    done = subprocess.run(
        [*_command(), "score", str(folder), "--format", "json"],
        capture_output=True,
        check=False,
    )
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise RuntimeError(f"score exited with {done.returncode}: {done.stderr.decode()[-2000:]}")
    entries = json.loads(done.stdout)
    assert len(entries) == expected, f"{len(entries)} entries, expected {expected}"
    assert all(entry["valid"] for entry in entries)
    return elapsed


def main() -> None:
    source = largest_example()
    with tempfile.TemporaryDirectory(prefix="bench-cli-") as folder:
        many, one = Path(folder) / "many", Path(folder) / "one"
        many.mkdir()
        one.mkdir()
        for index in range(FILES):
            shutil.copyfile(source, many / f"{index:04d}-{source.name}")
        shutil.copyfile(source, one / source.name)
        _score(one, 1)  # warm the file cache and the bytecode
        single, thousand = [], []
        for _ in range(ROUNDS):  # interleaved, so that load on the machine hits both
            single.append(_score(one, 1))
            thousand.append(_score(many, FILES))
    t1, tn = statistics.median(single), statistics.median(thousand)
    print(
        f"{FILES} copies of {source.name} ({source.stat().st_size // 1024} KiB), median of {ROUNDS}"
    )
    table(
        ("run", "wall ms", "x one file"),
        [("1 file", ms(t1), "1.0"), (f"{FILES} files", ms(tn), f"{tn / t1:.1f}")],
    )
    print(
        f"per file: {ms(tn / FILES)} ms overall, {ms((tn - t1) / (FILES - 1))} ms marginal"
        f" (start-up of the command: about {ms(t1)} ms)"
    )


if __name__ == "__main__":
    main()
