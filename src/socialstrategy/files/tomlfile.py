"""Strategy files in TOML: ``load``/``loads`` and ``dump``/``dumps``.

Reading (through :mod:`socialstrategy.files.access`: regular files only) refuses
oversized input before parsing it and reports every problem at once
with the file, field path and line. Writing is deterministic (the model's field order,
so a diff shows only what changed) and atomic.
"""

from __future__ import annotations

import os
import re
from typing import TYPE_CHECKING, Any, Final

import tomli

from socialstrategy.errors import (
    InvalidStrategyError,
    StrategyIOError,
    TomlSyntaxError,
)
from socialstrategy.files.access import check_size, os_problem, read_regular, whole_file
from socialstrategy.files.atomic import atomic_write
from socialstrategy.files.converter import toml_converter
from socialstrategy.files.layout import render
from socialstrategy.files.locate import LineIndex
from socialstrategy.files.migrate import SCHEMA_VERSION
from socialstrategy.files.structure import structure

if TYPE_CHECKING:
    from collections.abc import Callable

    from socialstrategy.model.strategy import Strategy

_LONG_NUMBER: Final = re.compile(r"[0-9][0-9_]{4000,}")


def loads(text: str | bytes, *, file: str | None = None) -> Strategy:
    """The strategy in the TOML document *text*.

    Raises :class:`InvalidStrategyError` (or a subclass) listing every problem.
    """
    if isinstance(text, bytes):
        check_size(len(text), file)
        text = _decode(text, file)
    else:
        check_size(len(text), file)
    try:
        data = tomli.loads(text)
    except tomli.TOMLDecodeError as exc:
        raise TomlSyntaxError(
            whole_file(
                f"geen geldige TOML: {exc.msg} (kolom {exc.colno})",
                f"not valid TOML: {exc.msg} (column {exc.colno})",
                line=exc.lineno,
                column=exc.colno,
            ),
            file=file,
        ) from None
    except RecursionError:
        raise TomlSyntaxError(
            whole_file("de TOML is te diep genest", "the TOML is nested too deeply"),
            file=file,
        ) from None
    except ValueError:
        # Python refuses to read a decimal integer of more than 4300 digits.
        long_number = _LONG_NUMBER.search(text)
        raise TomlSyntaxError(
            whole_file(
                "de TOML bevat een getal van duizenden cijfers",
                "the TOML holds a number thousands of digits long",
                line=text.count("\n", 0, long_number.start()) + 1 if long_number else None,
            ),
            file=file,
        ) from None
    return structure(data, toml_converter, file=file, line_of=_lazy_lines(text))


def load(path: str | os.PathLike[str]) -> Strategy:
    """The strategy in the TOML file at *path*."""
    name = os.fspath(path)
    return loads(read_regular(path, file=name), file=name)


def to_table(strategy: Strategy) -> dict[str, Any]:
    """The strategy as a plain table, ``schema_version`` first, defaults left out."""
    table: dict[str, Any] = {"schema_version": SCHEMA_VERSION}
    table.update(toml_converter.unstructure(strategy))
    return table


def dumps(strategy: Strategy) -> str:
    """The strategy as a TOML document; the same strategy always gives the same text."""
    return render(to_table(strategy))


def dump(strategy: Strategy, path: str | os.PathLike[str]) -> None:
    """Write the strategy to *path* atomically: the old file or the new one, never half."""
    try:
        atomic_write(path, dumps(strategy).encode("utf-8"))
    except OSError as exc:
        raise StrategyIOError(os.fspath(path), os_problem(exc, writing=True)) from None


def _lazy_lines(text: str) -> Callable[[str], int | None]:
    """A line finder that scans *text* only when a problem needs a line: a valid file
    (the common case) never pays for the index."""
    index: list[LineIndex] = []

    def line_of(path: str) -> int | None:
        if not index:
            index.append(LineIndex(text))
        return index[0].line_of(path)

    return line_of


def _decode(data: bytes, file: str | None) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InvalidStrategyError(
            whole_file(
                f"geen geldige UTF-8-tekst (byte {exc.start})",
                f"not valid UTF-8 text (byte {exc.start})",
                line=line,
            ),
            file=file,
        ) from None
