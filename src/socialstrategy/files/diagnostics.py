"""Turn cattrs' exception groups into path-addressed problems, in both languages."""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs
from cattrs.errors import (
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
    IterableValidationNote,
)

from socialstrategy.errors import Problem, did_you_mean, shorten
from socialstrategy.files.converter import InvalidValueError
from socialstrategy.files.paths import Path, format_path, parse_path
from socialstrategy.i18n import Text
from socialstrategy.model._fields import FieldError

if TYPE_CHECKING:
    from collections.abc import Iterator


def problems_from(exc: BaseException, root: Path = ()) -> list[Problem]:
    """Every problem inside a structuring error, in the order cattrs found them."""
    return [_problem(path, error) for path, error in _leaves(exc, root)]


def problem_paths(exc: BaseException) -> list[Path]:
    """The field path of every leaf error, for repairing the input before a retry."""
    return [path for path, error in _leaves(exc, ()) if not isinstance(error, KeyError)]


def _leaves(exc: BaseException, path: Path) -> Iterator[tuple[Path, BaseException]]:
    if isinstance(exc, ForbiddenExtraKeysError):
        for key in sorted(exc.extra_fields):
            yield (*path, key), exc
    elif isinstance(exc, (ClassValidationError, IterableValidationError)):
        with_notes, without_notes = exc.group_exceptions()
        for sub, note in with_notes:
            step = note.index if isinstance(note, IterableValidationNote) else note.name
            yield from _leaves(sub, (*path, step))
        for sub in without_notes:
            yield from _leaves(sub, path)
    elif isinstance(exc, FieldError):
        yield (*path, *parse_path(exc.field)), exc  # a field, or an item of one: steps[2]
    else:
        yield path, exc


def _problem(path: Path, exc: BaseException) -> Problem:
    where = format_path(path)
    if isinstance(exc, ForbiddenExtraKeysError):
        key = str(path[-1])
        shown = shorten(key, 60)
        fields = [f.name for f in attrs.fields(exc.cl)]
        hint = did_you_mean(key, fields) or Text(
            nl="bekende sleutels: " + ", ".join(fields), en="known keys: " + ", ".join(fields)
        )
        return Problem(
            path=where,
            text=Text(nl=f"onbekende sleutel '{shown}'", en=f"unknown key '{shown}'"),
            hint=hint,
        )
    if isinstance(exc, InvalidValueError):
        return Problem(path=where, text=exc.text, hint=exc.hint)
    if isinstance(exc, FieldError):
        return Problem(path=where, text=exc.text)
    if isinstance(exc, KeyError):
        # cattrs already notes the missing attribute's name on the path.
        name = exc.args[0] if exc.args else "?"
        missing = path if path and path[-1] == name else (*path, name)
        return Problem(
            path=format_path(missing),
            text=Text(nl="verplicht veld ontbreekt", en="required field is missing"),
        )
    return Problem(path=where, text=Text(nl=f"ongeldige waarde: {exc}", en=f"invalid value: {exc}"))
