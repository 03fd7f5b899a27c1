"""Cross-reference checks: one pass over the strategy that collects every problem.

A reference to something that does not exist names both ends: the part that refers, by
its name, with the path where the reference stands (``goals[2].processes[0]``), and the
id that was not found, with where it should have been (``organisation.processes``).
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING, Final

from socialstrategy.errors import Problem, did_you_mean
from socialstrategy.i18n import Text
from socialstrategy.model.names import display_name, given_name, naming
from socialstrategy.model.references import collections, parts, references

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

    from socialstrategy.model.references import Reference
    from socialstrategy.model.strategy import Strategy

_PLACE: Final = re.compile(r"\[(\d+)\]$")


def _duplicates(path: str, ids: Sequence[str], what: Text) -> Iterator[Problem]:
    counts = Counter(ids)
    seen: set[str] = set()
    for index, id_ in enumerate(ids):
        if counts[id_] > 1 and id_ in seen:
            yield Problem(
                path=f"{path}[{index}]",
                text=Text(
                    nl=f"'{id_}' komt meer dan eens voor in {what.nl}",
                    en=f"'{id_}' occurs more than once in {what.en}",
                ),
            )
        seen.add(id_)


def _holder(ref: Reference) -> Text:
    """The referring end, by name: "doel 'Meer sollicitaties'", "escalatiestap 2"."""
    part = ref.holder
    noun = naming(type(part)).noun
    if given_name(part) or naming(type(part)).label is not None:
        return Text(
            nl=f"{noun.nl} '{display_name(part, 'nl')}'",
            en=f"{noun.en} '{display_name(part, 'en')}'",
        )
    place = _PLACE.search(ref.holder_path)
    number = f" {int(place.group(1)) + 1}" if place else ""
    return Text(nl=f"{noun.nl}{number}", en=f"{noun.en}{number}")


def _dangling(ref: Reference, where: str, ids: Sequence[str]) -> Problem:
    holder = _holder(ref)
    target = naming(ref.target).noun
    return Problem(
        path=ref.path,
        text=Text(
            nl=f"{holder.nl} verwijst naar {target.nl} '{ref.id}': die id bestaat niet in {where}",
            en=f"{holder.en} refers to {target.en} '{ref.id}': that id does not exist in {where}",
        ),
        hint=did_you_mean(ref.id, ids),
    )


def check_references(strategy: Strategy) -> tuple[Problem, ...]:
    """Every broken reference and duplicate id in *strategy*, in document order.

    The references are found from the model's declarations (:mod:`.references`), so a
    new reference field is checked without being listed here.
    """
    return (*_duplicate_ids(strategy), *_broken(strategy))


def _duplicate_ids(s: Strategy) -> Iterator[Problem]:
    for kind, path in collections().items():
        if "[]" in path:
            continue
        what = naming(kind).collection or naming(kind).noun
        ids = [part.id for part in parts(s, kind)]
        for problem in _duplicates(path, ids, what):
            yield Problem(path=f"{problem.path}.id", text=problem.text)
    # Two lists keyed by a term rather than an id: each term once.
    yield from _duplicates(
        "readiness",
        [r.question.code for r in s.readiness],
        Text("de checkvragen", "the check questions"),
    )
    yield from _duplicates(
        "crisis.tiers", [t.level.code for t in s.crisis.tiers], Text("de niveaus", "the tiers")
    )


def _broken(s: Strategy) -> Iterator[Problem]:
    where = collections()
    ids = {kind: tuple(part.id for part in parts(s, kind)) for kind in where}
    listed: dict[tuple[str, str], list[str]] = {}
    for ref in references(s):
        known = ids.get(ref.target, ())
        if ref.id not in known:
            yield _dangling(ref, where.get(ref.target, ref.target.__name__), known)
        if ref.many:
            # A list naming one target twice: the second mention is the problem.
            seen = listed.setdefault((ref.holder_path, ref.field), [])
            if ref.id in seen:
                yield Problem(
                    path=ref.path,
                    text=Text(
                        nl=f"'{ref.id}' komt meer dan eens voor in deze lijst",
                        en=f"'{ref.id}' occurs more than once in this list",
                    ),
                )
            seen.append(ref.id)
