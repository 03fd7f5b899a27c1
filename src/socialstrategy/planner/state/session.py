"""What the planner keeps for one browser session, in one plain object.

Streamlit may stop a run at any read or write of ``st.session_state`` once new input has
arrived. So everything a save changes lives in one plain object, :class:`Session`, held
in the session state once and changed by attribute assignment only: between writing the
file and recording what was written there is no point where a run can stop.
"""

from __future__ import annotations

import datetime as dt
import enum
import errno
import threading

import attrs
import streamlit as st

from socialstrategy.model import Strategy
from socialstrategy.model.merge import Change, Merged
from socialstrategy.planner import per_run
from socialstrategy.scoring import Report
from socialstrategy.workspace import Draft, Workspace, default_dir, examples_dir

_SESSION = "planner"


class Keep(enum.Enum):
    """Which values a redraw of the step (:func:`refresh`, a language switch) carries over
    to the widgets' new keys, declared where the key is made (:func:`key`); every other
    widget starts again from the model."""

    #: Where the manager is on the step, not what they typed: the section shown, the
    #: questions opened, the chart or document chosen.
    PLACE = "place"
    #: The item of a list being edited: kept, unless the redraw chooses the item anew
    #: (after one is added or removed).
    PICK = "pick"


@attrs.frozen
class SaveFailure:
    """Why the last save could not be written, in words a manager can act on."""

    #: ``full``, ``read_only``, ``denied``, ``gone``, ``invalid`` or ``other``: a key of
    #: the texts.
    reason: str
    #: The system's own words, for the log and the curious (never a path).
    detail: str
    at: dt.datetime

    @classmethod
    def of(cls, exc: OSError) -> SaveFailure:
        reasons = {
            errno.ENOSPC: "full",
            errno.EDQUOT: "full",
            errno.EROFS: "read_only",
            errno.EACCES: "denied",
            errno.EPERM: "denied",
            errno.ENOENT: "gone",
        }
        return cls(
            reasons.get(exc.errno or 0, "other"),
            exc.strerror or type(exc).__name__,
            dt.datetime.now(),
        )


@attrs.frozen
class Pending:
    """This session's change, met by another version on disk that it could not be
    combined with alone: the same field changed on both sides, or a version on disk that
    cannot be read (then :attr:`current` and :attr:`merged` are None)."""

    #: This session's plan, as the manager left it.
    mine: Strategy
    #: The version on disk now, which a save must replace (compare-and-swap).
    current: Draft | None = None
    #: This session's change merged with :attr:`current`, with the clashes to choose.
    merged: Merged | None = None


@attrs.define(eq=False)
class Session:
    """Everything the planner keeps for one browser session (see the module docstring)."""

    draft: Draft | None = None
    #: A change that met another version on disk and clashes with it, waiting for the
    #: manager's choice (:mod:`~socialstrategy.planner.state.conflicts`).
    conflict: Pending | None = None
    #: What someone else changed that was combined with this session's work, until the
    #: manager has read it.
    combined: tuple[Change, ...] = ()
    #: A combined version was saved since the page was drawn: draw it again.
    remerged: bool = False
    #: The draft named in the URL that could not be opened, and why (None: it is gone).
    broken: tuple[str, Exception | None] | None = None
    #: The latest change that could not be written, kept to try again and to download.
    unsaved: Strategy | None = None
    failure: SaveFailure | None = None
    #: When this session last wrote the draft.
    saved_at: dt.datetime | None = None
    #: The draft was opened from the URL by a session that had not opened it (a refresh,
    #: a bookmark, another replica after one stopped): when the store last saved it, until
    #: the manager has read that (``True``: when is unknown).
    reopened: dt.datetime | bool | None = None
    #: An earlier revision of the draft, opened to read (``?v=``): every step shows it,
    #: read only, and nothing is written while it is open.
    viewing: Draft | None = None
    #: The day that revision was saved: it is scored as on that day (as the score trend
    #: scores it), so a review date that had not yet passed then does not count now.
    viewed_on: dt.date | None = None
    generation: int = 0
    view: int = 0
    step: str | None = None
    swept: bool = False
    report: tuple[tuple[str, dt.date], Report] | None = None
    memos: dict[str, tuple[str, object]] = attrs.Factory(dict)
    #: The paths whose widgets a redraw keeps, as their keys declared them (:func:`key`).
    #: In the session, not the run: a callback redraws before the run draws anything.
    kept: dict[str, Keep] = attrs.Factory(dict)
    #: How often each path's widget got a new key since the view moved: someone else
    #: changed its field (see ``keys.renew``).
    renewed: dict[str, int] = attrs.Factory(dict)
    #: The paths keys were made for since the view moved (what ``keys.renew`` compares).
    drawn: set[str] = attrs.Factory(set)
    #: Held around every change of the draft: a new run starts (and runs its callbacks)
    #: while the run it replaces may still be finishing a save or a check.
    lock: threading.RLock = attrs.field(factory=threading.RLock, repr=False)

    @property
    def plan(self) -> Strategy | None:
        """The plan as the manager last left it: saved, or what the disk refused; the
        earlier revision being read, while one is open."""
        if self.viewing is not None:
            return self.viewing.strategy
        if self.unsaved is not None:
            return self.unsaved
        return self.draft.strategy if self.draft is not None else None

    @property
    def shown(self) -> Draft | None:
        """The revision the steps show: the one being read, else the draft."""
        return self.viewing if self.viewing is not None else self.draft


def session() -> Session:
    """This session's :class:`Session`, read from the session state once per run."""
    run = per_run.this()
    held = run.settled.session
    if held is None:
        held = _held()
        run.settle(session=held)
    return held


def _held() -> Session:
    held = st.session_state.get(_SESSION)
    if not isinstance(held, Session):
        held = Session()
        st.session_state[_SESSION] = held
    return held


# --- work the disk refused, kept for a refresh -------------------------------------

#: Changes no save could write (disk full, read-only), by workspace and draft id. Kept
#: in the server process so a refresh (a new session) finds them again; written as
#: soon as a save succeeds. Not per manager: a folder workspace is one person's.
_UNSAVED: dict[tuple[str, str], tuple[Strategy, SaveFailure]] = {}
_UNSAVED_LOCK = threading.Lock()


def _remember_unsaved(draft_id: str, strategy: Strategy, failure: SaveFailure) -> None:
    with _UNSAVED_LOCK:
        _UNSAVED[str(default_dir()), draft_id] = (strategy, failure)


def _forget_unsaved(draft_id: str) -> None:
    with _UNSAVED_LOCK:
        _UNSAVED.pop((str(default_dir()), draft_id), None)


def _recall_unsaved(draft_id: str) -> tuple[Strategy, SaveFailure] | None:
    with _UNSAVED_LOCK:
        return _UNSAVED.get((str(default_dir()), draft_id))


def workspace() -> Workspace:
    """The store SOCIALSTRATEGY_STORE names; a new folder starts with the bundled examples."""
    space = Workspace.configured()
    space.ensure(seed=examples_dir())
    return space
