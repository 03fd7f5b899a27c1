"""Widget keys: fresh per generation and per visit, and what a redraw carries over.

Widget keys carry two counters (:func:`key`): the *generation* moves when the strategy
is replaced from outside (opened, reloaded after a conflict), the *view* when the
manager enters a step. Either way every widget starts again from the model, so a
widget never shows a stale value, and ``st.data_editor`` always edits a fresh snapshot.
A widget that says where the manager is on a step (the section shown, a question
opened) declares so when it makes its key (``key(path, keep=Keep.PLACE)``), and a
redraw of the step carries its value over to the new key.

Someone else's change combined with this session's (:func:`renew`) moves neither
counter: only the widgets whose field it changed get a new key. Every other widget
keeps its key, so what the manager is typing into it still arrives (a new key drops
the old widget's edit in flight, and its callback with it).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import streamlit as st

from socialstrategy.model.paths import PathError, get_at
from socialstrategy.planner import per_run
from socialstrategy.planner.state.session import Keep, Session, _held, session

if TYPE_CHECKING:
    from socialstrategy.model import Strategy

#: The keys :func:`key` makes: generation and visit, then the field's path.
_OF_A_VISIT = re.compile(r"^\d+\.\d+:")
#: A key :func:`key` made: its generation and view, path and how often it was renewed.
_KEY = re.compile(r"^(\d+)\.(\d+):(.*?)(?:~(\d+))?$")
#: Where a path's last step begins: ``.name`` or ``[3]``.
_LAST_STEP = re.compile(r"(\.[^.\[\]]*|\[\d+\])$")
#: No part at a path.
_MISSING = object()


def enter(step: str) -> None:
    """Called at the top of every step page: entering a step refreshes its widgets."""
    held = session()
    if held.step != step:
        held.step = step
        held.view += 1
        _moved()
        _forget_earlier_views()


def _forget_earlier_views() -> None:
    """Drop what the fields of earlier visits left in the session (table snapshots,
    section choices): never read again, they would pile up over a long session, and
    Streamlit looks through the whole session state for every widget it draws.
    """
    current = key("")
    for name in [k for k in st.session_state if _OF_A_VISIT.match(str(k))]:
        if not str(name).startswith(current):
            del st.session_state[name]


def relabel() -> None:
    """After a language switch, draw every field afresh in the new language.

    The browser remembers a radio's or select box's choice by its label: with the labels
    changed the choice showed blank, though the value held was right. Fresh widgets start
    from the model, which holds every change already; only where the manager is on the
    step (the section shown, the questions opened) is carried over.
    """
    _new_view()


def _new_view(*, keep_pick: bool = True) -> None:
    """New keys for every field of the step, keeping the values of the widgets declared
    :attr:`Keep.PLACE` (and, with *keep_pick*, :attr:`Keep.PICK`)."""
    held = _held()
    kinds = (Keep.PLACE, Keep.PICK) if keep_pick else (Keep.PLACE,)
    before = key("")
    kept: dict[str, object] = {}
    # A copy: the run this one replaces may still be making keys.
    for path, kind in list(held.kept.items()):
        if kind in kinds and before + path in st.session_state:
            kept[path] = st.session_state[before + path]
    held.view += 1
    _moved()
    _forget_earlier_views()
    for path, value in kept.items():
        st.session_state[key(path)] = value


def refresh(focus: str | None = None, *, keep_pick: bool = False) -> None:
    """Start the step's widgets afresh (after adding or removing an item, or putting
    rows in a new order), then rerun. The item being edited is chosen anew (from
    *focus*), unless *keep_pick*."""
    _new_view(keep_pick=keep_pick)
    if focus is not None:
        st.query_params["focus"] = focus
    st.rerun()


def key(path: str, *, keep: Keep | None = None) -> str:
    """The widget key for the field at *path*, fresh per generation and per visit; with
    *keep*, a redraw of the step carries the widget's value over (see :class:`Keep`)."""
    run = per_run.this()
    held = session()
    prefix = run.settled.prefix
    if prefix is None:  # read once per run: a step makes dozens of keys
        prefix = f"{held.generation}.{held.view}:"
        run.settle(prefix=prefix)
    if keep is not None:
        held.kept[path] = keep
    held.drawn.add(path)
    # As renewed when the page read the plan it is drawn from (see drafts.strategy).
    drawn_with = run.collected.renewed
    renewed = (held.renewed if drawn_with is None else drawn_with).get(path)
    return prefix + path if renewed is None else f"{prefix}{path}~{renewed}"


def speaks_for_now(name: str) -> bool:
    """Whether the widget *name* still speaks for the plan this session holds: not one
    drawn for another draft (or before a clash was settled), nor one renewed since
    because someone else changed its field. Such a widget shows a value that is no
    longer the plan's, and its callback would write that old value back over the other
    person's (seen: a field the manager never touched, sent again by the browser after
    its widget was renewed, undid the other session's edits and raised a clash).
    A widget of an earlier view of the same draft still speaks: it was typed into just
    before a click moved the view."""
    matched = _KEY.match(name)
    if matched is None:
        return True  # not a key of a field
    generation, view, path, renewed = matched.groups()
    held = _held()
    if int(generation) != held.generation:
        return False
    if int(view) != held.view:
        return True
    return held.renewed.get(path) == (None if renewed is None else int(renewed))


def renew(held: Session, shown: Strategy, now: Strategy) -> None:
    """The plan the widgets show became *now* by someone else's change: a new key for
    each widget whose field differs, so it starts from *now*; the rest keep theirs.

    A widget's field is found from the path its key was made of (:func:`key`), or the
    nearest part above it that the model has (a picker's list). A key that names no part
    of the plan, or says where the manager is (:class:`Keep`), is kept.
    """
    # From the session object, not st.session_state: Streamlit may stop a run at any
    # read of that once new input has arrived, and a renewal cut short left the draft
    # combined but a field's widget with the old value, which the page then saved back
    # over the other person's (seen under load with ten sessions on five plans).
    renewed = dict(held.renewed)  # a new dict: a run drawing now keeps the one it read
    for path in held.drawn.copy() - held.kept.keys():
        if _differs(shown, now, path):
            renewed[path] = renewed.get(path, 0) + 1
    held.renewed = renewed


def _differs(shown: Strategy, now: Strategy, path: str) -> bool:
    """Whether the part at *path* (or the nearest one above it) differs in the two."""
    while path:
        before, after = _at(shown, path), _at(now, path)
        if before is not _MISSING or after is not _MISSING:
            return bool(before != after)
        shorter = _LAST_STEP.sub("", path)
        path = shorter if shorter != path else ""
    return False


def _at(plan: Strategy, path: str) -> object:
    try:
        return get_at(plan, path)
    except (PathError, ValueError):
        return _MISSING


def _moved() -> None:
    """The generation or the view moved: keys are made anew (none renewed yet)."""
    per_run.this().moved()
    held = _held()
    held.renewed = {}
    held.drawn.clear()
