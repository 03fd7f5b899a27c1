"""A list of plain values with comments in it, written anew with its comments kept.

A person may note why an entry is there, on its line or on the lines above it::

    funders = [
        "care_office",  # Wlz, via het zorgkantoor
        # sinds 2026
        "insurer",
    ]

When the list changes, every entry that is still there keeps the comments it had (they
are matched by value), and the comments after the last entry stay at the end. The
comments of an entry that was removed go with it.
"""

from __future__ import annotations

from typing import Any

import tomli_w
import tomlkit
from tomlkit.items import Array, Comment, Null


def has_comments(array: Array) -> bool:
    return any(isinstance(part, Comment) for part in array._iter_items())


def relisted(old: Array, values: list[Any]) -> Array:
    """*values* as a list a line an entry, with the comments *old* held for each."""
    notes: dict[Any, tuple[list[str], str]] = {}
    above: list[str] = []
    indent = "    "
    for group in old._value:
        if group.indent is not None and "\n" in group.indent.as_string():
            indent = group.indent.as_string().rsplit("\n", 1)[1] or indent
        value = group.value
        if value is None or isinstance(value, Null):
            if group.comment is not None:
                above.append(group.comment.trivia.comment)
            continue
        inline = group.comment.trivia.comment if group.comment is not None else ""
        notes.setdefault(_key(value.unwrap()), (above, inline))
        above = []
    lines = ["["]
    for value in values:
        over, inline = notes.get(_key(value), ([], ""))
        lines.extend(indent + comment for comment in over)
        entry = tomli_w.dumps({"v": value})[len("v = ") :].rstrip("\n")
        lines.append(f"{indent}{entry},{'  ' + inline if inline else ''}")
    lines.extend(indent + comment for comment in above)  # after the last entry
    lines.append("]")
    array: Array = tomlkit.parse("v = " + "\n".join(lines) + "\n")["v"]
    return array


def _key(value: Any) -> tuple[str, Any]:
    # 1 and True are equal in Python, but not the same entry.
    return type(value).__name__, value
