"""Field paths: ``("goals", 2, "processes", 0)`` is written ``goals[2].processes[0]``."""

from __future__ import annotations

import re
from typing import Final

Path = tuple["str | int", ...]

_TOKEN: Final = re.compile(r"([^.\[\]]+)|\[(\d+)\]")


def format_path(path: Path) -> str:
    out = ""
    for step in path:
        if isinstance(step, int):
            out += f"[{step}]"
        else:
            out += f".{step}" if out else step
    return out


def parse_path(text: str) -> Path:
    steps: list[str | int] = []
    for name, index in _TOKEN.findall(text):
        steps.append(int(index) if index else name)
    return tuple(steps)
