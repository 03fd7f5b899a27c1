"""The planner's session: which draft is open, saving every change, and conflicts.

A browser refresh or a server restart starts a new Streamlit session with empty
``st.session_state``; the draft id in the URL (``?d=...``) brings the work back from
disk. Every change is saved at once (atomically) by :func:`update`.

Widget keys carry two counters (:func:`key`): the *generation* moves when the strategy
is replaced from outside (opened, reloaded after a conflict), the *view* when the
manager enters a step. Either way every widget starts again from the model, so a
widget never shows a stale value, and ``st.data_editor`` always edits a fresh snapshot.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from typing import TYPE_CHECKING, TypeVar

import streamlit as st

from socialstrategy.errors import InvalidStrategyError, StrategyIOError
from socialstrategy.planner import per_run
from socialstrategy.scoring import Report, score
from socialstrategy.workspace import Draft, DraftConflictError, Workspace, default_dir, examples_dir

if TYPE_CHECKING:
    from collections.abc import Callable

    from socialstrategy.model import Strategy

_DRAFT = "draft"
_CONFLICT = "conflict"
_GENERATION = "generation"
_VIEW = "view"
_STEP = "step"
_BROKEN = "broken"
_REPORT = "report"
_MEMOS = "memos"
#: What a run settles (see :mod:`per_run`): the key prefix, the redraws asked for.
_PREFIX = "key_prefix"
_REDRAW_IF = "redraw_if"
T = TypeVar("T")
QUERY_DRAFT = "d"
#: The keys :func:`key` makes: generation and visit, then the field's path.
_OF_A_VISIT = re.compile(r"^\d+\.\d+:")
#: The keys of a visit that say where the manager is on a step, not what they typed.
_WHERE_ON_A_STEP = re.compile(
    r"\.section$|\.details$|^readiness\.open_at_start$"
    r"|^review\.(chart|export\.document|export\.format)$|^start\.(resume|example|sector)$"
)


def workspace() -> Workspace:
    """The workspace folder; a new one starts with copies of the bundled examples."""
    space = Workspace(default_dir())
    space.ensure(seed=examples_dir())
    return space


def init() -> None:
    """Set up this session's state, and reopen the draft named in the URL."""
    if _GENERATION not in st.session_state:  # a new session: tidy up after killed saves
        with contextlib.suppress(OSError):
            workspace().sweep()
    st.session_state.setdefault(_GENERATION, 0)
    st.session_state.setdefault(_VIEW, 0)
    st.session_state.setdefault(_CONFLICT, None)
    if st.session_state.get(_DRAFT) is None:
        draft_id = st.query_params.get(QUERY_DRAFT)
        if draft_id:
            _reopen(draft_id)
    draft = st.session_state.get(_DRAFT)
    if draft is not None and st.query_params.get(QUERY_DRAFT) != draft.id:
        st.query_params[QUERY_DRAFT] = draft.id


def _reopen(draft_id: str) -> None:
    space = workspace()
    if not space.exists(draft_id):
        st.session_state[_BROKEN] = (draft_id, None)
        return
    try:
        st.session_state[_DRAFT] = space.open(draft_id)
    except (InvalidStrategyError, StrategyIOError, UnicodeDecodeError) as exc:
        st.session_state[_BROKEN] = (draft_id, exc)


def broken() -> tuple[str, Exception | None] | None:
    """The draft named in the URL that could not be opened, and why (None: it is gone)."""
    return st.session_state.get(_BROKEN)


def notice_outside_change() -> bool:
    """After the page ran: has the file changed on disk meanwhile? Then keep the
    session's version aside for the manager's choice.

    Checked after the page, not before: a page's save that meets the change records
    the edit it was making, so nothing typed in that rerun is lost.
    """
    current = draft()
    if current is None or st.session_state.get(_CONFLICT) is not None:
        return False
    try:
        workspace().check(current)
    except DraftConflictError as conflict:
        st.session_state[_CONFLICT] = (conflict, current.strategy)
        return True
    except OSError:
        pass  # a vanished folder shows up as an error on the next real save
    return False


def draft() -> Draft | None:
    return st.session_state.get(_DRAFT)


def strategy() -> Strategy | None:
    current = draft()
    return current.strategy if current else None


def open_draft(opened: Draft) -> None:
    """Make *opened* the session's draft, and start every widget afresh."""
    st.session_state[_DRAFT] = opened
    st.session_state[_CONFLICT] = None
    st.session_state.pop(_BROKEN, None)
    st.session_state[_GENERATION] += 1
    _moved()
    _forget_earlier_views()
    st.query_params[QUERY_DRAFT] = opened.id


def close() -> None:
    st.session_state[_DRAFT] = None
    st.session_state[_CONFLICT] = None
    st.query_params.pop(QUERY_DRAFT, None)


def update(changed: Strategy) -> None:
    """Save *changed* at once, unless the file changed on disk meanwhile."""
    current = draft()
    if current is None or changed == current.strategy:
        return
    if st.session_state.get(_CONFLICT) is not None:
        conflict, _ = st.session_state[_CONFLICT]
        st.session_state[_CONFLICT] = (conflict, changed)
        return
    try:
        st.session_state[_DRAFT] = workspace().save(current, changed)
    except DraftConflictError as conflict:
        st.session_state[_CONFLICT] = (conflict, changed)
        return
    asked: list[Callable[[Strategy], bool]] = per_run.collect(_REDRAW_IF)
    if any(stale(changed) for stale in asked):
        asked.clear()  # once: the page may save twice on one run
        refresh(keep_pick=True)


def redraw_if(stale: Callable[[Strategy], bool]) -> None:
    """Draw the step afresh once this run's change is saved, if *stale* says of the
    saved strategy that something drawn before the edit no longer shows it."""
    per_run.collect(_REDRAW_IF).append(stale)


def redraw_after_save() -> None:
    """Draw the step afresh once this run's change is saved (a table whose rows were put
    in a new order shows them in that order)."""
    redraw_if(lambda _: True)


def conflict() -> tuple[DraftConflictError, Strategy] | None:
    """The conflict waiting for the manager's choice, with their own version."""
    return st.session_state.get(_CONFLICT)


def resolve_keep_theirs() -> None:
    current = draft()
    if current is not None:
        open_draft(workspace().open(current.id))


def resolve_keep_mine() -> None:
    current, pending = draft(), conflict()
    if current is not None and pending is not None:
        saved = workspace().save(current, pending[1], force=True)
        open_draft(saved)


def resolve_save_copy() -> None:
    current, pending = draft(), conflict()
    if current is not None and pending is not None:
        open_draft(workspace().create(pending[1], hint=current.id.rsplit("-", 1)[0]))


def enter(step: str) -> None:
    """Called at the top of every step page: entering a step refreshes its widgets."""
    if st.session_state.get(_STEP) != step:
        st.session_state[_STEP] = step
        st.session_state[_VIEW] += 1
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
    """New keys for every field of the step, keeping where the manager is on it (and,
    with *keep_pick*, which item is being edited)."""
    before = key("")
    kept = {
        str(name)[len(before) :]: value
        for name, value in st.session_state.items()
        if str(name).startswith(before)
        and (
            _WHERE_ON_A_STEP.search(str(name)[len(before) :])
            or (keep_pick and str(name).endswith(".pick"))
        )
    }
    st.session_state[_VIEW] += 1
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


def key(path: str) -> str:
    """The widget key for the field at *path*, fresh per generation and per visit."""
    prefix: str | None = per_run.get(_PREFIX)
    if prefix is None:  # read once per run: a step makes dozens of keys
        prefix = f"{st.session_state[_GENERATION]}.{st.session_state[_VIEW]}:"
        per_run.put(_PREFIX, prefix)
    return prefix + path


def _moved() -> None:
    """The generation or the view moved: keys are made anew."""
    per_run.forget(_PREFIX)


def memo(name: str, compute: Callable[[Strategy], T]) -> T | None:
    """*compute* over the current strategy, once per saved revision (charts, exports)."""
    current = draft()
    if current is None:
        return None
    memos: dict[str, tuple[str, object]] = st.session_state.setdefault(_MEMOS, {})
    hit = memos.get(name)
    if hit is None or hit[0] != current.digest:
        hit = (current.digest, compute(current.strategy))
        memos[name] = hit
    return hit[1]  # type: ignore[return-value]


def report() -> Report | None:
    """The current strategy's score, computed once per saved revision and day."""
    current = draft()
    if current is None:
        return None
    memo_key = (current.digest, dt.date.today())
    memo = st.session_state.get(_REPORT)
    if memo is None or memo[0] != memo_key:
        memo = (memo_key, score(current.strategy, today=memo_key[1]))
        st.session_state[_REPORT] = memo
    return memo[1]
