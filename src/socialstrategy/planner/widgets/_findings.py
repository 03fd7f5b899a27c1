"""Findings shown beside the parts of a page they are about, one box per rule."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import streamlit as st

from socialstrategy.planner import per_run, state
from socialstrategy.planner.markup import inert
from socialstrategy.planner.widgets._language import language, t
from socialstrategy.scoring import Level
from socialstrategy.vocab import CheckQuestion

if TYPE_CHECKING:
    from collections.abc import Sequence

    from streamlit.delta_generator import DeltaGenerator

    from socialstrategy.planner.steps import Step
    from socialstrategy.scoring import Finding


LEVEL_ICONS = {
    Level.ERROR: ":material/error:",
    Level.WARNING: ":material/warning:",
    Level.ADVICE: ":material/lightbulb:",
}


def findings(
    step: Step, prefix: str | tuple[str, ...] | None = None, *, exact: bool = False
) -> None:
    """The findings of this step's area (or under *prefix*, or any of several prefixes
    shown in one place), beside the part they are about.

    With *exact*, only the findings about *prefix* itself: a list as a whole (``crisis.
    scenarios``), not its items (``crisis.scenarios[2]``), which are shown beside each item.
    One rule is one box wherever it is shown: seven audiences without needs are one box
    that names them, not seven.
    """
    report = state.report()
    if report is None or step.area is None:
        return
    prefixes = (prefix,) if isinstance(prefix, str) else prefix
    found = [
        f
        for f in report.areas[step.area].findings
        if prefixes is None
        or any(f.path == p or (not exact and _below(f.path, p)) for p in prefixes)
    ]
    if prefixes is not None:
        for group in _by_rule(found):
            _box(group, beside=True)
        return
    # The rest of the step's findings: those already shown beside their part on this
    # run are counted, not repeated (a near-empty plan was a wall of them twice over).
    shown = per_run.this().collected.findings_shown
    own = _join_beside([f for f in found if (f.code, f.path) not in shown])
    beside = len(found) - sum(len(group) for group in own)
    score = report.areas[step.area].score
    with st.expander(f"{t('step.findings')} · {round(score)}/100", expanded=bool(own)):
        if not found:
            st.success(t("step.no_findings"), icon=":material/check_circle:")
        elif beside:
            one = ".one" if beside == 1 else ""  # "1 punt staat", not "1 punt(en) staan"
            st.caption(t(f"step.findings.beside{one}", count=beside))
        for group in own:
            _box(group, beside=False)


def finding_list(found: Sequence[Finding]) -> None:
    """*found* as boxes, one per rule, the most serious first."""
    for group in _join_beside(found):
        _box(group, beside=False)


def _join_beside(found: Sequence[Finding]) -> list[list[Finding]]:
    """*found* by rule, the most serious first; a rule already in one box beside its part
    on this run takes its other places into that box, and is left out."""
    collected = per_run.this().collected
    boxes = collected.finding_boxes
    own = []
    for group in _by_rule(found):
        there = boxes.get(group[0].code)
        if there is None:
            own.append(group)
            continue
        slot, earlier = there
        collected.findings_shown.update((f.code, f.path) for f in group)
        _draw(slot, earlier, also=group)
    return sorted(own, key=lambda g: (g[0].level.rank, -sum(f.points for f in g)))


def _by_rule(found: Sequence[Finding]) -> list[list[Finding]]:
    """*found* in groups of one rule each, in the order each rule first appears."""
    groups: dict[str, list[Finding]] = {}
    for f in found:
        groups.setdefault(f.code, []).append(f)
    return list(groups.values())


def _below(path: str, prefix: str) -> bool:
    """Whether *path* lies in *prefix*: ``goals[1].owner`` in ``goals[1]``; ``goals[10]`` not."""
    return path.startswith(prefix) and path[len(prefix) : len(prefix) + 1] in (".", "[")


class FindingSlots:
    """Places beside the parts of a page for their findings, filled after the save.

    A page reads its widgets and saves the change near its end; findings drawn before
    that would lag one edit behind. Mark the place with :meth:`here`, then call
    :meth:`fill` after :func:`state.update`.
    """

    def __init__(self, step: Step) -> None:
        self._step = step
        self._slots: list[tuple[DeltaGenerator, tuple[str, ...], bool]] = []

    def here(self, prefix: str, *more: str, exact: bool = False) -> None:
        """A place for the findings under *prefix* (and *more* prefixes: fields shown
        together, whose findings of one rule are then one box, not one box each)."""
        self._slots.append((st.container(), (prefix, *more), exact))

    def fill(self) -> None:
        for slot, prefix, exact in self._slots:
            with slot:
                findings(self._step, prefix, exact=exact)


def _box(group: list[Finding], *, beside: bool) -> None:
    """One box for the findings of one rule; one shown beside its part can take the
    rule's other places later (see :func:`finding_list`)."""
    collected = per_run.this().collected
    collected.findings_shown.update((f.code, f.path) for f in group)
    slot = st.empty()
    if beside:
        boxes = collected.finding_boxes
        code = group[0].code
        # A rule beside two parts keeps both boxes; its other places get one of their own.
        boxes[code] = None if code in boxes else (slot, group)
    _draw(slot, group)


def _draw(slot: DeltaGenerator, group: Sequence[Finding], also: Sequence[Finding] = ()) -> None:
    """``**title** · message`` and the fix; for more places of one rule ``**n× title**``
    and the places by name. The message is escaped: it quotes what the manager typed."""
    lang = language()
    first = group[0]
    count = len(group) + len(also)
    title = first.title.get(lang) if count == 1 else f"{count}× {first.title.get(lang)}"
    title = f"**{title}**"
    if len(group) == 1:
        lines = [f"{title} · {inert(first.message.get(lang))}"]
    else:
        lines = [f"{title} · {_places(group)}"]
    if also:
        lines.append(t("findings.also", places=_places(also)))
    text = "  \n".join([*lines, first.fix.get(lang)])
    if first.level is Level.ERROR:
        slot.error(text, icon=LEVEL_ICONS[first.level])
    elif first.level is Level.WARNING:
        slot.warning(text, icon=LEVEL_ICONS[first.level])
    else:
        slot.info(text, icon=LEVEL_ICONS[first.level])


def _places(group: Sequence[Finding]) -> str:
    """The parts *group* is about, by name (escaped), in order; their messages when a
    part has no name to go by."""
    names = [_place(f.path) for f in group]
    if any(name is None for name in names):
        # Sentences joined by semicolons: each without its own full stop.
        return "; ".join(inert(f.message.get(language()).rstrip(".")) for f in group)
    return ", ".join(dict.fromkeys(n for n in names if n is not None))


_SEGMENT = re.compile(r"([a-z_]+)(?:\[(\d+)\])?")


def _place(path: str) -> str | None:
    """The name of the innermost list item *path* lies in (``goals[1].owner``: the goal's
    title), escaped; its number when it has no name; None for a path in no list."""
    item: object = state.strategy()
    place = None
    for name, index in _SEGMENT.findall(path):
        item = getattr(item, name, None)
        if not index or not isinstance(item, tuple) or int(index) >= len(item):
            continue
        item = item[int(index)]
        place = _item_name(item, int(index))
    if place is None:
        sections = per_run.this().collected.sections
        holding = [p for p in sections if p == path or _below(path, p)]
        if holding:
            place = inert(sections[max(holding, key=len)])
    return place


def _item_name(item: object, index: int) -> str:
    question = getattr(item, "question", None)
    if isinstance(question, CheckQuestion):
        return t("findings.question", n=list(CheckQuestion).index(question) + 1)
    for attribute in ("name", "title", "kpi"):
        value = getattr(item, attribute, None)
        if isinstance(value, str) and value.strip():
            return inert(value.strip())
    return t("findings.number", n=index + 1)
