"""Saving every change at once (atomically).

From the changed widget's callback (:func:`commit`), which runs even when the run that
follows is cut short by the next keystroke or a click elsewhere, and again by
:func:`update` at the end of the page. A save that meets another version on disk is
merged with it (:mod:`~socialstrategy.planner.state.conflicts`).
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import TYPE_CHECKING, Any

import streamlit as st

from socialstrategy.model._fields import FieldError
from socialstrategy.model.integrity import check_references
from socialstrategy.model.paths import PathError, get_at, set_at
from socialstrategy.model.starters import accept, reconciled, touched
from socialstrategy.planner import per_run, roles
from socialstrategy.planner.state.conflicts import combine
from socialstrategy.planner.state.keys import _new_view, refresh, speaks_for_now
from socialstrategy.planner.state.session import (
    SaveFailure,
    Session,
    _forget_unsaved,
    _held,
    _remember_unsaved,
    session,
    workspace,
)
from socialstrategy.planner.state.whole import whole
from socialstrategy.workspace import DraftConflictError

if TYPE_CHECKING:
    from collections.abc import Callable

    from socialstrategy.model import Strategy

_LOG = logging.getLogger(__name__)


def save_state() -> tuple[dt.datetime | None, SaveFailure | None]:
    """When this session last saved, and why the last save failed (None: it did not)."""
    held = session()
    return held.saved_at, held.failure


def unsaved() -> Strategy | None:
    """The change the disk refused, if any (for a download)."""
    return session().unsaved


def _write(held: Session, changed: Strategy) -> bool:
    """Save *changed* over the session's draft; whether it was written.

    Only assignments follow the write: a run stopped by new input cannot come between
    the file and the session's record of it.
    """
    with held.lock:
        before = held.plan
        written = _write_locked(held, changed)
        collected = per_run.this().collected
        if written and collected.drawn_from is before:
            # This run's own save: its page is current.
            collected.drawn_from, collected.renewed = held.plan, held.renewed
        return written


def _write_locked(held: Session, changed: Strategy) -> bool:
    current = held.draft
    if current is None or held.viewing is not None:
        return False  # an earlier revision, open to read, is never written
    if held.conflict is not None:  # a callback's edit while the clash is shown
        combine(held, changed)
        return False
    space = workspace()
    if not roles.may_edit(space.store, current.id):
        # Asked afresh on every save: a reader's crafted request changes nothing.
        return False
    broken = check_references(changed)
    if broken:  # never write a file that would not open again
        held.unsaved = changed
        held.failure = SaveFailure("invalid", broken[0].describe(), dt.datetime.now())
        return False
    try:
        saved = space.save(current, changed, author=roles.author())
    except DraftConflictError:
        return _combined(held, changed)
    except OSError as exc:
        return _refused(held, changed, exc)
    held.draft, held.unsaved, held.failure = saved, None, None
    held.saved_at = dt.datetime.now()
    _forget_unsaved(current.id)
    return True


def _refused(held: Session, changed: Strategy, exc: OSError) -> bool:
    """The disk refused *changed*: keep it to try again and to download."""
    failure = SaveFailure.of(exc)
    held.unsaved, held.failure = changed, failure
    if held.draft is not None:
        _remember_unsaved(held.draft.id, changed, failure)
        _LOG.warning("could not save draft %s: %s", held.draft.id, failure.detail)
    return False


def _combined(held: Session, changed: Strategy) -> bool:
    """*changed* met another version on disk: combine them (a disk that refuses the
    combined plan keeps *changed* as unsaved)."""
    try:
        return combine(held, changed)
    except OSError as exc:
        return _refused(held, changed, exc)


def update(changed: Strategy) -> None:
    """Save *changed* at once, unless the file changed on disk meanwhile."""
    held = session()
    collected = per_run.this().collected
    # Under the lock from the check to the write: a callback of the next run, or the
    # end of the last one, may save meanwhile (see _write).
    with held.lock:
        current = held.plan
        if current is None:
            return
        if collected.drawn_from is not None and current is not collected.drawn_from:
            # A newer run saved while this one drew its page (Streamlit starts the next
            # run, and its callbacks, while this one finishes): this page's fields show
            # an older plan, and saving them would undo that save. The newer run saves
            # what the page holds. (The replica bench lost edits so: one person's field
            # written back to its old value by the other's stale page.)
            return
        after, collected.after_save = collected.after_save, None  # once: a page may save twice
        if after is not None:
            changed = after[0](changed)  # in the same save: the plan stays whole
        # Model texts: a part whose words changed is one no more; one that did not keeps
        # its mark, however the page rebuilt it (see model.starters.reconciled).
        if changed != current:  # most reruns change nothing: no walk over the plan
            changed = reconciled(current, changed)
        # Saved already (by a callback) or not: a step asked to be drawn again is drawn
        # again.
        if (changed != current or held.failure is not None) and not _write(held, changed):
            return
    if after is not None:
        refresh(focus=after[1])
    asked = collected.redraw_if
    if any(stale(changed) for stale in asked):
        asked.clear()  # once: the page may save twice on one run
        refresh(keep_pick=True)
    again = collected.rerun_if
    if any(stale(changed) for stale in again):
        again.clear()
        st.rerun()  # the same widgets, drawn from the saved plan


@whole
def retry() -> None:
    """Try again to write what the disk refused."""
    held = _held()
    with held.lock:
        if held.unsaved is not None:
            _write(held, held.unsaved)


def _same_kind(old: Any, new: Any) -> bool:
    """Whether *new* may take the place of *old* in the model: a field edited by a widget
    whose value is not of the field's own kind is left to the page, which converts it."""
    if old is None or new is None:
        return True
    if isinstance(old, bool) or isinstance(new, bool):
        return isinstance(old, bool) and isinstance(new, bool)
    if isinstance(old, (int, float)) and isinstance(new, (int, float)):
        return isinstance(new, float) <= isinstance(old, float)
    return type(old) is type(new) or isinstance(new, type(old))


@whole
def commit(key: str, path: str, convert: Callable[[Any], Any] | None = None) -> None:
    """A widget's ``on_change``: save the field at *path* from the widget *key* at once.

    Runs before the next run of the page, and is not skipped when that run is cut
    short (a click on another step, the next keystroke). A value the model refuses, or
    a widget that edits more than its one field, is left to the page's own save, which
    says what is wrong.
    """
    if key not in st.session_state or not speaks_for_now(key):
        return
    raw = st.session_state[key]
    try:
        value = convert(raw) if convert is not None else raw
    except (TypeError, ValueError):
        return
    commit_value(path, value)


def latest() -> Strategy | None:
    """The plan as last saved or refused, read in a callback (before the run begins)."""
    return _held().plan


def commit_value(path: str, value: Any) -> bool:
    """Save *value* at the field *path* at once (from a widget's callback); a value the
    model refuses, or of another kind than the field's, is left to the page's own save.
    Whether the plan was written."""
    held = _held()
    # Read, change and write under the lock: the end of the run this callback's run
    # replaces may combine someone else's save meanwhile, and a change made to the
    # plan read before it would write their field back to its old value.
    with held.lock:
        current = latest()
        if current is None:
            return False
        try:
            if not _same_kind(get_at(current, path), value):
                return False
            changed = set_at(current, path, value)
        except (PathError, FieldError, TypeError, ValueError):
            return False
        if changed != current:
            # An edit is a person's own words: the model text it changed is one no more.
            changed = touched(changed, path)
        if changed != current or held.failure is not None:
            return _write(held, changed)
        return False


@whole
def accept_model_texts(*paths: str) -> None:
    """A button's ``on_click``: accept every model text under *paths* as it stands."""
    held = _held()
    with held.lock:  # read and write as one (see commit_value)
        current = latest()
        if current is None:
            return
        changed = current
        for path in paths:
            changed = accept(changed, path)
        written = changed != current and _write(held, changed)
    if written:
        # Tables drawn before the click hold snapshots with the marks: draw them afresh.
        _new_view()


@whole
def apply(change: Callable[[Strategy, int], Strategy]) -> bool:
    """A button's ``on_click``: save *change* of the plan at once and draw the step afresh.
    *change* gets the plan and the number of the revision this save makes (an adoption
    records the revision that holds it). Whether the plan was written."""
    held = _held()
    with held.lock:  # read and write as one (see commit_value)
        current, draft = latest(), held.draft
        if current is None or draft is None:
            return False
        expected = draft.revision + 1
        changed = change(current, expected)
        written = changed != current and _write(held, changed)
        if written and held.draft is not None and held.draft.revision != expected:
            _LOG.warning(
                "draft %s saved as revision %s, not %s", draft.id, held.draft.revision, expected
            )
    if written:
        _new_view()
    return written


@whole
def put(path: str, value: Any) -> None:
    """A button's ``on_click``: save *value* at the field *path* (a text offered again,
    such as a source another audience names) and draw the step afresh to show it."""
    if commit_value(path, value):
        _new_view()


def redraw_if(stale: Callable[[Strategy], bool]) -> None:
    """Draw the step afresh once this run's change is saved, if *stale* says of the
    saved strategy that something drawn before the edit no longer shows it."""
    per_run.this().collected.redraw_if.append(stale)


def rerun_if(stale: Callable[[Strategy], bool]) -> None:
    """Run the step again once this run's change is saved, if *stale* says of the saved
    strategy that something drawn before the edit no longer shows it. Unlike
    :func:`redraw_if`, every widget stays as it is (a click on one is not lost): for
    what is drawn from the plan each run, such as a picker's names."""
    per_run.this().collected.rerun_if.append(stale)


def refresh_after_save(focus: str, tidy: Callable[[Strategy], Strategy] | None = None) -> None:
    """With this run's save (:func:`update`), *tidy* the strategy saved (take out the
    references to an item removed), then draw the step afresh at *focus*: an item added
    or removed is saved with every field the page read, so no edit is lost."""
    per_run.this().collected.after_save = (tidy or (lambda s: s), focus)


def redraw_after_save() -> None:
    """Draw the step afresh once this run's change is saved (a table whose rows were put
    in a new order shows them in that order)."""
    redraw_if(lambda _: True)
