"""The layout of a strategy file: every table a header, every list of parts ``[[...]]``.

tomli-w renders every value (it owns the escaping); this module only decides where
tables go. tomli-w alone writes short arrays of tables inline and switches to
``[[...]]`` once one entry grows past a line, which would rewrite a whole list in a
diff when one answer gets longer. Here the layout depends on the model, not on length.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import tomli_w


def _is_tables(value: object) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(v, Mapping) for v in value)


def render(table: Mapping[str, Any]) -> str:
    """*table* as a TOML document with headers for every table and array of tables."""
    chunks: list[str] = []
    _render(table, (), chunks, header=None)
    return "\n".join(chunk for chunk in chunks if chunk)


def _render(
    table: Mapping[str, Any], path: tuple[str, ...], chunks: list[str], header: str | None
) -> None:
    plain = {k: v for k, v in table.items() if not isinstance(v, Mapping) and not _is_tables(v)}
    body = tomli_w.dumps(plain, multiline_strings=True)
    if header is not None:
        chunks.append(f"{header}\n{body}")
    elif body:
        chunks.append(body)
    for key, value in table.items():
        sub = (*path, key)
        name = ".".join(sub)
        if isinstance(value, Mapping):
            _render(value, sub, chunks, header=f"[{name}]")
        elif _is_tables(value):
            for entry in value:
                _render(entry, sub, chunks, header=f"[[{name}]]")
