"""Two versions of a plan compared part by part, each difference told in words.

Parts with ids (goals, channels, actions) are matched by id, so a part renamed is
renamed, and one moved is not reported at all. Parts without ids (indicators, guideline
rules, severity levels) are matched by what they are about where they say so (a
guideline rule's topic, a severity level's level), else by place.
"""

from __future__ import annotations

import difflib
from typing import TYPE_CHECKING, Any, Final

import attrs

from socialstrategy.model.actions import Action
from socialstrategy.model.channels import Span
from socialstrategy.model.diff import sentences
from socialstrategy.model.diff.where import At
from socialstrategy.model.guidelines import GuidelineRule
from socialstrategy.model.merge.words import value_words
from socialstrategy.model.names import naming
from socialstrategy.model.references import keyed
from socialstrategy.vocab import ActionStatus
from socialstrategy.vocab._term import Term

if TYPE_CHECKING:
    from collections.abc import Hashable

    from socialstrategy.model.diff.difference import Difference
    from socialstrategy.model.strategy import Strategy

#: Bookkeeping, not a person's words: never reported.
_UNSAID: Final = frozenset({"model_text", "model_texts"})
#: Parts compared as one value: a time span reads as "09:00–17:00".
_WHOLE: Final = (Span,)
#: A part whose own text is this field: the part is reworded, not the field.
_OWN_TEXT: Final[dict[type | None, str]] = {GuidelineRule: "rule"}
#: Several actions that got one status are told as one sentence from this many on.
_GROUP_FROM: Final = 2


def diff(old: Strategy, new: Strategy) -> tuple[Difference, ...]:
    """What changed from *old* to *new*, in the order of the plan; empty when nothing did."""
    walker = _Walker()
    walker.compare(old, new, At(old, new))
    return walker.grouped()


class _Walker:
    def __init__(self) -> None:
        self.found: list[Difference] = []
        #: Actions whose status changed: the change, its new status and the action's name.
        self.statuses: list[tuple[int, ActionStatus, At]] = []

    def compare(self, old: Any, new: Any, at: At) -> None:
        if old == new:
            return
        if attrs.has(type(old)) and type(old) is type(new) and not isinstance(old, _WHOLE):
            self._part(old, new, at.inside())
        elif keyed(old) and keyed(new):
            self._by_id(old, new, at)
        elif _parts(old) and _parts(new):
            self._by_place(old, new, at)
        else:
            self._field(old, new, at)

    def _part(self, old: Any, new: Any, at: At) -> None:
        kind = type(old)
        for field in attrs.fields(kind):
            if field.name not in _UNSAID:
                self.compare(
                    getattr(old, field.name), getattr(new, field.name), at.field(kind, field)
                )

    def _field(self, old: Any, new: Any, at: At) -> None:
        kind, name = at.kind, at.name
        own = at.owner is not None and len(at.trail) == 1 and kind is not None
        if own and kind is Action and name == "status" and isinstance(new, ActionStatus):
            words = (value_words(old, at.old_plan, None), value_words(new, at.new_plan, None))
            self.statuses.append((len(self.found), new, at))
            self.found.append(sentences.action_status(new, at, words))
        elif own and kind is not None and naming(kind).fields[:1] == (name,) and _texts(old, new):
            self.found.append(sentences.renamed(old, new, at))
        elif own and _OWN_TEXT.get(kind) == name and old and new:
            words = (value_words(old, at.old_plan, None), value_words(new, at.new_plan, None))
            self.found.append(sentences.reworded(at, words, whole_part=True))
        else:
            self.found.append(sentences.field_changed(old, new, at))

    def _by_id(self, old: tuple[Any, ...], new: tuple[Any, ...], at: At) -> None:
        was = {p.id: p for p in old}
        now = {p.id: p for p in new}
        places = {p.id: i for i, p in enumerate(new)}
        for index, part in enumerate(old):
            if part.id not in now:
                here = at.item(index, part, at.old_plan)
                self.found.append(sentences.part_removed(part, here, at.old_plan))
        for part in new:
            index = places[part.id]
            if part.id not in was:
                here = at.item(index, part, at.new_plan)
                self.found.append(sentences.part_added(part, here, at.new_plan))
            else:
                self.compare(was[part.id], part, at.item(index, was[part.id], at.old_plan))

    def _by_place(self, old: tuple[Any, ...], new: tuple[Any, ...], at: At) -> None:
        for i, j in _pairs(old, new):
            if i is not None and j is not None:
                self.compare(old[i], new[j], at.item(j, old[i], at.old_plan))
            elif i is not None:
                here = at.item(i, old[i], at.old_plan)
                self.found.append(sentences.part_removed(old[i], here, at.old_plan))
            elif j is not None:
                here = at.item(j, new[j], at.new_plan)
                self.found.append(sentences.part_added(new[j], here, at.new_plan))

    def grouped(self) -> tuple[Difference, ...]:
        """The differences, with several actions that got one status told as one (where
        the first of them was)."""
        by_status: dict[ActionStatus, list[tuple[int, At]]] = {}
        for place, status, at in self.statuses:
            by_status.setdefault(status, []).append((place, at))
        out: list[Difference | None] = list(self.found)
        for status, changes in by_status.items():
            if len(changes) < _GROUP_FROM:
                continue
            told = [self.found[place] for place, _ in changes]
            owners = [at.owner for _, at in changes if at.owner is not None]
            out[changes[0][0]] = sentences.actions_status(status, told, owners, "actions")
            for place, _ in changes[1:]:
                out[place] = None
        return tuple(d for d in out if d is not None)


def _texts(old: Any, new: Any) -> bool:
    """Both a name typed (a dated record's day is no name that is renamed)."""
    return isinstance(old, str) and isinstance(new, str) and bool(old) and bool(new)


def _parts(value: Any) -> bool:
    """A list of parts (with or without ids), possibly empty."""
    return isinstance(value, tuple) and all(
        attrs.has(type(p)) and not isinstance(p, _WHOLE) for p in value
    )


def _pairs(old: tuple[Any, ...], new: tuple[Any, ...]) -> list[tuple[int | None, int | None]]:
    """Parts without ids paired: the same part where it is still there; else the part
    about the same thing (:func:`_key`), else the part in the same place; *None* on the
    side where a part is added or removed. Parts unchanged are left out."""
    found: list[tuple[int | None, int | None]] = []
    whole = difflib.SequenceMatcher(None, old, new, autojunk=False)
    for tag, i1, i2, j1, j2 in whole.get_opcodes():
        if tag == "equal":
            continue
        keys = difflib.SequenceMatcher(
            None, [_key(p) for p in old[i1:i2]], [_key(p) for p in new[j1:j2]], autojunk=False
        )
        for _tag, k1, k2, l1, l2 in keys.get_opcodes():
            paired = min(k2 - k1, l2 - l1)
            found += [(i1 + k1 + k, j1 + l1 + k) for k in range(paired)]
            found += [(i1 + k, None) for k in range(k1 + paired, k2)]
            found += [(None, j1 + k) for k in range(l1 + paired, l2)]
    return found


def _key(part: Any) -> Hashable:
    """What a part without an id is about, where it says so: the vocabulary field that
    names it (a guideline rule's topic) or its first choice or reference (a training
    need's role); else nothing, and parts are matched by place."""
    label = naming(type(part)).label
    if label is not None:
        key: Hashable = getattr(part, label)
        return key
    for field in attrs.fields(type(part)):
        value = getattr(part, field.name)
        if isinstance(value, Term) or (field.metadata.get("ref") and isinstance(value, str)):
            return value
    return None


__all__ = ["diff"]
