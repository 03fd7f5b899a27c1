"""Every rule's examples as TOML fragments, like pylint's message docs.

A rule's example turns a strategy that passes every rule (``reference.toml`` beside
this module) into one where it fires; its near miss changes something close by without
making it fire. A fragment shows only what such a change touches: the changed fields,
with the ``id`` (or ``name``) of each list entry so the reader knows which one. Removed
fields and entries are comments, since TOML cannot say "not there".
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

import tomli_w

if TYPE_CHECKING:
    from socialstrategy.model import Strategy
    from socialstrategy.scoring.rule import Example, Rule

#: The strategy every rule's examples change; it passes every rule (the tests say so).
EXAMPLE_BASE: Final = Path(__file__).with_name("reference.toml")
#: A fragment longer than this is cut, with a comment saying how much was left out.
MAX_LINES: Final = 24
_KEYS: Final = ("id", "name", "role", "kind", "criterion", "principle", "topic", "question")
#: Fragments are read in both languages; their few words say it in both.
_REMOVED: Final = "verwijderd / removed"
UNCHANGED: Final = "# ongewijzigd / unchanged"


@functools.cache
def base() -> Strategy:
    from socialstrategy.files import load  # noqa: PLC0415 - files is only needed here

    return load(EXAMPLE_BASE)


def fragment(change: Example) -> str:
    """What *change* does to the base strategy, as a minimal TOML fragment."""
    return _between(base(), change(base()))


def fragments(rule: Rule) -> tuple[str, str]:
    """The fragment the rule fires on, and one it stays quiet on: its near miss, or else
    the base's own values for what the firing example changed (the fix)."""
    fires = rule.fires(base())
    if rule.passes is not None:
        return _between(base(), fires), fragment(rule.passes)
    return _between(base(), fires), _between(fires, base())


def _between(before: Strategy, after: Strategy) -> str:
    from socialstrategy.files import to_table  # noqa: PLC0415

    lines: list[str] = []
    _table(to_table(before), to_table(after), (), lines, header=None)
    if len(lines) > MAX_LINES:
        left = len(lines) - MAX_LINES
        lines = [*lines[:MAX_LINES], f"# … (+{left})"]
    return "\n".join(lines).strip() or UNCHANGED


def _line(key: str, value: object) -> str:
    """``key = value``; a list of values on one line, as a reader writes it."""
    if isinstance(value, list):
        name = _line(key, "").split(" = ")[0]
        return f"{name} = [" + ", ".join(_line("x", v)[4:] for v in value) + "]"
    return tomli_w.dumps({key: value}).rstrip("\n")


def _is_tables(value: object) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(v, Mapping) for v in value)


def _table(
    old: Mapping[str, Any],
    new: Mapping[str, Any],
    path: tuple[str, ...],
    lines: list[str],
    *,
    header: str | None,
    keep: tuple[str, ...] = (),
) -> None:
    """The differences between two tables at *path*; *keep*: keys shown even unchanged
    (the id of a list entry). The header is written only when something follows it."""
    changes, nested = _sort_changes(old, new, keep)
    # A list entry always names itself, so what follows lands on the right one.
    if header is not None and (changes or keep):
        _open(lines, header)
        lines += [_line(k, new[k]) for k in keep if k in new]
    lines += changes
    for key, was, now in nested:
        sub = (*path, key)
        if isinstance(now, Mapping):
            name = ".".join(sub)
            _table(was if isinstance(was, Mapping) else {}, now, sub, lines, header=f"[{name}]")
        else:
            _entries(was or [], now, sub, lines)


def _sort_changes(
    old: Mapping[str, Any], new: Mapping[str, Any], keep: tuple[str, ...]
) -> tuple[list[str], list[tuple[str, Any, Any]]]:
    """The changed plain values as lines, and the changed tables (and lists of tables)
    that get a header of their own, each in the order of *new*, removed keys last."""
    changes: list[str] = []
    nested: list[tuple[str, Any, Any]] = []
    for key in (*new, *(k for k in old if k not in new)):
        was, now = old.get(key), new.get(key)
        if key in keep or was == now:
            continue
        if now is None:
            changes.append(f"# {key}: {_REMOVED}")
        elif _has_header(was, now):
            nested.append((key, was, now))
        else:
            changes.append(_line(key, now))
    return changes, nested


def _has_header(was: object, now: object) -> bool:
    """Whether *now* is written as a table (or tables) of its own rather than a value."""
    return isinstance(now, Mapping) or (_is_tables(now) and (was is None or _is_tables(was)))


def _open(lines: list[str], header: str) -> None:
    """Start a table: its header, a blank line before it unless it is the first."""
    lines += ["", header] if lines else [header]


def _entries(
    old: list[Mapping[str, Any]],
    new: list[Mapping[str, Any]],
    path: tuple[str, ...],
    lines: list[str],
) -> None:
    """A list of tables, entries matched by their id (or name, or else their place)."""
    name = ".".join(path)
    field = _identity(old, new)

    def key_of(entry: Mapping[str, Any], index: int) -> tuple[str, object]:
        return (field, entry[field]) if field else ("", index + 1)

    before = {key_of(e, i): e for i, e in enumerate(old)}
    after = {key_of(e, i) for i, e in enumerate(new)}
    for i, entry in enumerate(new):
        key = key_of(entry, i)
        was = before.get(key)
        if was == entry:
            continue
        keep = (key[0],) if key[0] else ()
        if was is None:
            _open(lines, f"[[{name}]]")
            _table({}, entry, path, lines, header=None)
        else:
            _table(was, entry, path, lines, header=f"[[{name}]]", keep=keep)
    for key in before:
        if key not in after:
            label = _line(*key) if key[0] else f"#{key[1]}"
            lines.append(f"# [[{name}]] {label}: {_REMOVED}")


def _identity(*lists: list[Mapping[str, Any]]) -> str:
    """The first field that tells the entries of every list apart ('' for their place)."""
    for field in _KEYS:
        values = [[entry.get(field) for entry in entries] for entries in lists]
        if all(None not in v and len(set(map(repr, v))) == len(v) for v in values):
            return field
    return ""
