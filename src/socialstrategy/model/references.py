"""Every reference in a strategy, found from the model's declarations, never listed.

A field made with ``ref(..., target=Role)`` or ``refs(..., target=Goal)`` holds ids of
parts of its target kind (the metadata key :data:`~socialstrategy.model._fields.REF`);
a field made with ``id_field`` is the id those refer to. From these two declarations:

- :func:`collections`: where each kind of identified part lives (``Role`` →
  ``organisation.roles``), read from the types of :class:`Strategy`;
- :func:`references`: every reference a strategy holds, in document order, with its
  path, the part holding it and the id, read from the values, so a subclass's extra
  reference field is found too;
- :func:`parts`: the parts of one kind a strategy holds;
- :func:`with_ids`: a strategy with every id, and every reference to it, renamed.

The integrity check, the names in exports and the planner's pickers are built on these.
"""

from __future__ import annotations

import functools
import types
import typing
from typing import TYPE_CHECKING, Any, TypeVar

import attrs

from socialstrategy.model._fields import REF, field_types

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from attrs import AttrsInstance

    from socialstrategy.model.strategy import Strategy


_P = TypeVar("_P", bound="AttrsInstance")


@attrs.frozen
class Reference:
    """One id in a reference field: where it stands, who holds it, what it points at."""

    #: Where the id stands: ``goals[2].processes[0]``, ``crisis.tiers[1].approver``.
    path: str
    #: The part that holds the reference (a :class:`Goal`, a :class:`Tier`), and its path.
    holder: Any
    holder_path: str
    #: The field holding it, and whether that field is a list of ids.
    field: str
    many: bool
    #: The kind of part the id must name (:class:`Role`, :class:`Goal`...).
    target: type
    id: str


def _identified(cls: type) -> bool:
    """Whether parts of *cls* carry an id other parts refer to."""
    return any(field.metadata.get("id") for field in attrs.fields(cls))


def keyed(value: Any) -> bool:
    """Whether *value* is a list of parts with ids, each id once: a diff or merge pairs
    its parts by id (a list with an id twice is one value)."""
    return (
        isinstance(value, tuple)
        and all(attrs.has(type(p)) and isinstance(getattr(p, "id", None), str) for p in value)
        and len({p.id for p in value}) == len(value)
    )


def _parts_in(annotation: Any) -> tuple[type | None, bool]:
    """The model class an annotation holds (``Goal``, ``tuple[Goal, ...]``, ``Span | None``)
    and whether it is a list of them; ``None`` for plain values."""
    origin = typing.get_origin(annotation)
    if origin is tuple:
        inner = typing.get_args(annotation)[0]
        return (inner, True) if attrs.has(inner) else (None, False)
    if origin in {typing.Union, types.UnionType}:
        kept = [a for a in typing.get_args(annotation) if a is not type(None)]
        if len(kept) == 1 and attrs.has(kept[0]):
            return kept[0], False
        return None, False
    return (
        (annotation, False)
        if isinstance(annotation, type) and attrs.has(annotation)
        else (None, False)
    )


@functools.cache
def collections(root: type | None = None) -> dict[type, str]:
    """Where each kind of identified part lives in the model, by path from *root*
    (:class:`Strategy` by default): ``{Role: "organisation.roles", Goal: "goals", ...}``."""
    if root is None:
        from socialstrategy.model.strategy import Strategy  # noqa: PLC0415 (a cycle)

        root = Strategy
    found: dict[type, str] = {}

    def walk(cls: type, prefix: str) -> None:
        hints = field_types(cls)
        for field in attrs.fields(cls):
            inner, many = _parts_in(hints[field.name])
            if inner is None:
                continue
            path = f"{prefix}{field.name}"
            if many and _identified(inner):
                found.setdefault(inner, path)
            walk(inner, f"{path}[]." if many else f"{path}.")

    walk(root, "")
    return found


def parts(strategy: Strategy, kind: type) -> tuple[Any, ...]:
    """The parts of *kind* that *strategy* holds, in plan order (empty for a kind the
    model has no list of)."""
    path = collections().get(kind)
    if path is None or "[]" in path:
        return ()
    value: Any = strategy
    for name in path.split("."):
        value = getattr(value, name)
    return tuple(value)


def references(strategy: Strategy) -> Iterator[Reference]:
    """Every reference *strategy* holds, in document order, empty ones left out."""
    yield from _walk(strategy, "")


def with_ids(part: _P, rename: Callable[[str], str]) -> _P:
    """*part* (a strategy or any part of it) with every id, and every reference to one,
    replaced by ``rename(id)``; empty references stay empty."""
    changes: dict[str, Any] = {}
    for field in attrs.fields(type(part)):
        value = getattr(part, field.name)
        if field.metadata.get("id") or (field.metadata.get(REF) and isinstance(value, str)):
            new: Any = rename(value) if value else value
        elif field.metadata.get(REF):
            new = tuple(rename(id_) for id_ in value)
        elif attrs.has(type(value)):
            new = with_ids(value, rename)
        elif isinstance(value, tuple) and any(attrs.has(type(item)) for item in value):
            new = tuple(with_ids(item, rename) for item in value)
        else:
            continue
        if new != value:
            changes[field.name] = new
    # mypy does not take a TypeVar bound to AttrsInstance for an attrs class.
    return attrs.evolve(part, **changes) if changes else part  # type: ignore[misc]


def _walk(part: Any, prefix: str) -> Iterator[Reference]:
    for field in attrs.fields(type(part)):
        value = getattr(part, field.name)
        path = f"{prefix}{field.name}"
        target = field.metadata.get(REF)
        if target is not None:
            if isinstance(value, tuple):
                for index, id_ in enumerate(value):
                    yield Reference(
                        f"{path}[{index}]", part, prefix[:-1], field.name, True, target, id_
                    )
            elif value:
                yield Reference(path, part, prefix[:-1], field.name, False, target, value)
        elif attrs.has(type(value)):
            yield from _walk(value, f"{path}.")
        elif isinstance(value, tuple):
            for index, item in enumerate(value):
                if attrs.has(type(item)):
                    yield from _walk(item, f"{path}[{index}].")


__all__ = ["Reference", "collections", "keyed", "parts", "references", "with_ids"]
