"""Find the line a field path is written on in a TOML document.

tomli reports lines only for syntax errors, so this scanner walks the text once and
records where every table, array-of-tables entry and key starts. It understands the
layout tomli-w writes and people write by hand (headers, dotted keys, multi-line
strings and arrays); for anything cleverer it falls back to the nearest enclosing
table, and to no line at all rather than a wrong one.
"""

from __future__ import annotations

import re
from typing import Final

from socialstrategy.files.paths import Path, parse_path

_BARE_KEY: Final = re.compile(r"[A-Za-z0-9_-]+")


def _split_key(text: str) -> list[str] | None:
    """``a."b c".d`` → ``["a", "b c", "d"]``; None when it is not a key."""
    keys, rest = [], text.strip()
    while rest:
        if rest[0] in "\"'":
            end = rest.find(rest[0], 1)
            if end < 0:
                return None
            keys.append(rest[1:end])
            rest = rest[end + 1 :].strip()
        else:
            match = _BARE_KEY.match(rest)
            if not match:
                return None
            keys.append(match.group())
            rest = rest[match.end() :].strip()
        if rest.startswith("."):
            rest = rest[1:].strip()
        elif rest:
            return None
    return keys or None


def _key_and_value(line: str) -> tuple[str, str] | None:
    in_quote = ""
    for index, char in enumerate(line):
        if in_quote:
            if char == in_quote:
                in_quote = ""
        elif char in "\"'":
            in_quote = char
        elif char == "=":
            return line[:index], line[index + 1 :]
    return None


def _bracket_depth(value: str) -> int:
    depth, in_quote = 0, ""
    for char in value:
        if in_quote:
            if char == in_quote:
                in_quote = ""
        elif char in "\"'":
            in_quote = char
        elif char == "#":
            break
        elif char in "[{":
            depth += 1
        elif char in "]}":
            depth -= 1
    return depth


class LineIndex:
    """Where each field path of one TOML document starts."""

    def __init__(self, text: str) -> None:
        self.lines: dict[Path, int] = {}
        self._arrays: dict[Path, int] = {}
        self._scan(text)

    def _resolve(self, keys: list[str]) -> Path:
        path: Path = ()
        for key in keys:
            path = (*path, key)
            if path in self._arrays:
                path = (*path, self._arrays[path])
        return path

    def _record(self, path: Path, line: int) -> None:
        self.lines.setdefault(path, line)

    def _scan(self, text: str) -> None:
        table: Path = ()
        skip_until: str | None = None
        depth = 0
        for number, raw in enumerate(text.splitlines(), start=1):
            line = raw.strip()
            if skip_until is not None:
                if line.count(skip_until) % 2 == 1:
                    skip_until = None
                continue
            if depth > 0:
                depth += _bracket_depth(line)
                continue
            if not line or line.startswith("#"):
                continue
            if line.startswith("[["):
                keys = _split_key(line[2 : line.find("]]")])
                if keys is None:
                    continue
                array = (*self._resolve(keys[:-1]), keys[-1])
                self._arrays[array] = self._arrays.get(array, -1) + 1
                self._record(array, number)
                table = (*array, self._arrays[array])
                self._record(table, number)
            elif line.startswith("["):
                keys = _split_key(line[1 : line.find("]")])
                if keys is not None:
                    table = self._resolve(keys)
                    self._record(table, number)
            else:
                pair = _key_and_value(line)
                keys = _split_key(pair[0]) if pair else None
                if pair is None or keys is None:
                    continue
                value = pair[1].strip()
                self._record((*table, *keys), number)
                for quotes in ('"""', "'''"):
                    if value.startswith(quotes) and value.count(quotes) == 1:
                        skip_until = quotes
                depth = _bracket_depth(value) if skip_until is None else 0

    def line_of(self, path: Path | str) -> int | None:
        """The line of *path*, or of its nearest recorded ancestor."""
        steps = parse_path(path) if isinstance(path, str) else path
        while steps:
            if steps in self.lines:
                return self.lines[steps]
            steps = steps[:-1]
        return None
