"""Widget keys: fresh per generation and per visit, and what a redraw carries over.

Widget keys carry two counters (:func:`key`): the *generation* moves when the strategy
is replaced from outside (opened, reloaded after a conflict), the *view* when the
manager enters a step. Either way every widget starts again from the model, so a
widget never shows a stale value, and ``st.data_editor`` always edits a fresh snapshot.
A widget that says where the manager is on a step (the section shown, a question
opened) declares so when it makes its key (``key(path, keep=Keep.PLACE)``), and a
redraw of the step carries its value over to the new key.
"""

from __future__ import annotations

import re

import streamlit as st

from socialstrategy.planner import per_run
from socialstrategy.planner.state.session import Keep, _held, session

#: The keys :func:`key` makes: generation and visit, then the field's path.
_OF_A_VISIT = re.compile(r"^\d+\.\d+:")


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
    prefix = run.settled.prefix
    if prefix is None:  # read once per run: a step makes dozens of keys
        held = session()
        prefix = f"{held.generation}.{held.view}:"
        run.settle(prefix=prefix)
    if keep is not None:
        session().kept[path] = keep
    return prefix + path


def _moved() -> None:
    """The generation or the view moved: keys are made anew."""
    per_run.this().moved()
