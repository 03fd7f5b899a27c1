"""The starter mark: which parts of a plan still hold a model text nobody has looked at.

A new plan for a sector starts with model texts (:mod:`socialstrategy.vocab.starters`),
each record marked ``model_text``; the crisis plan names its own plain fields that hold
one in ``CrisisPlan.model_texts``. A person clears a mark by editing the part
(:func:`touched`, :func:`carried`) or by accepting it as it stands (:func:`accept`);
:func:`unreviewed` lists what is left, for the planner's marks and the scoring rule.

Paths are field paths as in :mod:`socialstrategy.model.paths` (``guidelines.rules[3]``).
A *part* is the field that holds the marked records (``guidelines.rules``), or the
marked record or crisis-plan field itself (``guidelines.consent``, ``crisis.monitoring``).
"""

from __future__ import annotations

from typing import Any, Final, TypeVar

import attrs

from socialstrategy.model.paths import get_at, parse, set_at

T = TypeVar("T")
#: The mark on a record, and the list of marked plain fields on a record (the crisis plan).
MARK: Final = "model_text"
MARKS: Final = "model_texts"


def _has(obj: Any, name: str) -> bool:
    kind: Any = type(obj)
    return attrs.has(kind) and name in attrs.fields_dict(kind)


def _walk(obj: Any, path: str) -> list[str]:
    """The paths of the marks in *obj* (found at *path*), in the order of the fields."""
    found: list[str] = []
    if isinstance(obj, tuple):
        for i, item in enumerate(obj):
            found.extend(_walk(item, f"{path}[{i}]"))
        return found
    if not attrs.has(type(obj)):
        return found
    if _has(obj, MARK) and getattr(obj, MARK):
        found.append(path)
    marked = getattr(obj, MARKS) if _has(obj, MARKS) else ()
    for field in attrs.fields(type(obj)):
        if field.name in (MARK, MARKS):
            continue
        here = f"{path}.{field.name}" if path else field.name
        if field.name in marked:
            found.append(here)
        found.extend(_walk(getattr(obj, field.name), here))
    return found


def unreviewed(strategy: Any, *under: str) -> tuple[str, ...]:
    """The paths of every model text in *strategy* (or under any of the paths *under*)
    that no person has edited or accepted: marked records and the crisis plan's marked
    fields. One walk over the plan, however many parts are asked about."""
    found = _walk(strategy, "")
    if not under:
        return tuple(found)
    return tuple(p for p in found if any(_within(p, part) for part in under))


def _within(path: str, under: str) -> bool:
    return path == under or path.startswith((under + ".", under + "["))


def part_of(path: str) -> str:
    """The part a marked path belongs to: ``guidelines.rules[3]`` → ``guidelines.rules``."""
    return path.split("[", 1)[0]


def unreviewed_parts(strategy: Any) -> dict[str, int]:
    """Each part still holding model texts, with how many, in the order of the plan."""
    counts: dict[str, int] = {}
    for path in unreviewed(strategy):
        part = part_of(path)
        counts[part] = counts.get(part, 0) + 1
    return counts


def _clear(obj: T) -> T:
    """*obj* with its own mark cleared (a record) or emptied (a list of marked fields)."""
    changes: dict[str, Any] = {}
    if _has(obj, MARK) and getattr(obj, MARK):
        changes[MARK] = False
    if _has(obj, MARKS) and getattr(obj, MARKS):
        changes[MARKS] = ()
    return attrs.evolve(obj, **changes) if changes else obj  # type: ignore[misc]


def _clear_all(obj: Any) -> Any:
    """*obj* with every mark in it cleared."""
    if isinstance(obj, tuple):
        return tuple(_clear_all(item) for item in obj)
    kind: Any = type(obj)
    if not attrs.has(kind):
        return obj
    changes = {
        f.name: cleared
        for f in attrs.fields(kind)
        if f.name not in (MARK, MARKS)
        and (cleared := _clear_all(getattr(obj, f.name))) != getattr(obj, f.name)
    }
    out = attrs.evolve(obj, **changes) if changes else obj
    return _clear(out)


def _unmark_field(record: T, name: str) -> T:
    """*record* without *name* among its marked plain fields."""
    if _has(record, MARKS) and name in getattr(record, MARKS):
        kept = tuple(n for n in getattr(record, MARKS) if n != name)
        return attrs.evolve(record, **{MARKS: kept})  # type: ignore[misc]
    return record


def touched(strategy: T, path: str) -> T:
    """*strategy* after a person edited the field at *path*: every record along the path
    loses its mark (``guidelines.rules[3].why`` clears rule 3), and a crisis-plan field
    the path goes through (``crisis.first_hour[2]``) is no longer a model text.

    A path that ends at a list (a table saved whole) clears nothing inside it: which
    rows changed is for :func:`carried` to say.
    """
    steps = parse(path)
    prefixes: list[str] = []
    at = ""
    for step in steps:
        at = f"{at}[{step}]" if isinstance(step, int) else (f"{at}.{step}" if at else step)
        prefixes.append(at)
    out: Any = strategy
    # The records along the path: the root, then each step but the last (the edited value).
    holders = ["", *prefixes[:-1]]
    for holder, step in zip(holders, steps, strict=True):
        record = get_at(out, holder) if holder else out
        changed = _clear(record) if _has(record, MARK) else record
        if isinstance(step, str):
            changed = _unmark_field(changed, step)
        if changed is not record:
            out = set_at(out, holder, changed) if holder else changed
    return out  # type: ignore[no-any-return]


def accept(strategy: T, path: str = "") -> T:
    """*strategy* with every model text under *path* accepted as it stands: one click
    accepts a whole part (``guidelines.rules``, ``media_guidance``, ``crisis``). A path
    to a crisis-plan field (``crisis.monitoring``) accepts that field."""
    if not path:
        cleared: T = _clear_all(strategy)
        return cleared
    steps = parse(path)
    out: Any = set_at(strategy, path, _clear_all(get_at(strategy, path)))
    last = steps[-1]
    if isinstance(last, str):
        holder_path = path[: -len(last)].rstrip(".")
        holder = get_at(out, holder_path) if holder_path else out
        unmarked = _unmark_field(holder, last)
        if unmarked is not holder:
            out = set_at(out, holder_path, unmarked) if holder_path else unmarked
    return out  # type: ignore[no-any-return]


def _unmarked(record: T) -> T:
    return attrs.evolve(record, **{MARK: False})  # type: ignore[misc]


def carried(originals: Any, edited: T) -> T:
    """*edited*, marked as a model text only when one of *originals* (a record, or a
    list of them) is a model text and nothing but the mark differs from it.

    A page or table rebuilds its records from the fields shown: showing a model text
    does not accept it, and an edit clears it.
    """
    if not _has(edited, MARK):
        return edited
    candidates = originals if isinstance(originals, (tuple, list)) else (originals,)
    bare = _unmarked(edited)
    keep = any(_has(c, MARK) and getattr(c, MARK) and _unmarked(c) == bare for c in candidates)
    if bool(getattr(edited, MARK)) == keep:
        return edited
    return attrs.evolve(edited, **{MARK: keep})  # type: ignore[misc]


def reconciled(before: T, after: T) -> T:
    """*after* (a page's whole save) with its marks as the edit leaves them: a record or
    crisis-plan field whose words changed since *before* is no model text any more, one
    whose words did not keeps the mark *before* had, whatever the page rebuilt it with.

    So a page that rebuilds its parts from their fields neither accepts a model text by
    showing it nor brings back a mark accepted meanwhile.
    """
    return _reconciled(before, after)  # type: ignore[no-any-return]


def _reconciled(before: Any, after: Any) -> Any:
    if before is after:
        return after
    if isinstance(after, tuple):
        return _reconciled_items(before, after)
    kind: Any = type(after)
    if not attrs.has(kind) or type(before) is not kind:
        return after
    changes: dict[str, Any] = {}
    for field in attrs.fields(kind):
        if field.name in (MARK, MARKS):
            continue
        old, new = getattr(before, field.name), getattr(after, field.name)
        fixed = _reconciled(old, new)
        if fixed is not new:
            changes[field.name] = fixed
    return _remarked(before, attrs.evolve(after, **changes) if changes else after)


def _reconciled_items(before: Any, after: tuple[Any, ...]) -> tuple[Any, ...]:
    """:func:`_reconciled` for a list of records, item by item."""
    olds = before if isinstance(before, tuple) else ()
    items = [_reconciled(olds[i] if i < len(olds) else None, item) for i, item in enumerate(after)]
    # An item that moved (one above it removed) keeps the mark of its identical twin.
    items = [
        carried(olds, item) if _has(item, MARK) and not getattr(item, MARK) else item
        for item in items
    ]
    same = all(new is old for new, old in zip(items, after, strict=True))
    return after if same else tuple(items)


def _remarked(before: Any, out: Any) -> Any:
    """*out* (a record rebuilt from *before*) marked a model text, and its plain fields
    listed as model texts, only where its words are still *before*'s."""
    if _has(out, MARK):
        keep = bool(getattr(before, MARK)) and _clear_all(before) == _clear_all(out)
        if bool(getattr(out, MARK)) != keep:
            out = attrs.evolve(out, **{MARK: keep})
    if _has(out, MARKS):
        kept = tuple(
            name
            for name in getattr(before, MARKS)
            if _clear_all(getattr(before, name)) == _clear_all(getattr(out, name))
        )
        if kept != getattr(out, MARKS):
            out = attrs.evolve(out, **{MARKS: kept})
    return out


def same_words(before: Any, after: Any) -> bool:
    """Whether *before* and *after* differ in their marks only (a part accepted since)."""
    return bool(before == after or _clear_all(before) == _clear_all(after))


__all__ = [
    "accept",
    "carried",
    "part_of",
    "reconciled",
    "same_words",
    "touched",
    "unreviewed",
    "unreviewed_parts",
]
