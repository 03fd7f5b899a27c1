"""From a raw table (parsed TOML or JSON) to a checked :class:`Strategy`, or every problem.

Problems are collected in one pass: type errors, unknown keys and broken references
are reported together. When a type error leaves the file unusable, the offending
optional fields are set aside and the rest is structured again, so that the
reference check can still run over everything that is sound.
"""

from __future__ import annotations

import types
import typing
from typing import TYPE_CHECKING, Any

import attrs
from cattrs.errors import BaseValidationError

from socialstrategy.errors import InvalidStrategyError, Problem
from socialstrategy.files.diagnostics import problem_paths, problems_from
from socialstrategy.files.migrate import migrate
from socialstrategy.i18n import Text
from socialstrategy.model._fields import field_types
from socialstrategy.model.integrity import check_references
from socialstrategy.model.strategy import Strategy

if TYPE_CHECKING:
    from collections.abc import Callable

    import cattrs

    from socialstrategy.files.paths import Path


def structure(
    data: dict[str, Any],
    converter: cattrs.Converter,
    *,
    file: str | None = None,
    line_of: Callable[[str], int | None] | None = None,
) -> Strategy:
    """The strategy *data* describes; raises :class:`InvalidStrategyError` with all problems."""
    try:
        data = migrate(data)
    except InvalidStrategyError as exc:
        raise _located(exc, file, line_of) from None
    problems: list[Problem]
    try:
        strategy = converter.structure(data, Strategy)
    except BaseValidationError as exc:
        problems = problems_from(exc)
        partial = _salvage(data, exc, converter)
        if partial is not None:
            problems.extend(check_references(partial))
    except RecursionError:
        problems = [Problem(path="", text=_TOO_DEEP)]
    else:
        problems = list(check_references(strategy))
        if not problems:
            return strategy
    raise _located(InvalidStrategyError(problems), file, line_of)


def _located(
    error: InvalidStrategyError, file: str | None, line_of: Callable[[str], int | None] | None
) -> InvalidStrategyError:
    """*error* naming *file*, its problems with lines and in the order of the file."""
    problems = error.problems
    if line_of is not None:
        located = [attrs.evolve(p, line=line_of(p.path)) for p in problems]
        problems = tuple(sorted(located, key=lambda p: p.line or 0))
    return type(error)(problems, file=file)


_TOO_DEEP = Text(nl="de gegevens zijn te diep genest", en="the data is nested too deeply")


def _salvage(
    data: dict[str, Any], exc: BaseValidationError, converter: cattrs.Converter
) -> Strategy | None:
    # Salvaging is a courtesy: input nested too deeply to copy is simply not salvaged.
    try:
        repaired = _copy(data)
        for path in problem_paths(exc):
            if not _set_aside(repaired, path):
                return None
        return converter.structure(repaired, Strategy)
    except (BaseValidationError, RecursionError):
        return None


def _copy(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _copy(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_copy(v) for v in value]
    return value


def _set_aside(data: dict[str, Any], path: Path) -> bool:
    """Drop the optional field that holds the error at *path*; False if none can go."""
    last_key = max((i for i, step in enumerate(path) if isinstance(step, str)), default=-1)
    if last_key < 0:
        return False
    container: Any = data
    cls: Any = Strategy
    for step in path[:last_key]:
        if isinstance(step, str):
            if not isinstance(container, dict) or step not in container:
                return False
            cls = _field_type(cls, step)
            container = container[step]
        else:
            if not isinstance(container, list) or step >= len(container):
                return False
            cls = typing.get_args(cls)[0]
            container = container[step]
    key = path[last_key]
    if not isinstance(container, dict) or not attrs.has(cls):
        return False
    field = attrs.fields_dict(cls).get(str(key))
    if field is None:  # an unknown key: dropping it changes nothing else
        container.pop(key, None)
        return True
    if field.default is attrs.NOTHING:
        return False
    kind = field_types(cls)[field.name]
    if typing.get_origin(kind) is tuple and attrs.has(typing.get_args(kind)[0]):
        return False  # dropping a list of parts would make every reference to them dangle
    container.pop(key, None)
    return True


def _field_type(cls: Any, name: str) -> Any:
    kind = field_types(cls)[name]
    if typing.get_origin(kind) in (typing.Union, types.UnionType):
        return next(a for a in typing.get_args(kind) if a is not type(None))
    return kind
