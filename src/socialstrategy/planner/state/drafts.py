"""The session's draft: opened from the URL, made, opened, closed.

A browser refresh or a server restart starts a new Streamlit session with empty
``st.session_state``; the draft id in the URL (``?d=...``) brings the work back from
the store, and the page says so (:func:`reopened`): behind a proxy the new session may
be on another replica, after the one the browser was on stopped.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
from typing import TYPE_CHECKING

import streamlit as st

from socialstrategy.errors import InvalidStrategyError, StrategyIOError
from socialstrategy.planner import per_run, roles
from socialstrategy.planner.state.keys import _forget_earlier_views, _moved
from socialstrategy.planner.state.session import (
    SaveFailure,
    Session,
    _recall_unsaved,
    session,
    workspace,
)

if TYPE_CHECKING:
    from socialstrategy.model import Strategy
    from socialstrategy.workspace import Draft, Workspace

QUERY_DRAFT = "d"
#: The earlier revision of the draft open to read: ``?d=<id>&v=<number>``.
QUERY_REVISION = "v"
_LOG = logging.getLogger(__name__)


def init() -> None:
    """Set up this session's state, and reopen the draft named in the URL."""
    held = session()
    if not held.swept:  # a new session: tidy up after killed saves
        held.swept = True
        with contextlib.suppress(OSError):
            workspace().sweep()
    if held.draft is None and held.broken is None:
        draft_id = st.query_params.get(QUERY_DRAFT)
        if draft_id:
            _reopen(held, draft_id)
    if held.draft is not None and st.query_params.get(QUERY_DRAFT) != held.draft.id:
        st.query_params[QUERY_DRAFT] = held.draft.id
    _settle_revision(held)


def _settle_revision(held: Session) -> None:
    """Open the revision the URL names (a refresh, a bookmark), and keep naming the one
    open in the URL: a step's address drops its query."""
    wanted = st.query_params.get(QUERY_REVISION)
    if held.draft is None:
        if wanted is not None:
            st.query_params.pop(QUERY_REVISION, None)
        return
    if held.viewing is None and wanted:
        number = int(wanted) if wanted.isdigit() else 0
        if not view_revision(number):
            st.query_params.pop(QUERY_REVISION, None)
    elif held.viewing is not None and wanted != str(held.viewing.revision):
        st.query_params[QUERY_REVISION] = str(held.viewing.revision)


def _reopen(held: Session, draft_id: str) -> None:
    try:
        space = workspace()
        # A plan the person may not see is "not found", word for word: nothing leaks.
        if not space.exists(draft_id) or not roles.may_read(space.store, draft_id):
            held.broken = (draft_id, None)
            return
        opened = space.open(draft_id)
    except (InvalidStrategyError, StrategyIOError, UnicodeDecodeError, OSError) as exc:
        held.broken = (draft_id, exc)
        return
    held.draft = opened
    held.reopened = _last_saved(space, draft_id)
    kept = _recall_unsaved(draft_id)
    if kept is not None:  # a refresh while the disk refused the work: it is still here
        held.unsaved, held.failure = kept


def _last_saved(space: Workspace, draft_id: str) -> dt.datetime | bool:
    """When the store last saved *draft_id*, in the server's time (True: unknown)."""
    try:
        return space.history(draft_id)[-1].saved_at.astimezone()
    except (StrategyIOError, OSError, IndexError) as exc:
        _LOG.info("no history of %s", draft_id, exc_info=exc)
        return True


def reopened() -> dt.datetime | bool | None:
    """When the store last saved the draft this session reopened from the URL (True:
    unknown); None when the session opened it itself, or the manager has read it."""
    return session().reopened


def dismiss_reopened() -> None:
    session().reopened = None


def broken() -> tuple[str, Exception | None] | None:
    """The draft named in the URL that could not be opened, and why (None: it is gone)."""
    return session().broken


def draft() -> Draft | None:
    return session().draft


def strategy() -> Strategy | None:
    """The plan as the manager last left it: saved, or what the disk refused. The first
    a run reads is the plan its page is drawn from (see ``saving.update``)."""
    held = session()
    collected = per_run.this().collected
    if collected.drawn_from is not None:
        return held.plan
    # The plan and the widget keys renewed for it, read as one: someone else's change
    # combined by another thread moves both under the lock (see keys.renew).
    with held.lock:
        plan = collected.drawn_from = held.plan
        collected.renewed = held.renewed
    return plan


def viewing() -> Draft | None:
    """The earlier revision of the draft open to read, if one is."""
    return session().viewing


def shown_on() -> dt.date:
    """The day the steps show the plan as of: the day the revision open to read was
    saved (a review date that had not passed then is not overdue in it), else today."""
    held = session()
    if held.viewing is not None and held.viewed_on is not None:
        return held.viewed_on
    return dt.date.today()


def view_revision(number: int) -> bool:
    """Open revision *number* of the draft to read on every step (read only: nothing is
    saved while it is open); whether it could be opened. The draft stays the session's:
    :func:`leave_revision` goes back to it."""
    held = session()
    current = held.draft
    if current is None or held.conflict is not None or number < 1:
        return False
    space = workspace()
    if not roles.may_read(space.store, current.id):
        return False
    try:
        opened = space.open_revision(current.id, number)
        saved = [r.saved_at for r in space.history(current.id) if r.number == number]
    except (InvalidStrategyError, StrategyIOError, UnicodeDecodeError, OSError) as exc:
        _LOG.info("revision %s of %s not opened: %s", number, current.id, exc)
        return False
    with held.lock:
        held.viewing = opened
        held.viewed_on = saved[0].astimezone().date() if saved else None
        held.report = None
        held.generation += 1
    _moved()
    _forget_earlier_views()
    st.query_params[QUERY_REVISION] = str(number)
    return True


def leave_revision() -> None:
    """Back from an earlier revision to the draft as it is now (a button's callback)."""
    held = session()
    with held.lock:
        held.viewing, held.viewed_on = None, None
        held.report = None
        held.generation += 1
    _moved()
    _forget_earlier_views()
    st.query_params.pop(QUERY_REVISION, None)


def open_draft(opened: Draft) -> None:
    """Make *opened* the session's draft, and start every widget afresh."""
    held = session()
    with held.lock:
        held.viewing, held.viewed_on = None, None
        held.draft, held.conflict, held.broken = opened, None, None
        held.unsaved, held.failure, held.saved_at = None, None, None
        held.reopened = None
        held.generation += 1
    _moved()
    _forget_earlier_views()
    st.query_params.pop(QUERY_REVISION, None)
    st.query_params[QUERY_DRAFT] = opened.id


def create(strategy: Strategy, hint: str, organisation: str = "") -> bool:
    """A new draft of *strategy* in *organisation*, opened; False (and the failure kept)
    when the disk refuses."""
    try:
        made = workspace().create(
            strategy, hint=hint, author=roles.author(), organisation=organisation
        )
    except OSError as exc:
        _LOG.warning("could not create a draft", exc_info=exc)
        session().failure = SaveFailure.of(exc)
        return False
    open_draft(made)
    return True


def close() -> None:
    held = session()
    held.draft, held.conflict, held.unsaved, held.failure = None, None, None, None
    held.reopened, held.viewing, held.viewed_on = None, None, None
    st.query_params.pop(QUERY_DRAFT, None)
    st.query_params.pop(QUERY_REVISION, None)
