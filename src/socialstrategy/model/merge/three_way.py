"""Three versions of one plan made into one: the version both sides started from, and
each side's changes to it.

A field changed on one side only takes that side's value; a field both sides changed
alike takes it too. Lists of parts with ids (goals, roles, scenarios) are merged part by
part: a part added on one side is added, one removed on one side is removed (unless the
other side edited it: a clash), and parts on both sides are merged field by field. A
list of plain values (lines, choices) is one value, except that additions and removals
of different values on each side are combined. Only the same field changed differently
on both sides is a :class:`Clash`, for the manager to choose.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final, Literal

import attrs

from socialstrategy.i18n import Text
from socialstrategy.model._fields import REF
from socialstrategy.model.edit import fresh_id
from socialstrategy.model.merge.words import (
    GONE,
    field_label,
    item_words,
    joined,
    value_words,
)
from socialstrategy.model.references import collections, keyed, with_ids
from socialstrategy.model.strategy import Strategy

if TYPE_CHECKING:
    from collections.abc import Hashable, Mapping, Sequence


Side = Literal["mine", "theirs"]
SIDES: Final[tuple[Side, ...]] = ("mine", "theirs")
#: Bookkeeping, not a person's words: merged like any field, never reported.
_UNSAID: Final = frozenset({"model_text", "model_texts"})


class _Gone:
    """A part one side removed: the value of the clash it makes."""

    def __repr__(self) -> str:
        return "<removed>"


_GONE: Final = _Gone()


@attrs.frozen
class Change:
    """A field one side changed and the merge took: where, and its name in words."""

    path: str
    label: Text


@attrs.frozen
class Clash:
    """The same field changed differently on both sides: its name and the three values
    in words (the version both started from, mine, theirs)."""

    #: Where the field is (an item one side removed keeps its place in the count).
    path: str
    label: Text
    base: Text
    mine: Text
    theirs: Text


@attrs.frozen
class Merged:
    """What :func:`merge` made: the plan, what it took from each side, and the clashes.

    :attr:`strategy` settles every clash with *mine*; only :func:`resolve`, with the
    manager's choice per clash, makes the plan to save.
    """

    strategy: Strategy
    mine: tuple[Change, ...]
    theirs: tuple[Change, ...]
    clashes: tuple[Clash, ...]
    #: The three versions, for :func:`resolve`.
    sources: tuple[Strategy, Strategy, Strategy] = attrs.field(repr=False)

    @property
    def clean(self) -> bool:
        """Whether nothing clashes: :attr:`strategy` is the merged plan."""
        return not self.clashes


@attrs.frozen
class _At:
    """Where the merge is: the field's path, its name in words, the kind of part an id
    names (for a reference field), and whether changes here are reported."""

    #: The version whose names name the parts on the way (the base, where it has them).
    plan: Strategy
    path: str = ""
    steps: tuple[Text, ...] = ()
    target: type | None = None
    said: bool = True

    def field(self, kind: type, field: attrs.Attribute[Any]) -> _At:
        return _At(
            self.plan,
            f"{self.path}.{field.name}" if self.path else field.name,
            (*self.steps, field_label(kind, field.name)),
            field.metadata.get(REF),
            self.said and field.name not in _UNSAID,
        )

    def item(self, index: int, part: object) -> _At:
        # The part's own name stands in for the list's: "Doel ‘X’", not "Doelen › Doel ‘X’".
        steps = (*self.steps[:-1], item_words(part, self.plan))
        return _At(self.plan, f"{self.path}[{index}]", steps, None, self.said)


class _Merger:
    def __init__(
        self, sources: tuple[Strategy, Strategy, Strategy], choices: Mapping[str, Side]
    ) -> None:
        self.sources = sources
        self.choices = choices
        self.taken: dict[Side, list[Change]] = {"mine": [], "theirs": []}
        self.clashes: list[Clash] = []

    def value(self, base: Any, mine: Any, theirs: Any, at: _At) -> Any:
        if mine == theirs:
            return mine
        if theirs == base:
            self._took("mine", base, mine, at)
            return mine
        if mine == base:
            self._took("theirs", base, theirs, at)
            return theirs
        if attrs.has(type(base)) and type(base) is type(mine) is type(theirs):
            return self._part(base, mine, theirs, at)
        if all(keyed(v) for v in (base, mine, theirs)):
            return self._by_id(base, mine, theirs, at)
        if _in_place(base, mine, theirs):  # parts without ids, none added or removed
            return tuple(
                self.value(*each, at.item(index, each[0]))
                for index, each in enumerate(zip(base, mine, theirs, strict=True))
            )
        combined = _combined(base, mine, theirs)
        if combined is not None:
            self._took("mine", base, mine, at)
            self._took("theirs", base, theirs, at)
            return combined
        return self._clash(base, mine, theirs, at)

    def _part(self, base: Any, mine: Any, theirs: Any, at: _At) -> Any:
        kind = type(base)
        values = {
            field.alias: self.value(
                getattr(base, field.name),
                getattr(mine, field.name),
                getattr(theirs, field.name),
                at.field(kind, field),
            )
            for field in attrs.fields(kind)
            if field.init
        }
        return attrs.evolve(base, **values)

    def _by_id(
        self, base: tuple[Any, ...], mine: tuple[Any, ...], theirs: tuple[Any, ...], at: _At
    ) -> tuple[Any, ...]:
        was, now, their = ({p.id: p for p in side} for side in (base, mine, theirs))
        out: list[Any] = []
        place = 0  # a part in a clash keeps its place, whatever is chosen
        for id_ in _order([p.id for p in base], [p.id for p in mine], [p.id for p in theirs]):
            old, ours, others = was.get(id_, _GONE), now.get(id_, _GONE), their.get(id_, _GONE)
            here = at.item(place, next(p for p in (old, ours, others) if p is not _GONE))
            merged = self.value(old, ours, others, here)
            if merged is not _GONE:
                out.append(merged)
            if merged is not _GONE or here.path in {c.path for c in self.clashes}:
                place += 1
        return tuple(out)

    def _clash(self, base: Any, mine: Any, theirs: Any, at: _At) -> Any:
        base_plan, mine_plan, theirs_plan = self.sources
        self.clashes.append(
            Clash(
                at.path,
                joined(at.steps),
                _words(base, base_plan, at.target),
                _words(mine, mine_plan, at.target),
                _words(theirs, theirs_plan, at.target),
            )
        )
        return theirs if self.choices.get(at.path) == "theirs" else mine

    def _took(self, side: Side, base: Any, new: Any, at: _At) -> None:
        if at.said:
            self.taken[side].extend(_changes(base, new, at))


def _words(value: Any, plan: Strategy, target: type | None) -> Text:
    return GONE if value is _GONE else value_words(value, plan, target)


def _in_place(*versions: Any) -> bool:
    """Lists of parts without ids, of one length: merged part by part, by place."""
    return (
        all(isinstance(v, tuple) for v in versions)
        and len({len(v) for v in versions}) == 1
        and all(attrs.has(type(p)) for v in versions for p in v)
    )


def _order(base: list[str], mine: list[str], theirs: list[str]) -> list[str]:
    """Every id of the three lists, in one order: the order of a side that moved parts
    around (mine first), else the order both started from; a part added comes after
    the part it follows on its side."""
    ordered = base
    for side in (theirs, mine):
        if [i for i in side if i in base] != [i for i in base if i in side]:
            ordered = _weave(side, base)
    return _weave(_weave(ordered, mine), theirs)


def _weave(first: Sequence[Hashable], second: Sequence[Hashable]) -> list[Any]:
    """*first*, with each value of *second* it lacks after the value it follows in *second*."""
    out = list(first)
    after: Hashable | None = None
    for value in second:
        if value not in out:
            out.insert(out.index(after) + 1 if after is not None else 0, value)
        after = value
    return out


def _combined(base: Any, mine: Any, theirs: Any) -> tuple[Any, ...] | None:
    """Lists of plain values where each side added or removed other values (never moved
    one): both sides' additions and removals; None when they touch the same value."""
    sides = (base, mine, theirs)
    if not all(isinstance(v, tuple) and len(set(v)) == len(v) for v in sides):
        return None
    if any(attrs.has(type(each)) for v in sides for each in v):
        return None
    for side in (mine, theirs):
        if [v for v in side if v in base] != [v for v in base if v in side]:
            return None  # moved around: one value, its order the change
    touched_mine = set(mine) ^ set(base)
    touched_theirs = set(theirs) ^ set(base)
    if touched_mine & touched_theirs:
        return None
    gone = set(base) - set(theirs)
    return tuple(v for v in _weave(mine, theirs) if v not in gone)


def _changes(base: Any, new: Any, at: _At) -> list[Change]:
    """The fields that differ between *base* and *new*, as far down as they go."""
    if base == new:
        return []
    if attrs.has(type(base)) and type(base) is type(new):
        kind = type(base)
        found: list[Change] = []
        for field in attrs.fields(kind):
            here = at.field(kind, field)
            if here.said:
                found += _changes(getattr(base, field.name), getattr(new, field.name), here)
        return found
    if keyed(base) and keyed(new) and (base or new):
        was = {p.id: p for p in base}
        now = {p.id: p for p in new}
        found = []
        for index, id_ in enumerate(_weave([p.id for p in new], [p.id for p in base])):
            part = was.get(id_, now.get(id_))
            found += _changes(was.get(id_, _GONE), now.get(id_, _GONE), at.item(index, part))
        return found
    if _in_place(base, new):
        return [
            change
            for index, (old, now) in enumerate(zip(base, new, strict=True))
            for change in _changes(old, now, at.item(index, old))
        ]
    return [Change(at.path, joined(at.steps))]


def _readdressed(base: Strategy, mine: Strategy, theirs: Strategy) -> Strategy:
    """*mine*, where it added a part under an id *theirs* also added for another part,
    with that part (and mine's references to it) under a fresh id.

    New parts are numbered by count (``doel-6``): two people who each add a goal give
    both the same id. They are two goals, not one goal changed twice.
    """
    ids = {
        path: [{p.id: p for p in _at(plan, path)} for plan in (base, mine, theirs)]
        for path in collections().values()
        if "[]" not in path
    }
    taken = {i for was, ours, others in ids.values() for i in (*was, *ours, *others)}
    counts: dict[str, int] = {}
    for _was, ours, _others in ids.values():
        for id_ in ours:
            counts[id_] = counts.get(id_, 0) + 1
    renames: dict[str, str] = {}
    for was, ours, others in ids.values():
        for id_, part in ours.items():
            twice = id_ not in was and id_ in others and others[id_] != part
            if twice and counts[id_] == 1:  # an id two kinds share is left alone
                renames[id_] = fresh_id(id_.rstrip("0123456789").rstrip("-"), taken)
                taken.add(renames[id_])
    return with_ids(mine, lambda i: renames.get(i, i)) if renames else mine


def _at(plan: Strategy, path: str) -> tuple[Any, ...]:
    value: Any = plan
    for name in path.split("."):
        value = getattr(value, name)
    return tuple(value)


def merge(base: Strategy, mine: Strategy, theirs: Strategy) -> Merged:
    """*mine* and *theirs*, both changed from *base*, made into one (see the module)."""
    mine = _readdressed(base, mine, theirs)
    merger = _Merger((base, mine, theirs), {})
    strategy = merger.value(base, mine, theirs, _At(base))
    return Merged(
        strategy,
        tuple(merger.taken["mine"]),
        tuple(merger.taken["theirs"]),
        tuple(merger.clashes),
        (base, mine, theirs),
    )


def resolve(merged: Merged, choices: Mapping[str, Side]) -> Strategy:
    """The merged plan with each clash settled as the manager chose (by the clash's
    path: ``"mine"`` or ``"theirs"``); every clash must be chosen."""
    missing = [c.path for c in merged.clashes if c.path not in choices]
    if missing:
        raise ValueError(f"no choice for {', '.join(missing)}")
    wrong = [path for path, side in choices.items() if side not in SIDES]
    if wrong:
        raise ValueError(f"not 'mine' or 'theirs': {', '.join(wrong)}")
    base, mine, theirs = merged.sources
    result: Strategy = _Merger(merged.sources, choices).value(base, mine, theirs, _At(base))
    return result


__all__ = ["SIDES", "Change", "Clash", "Merged", "Side", "merge", "resolve"]
