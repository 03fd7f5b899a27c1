"""The planner's session: which draft is open, saving every change, and conflicts.

A browser refresh or a server restart starts a new Streamlit session with empty
``st.session_state``; the draft id in the URL (``?d=...``) brings the work back from
disk. Every change is saved at once (atomically): from the changed widget's callback
(:func:`commit`), which runs even when the run that follows is cut short by the next
keystroke or a click elsewhere, and again by :func:`update` at the end of the page.

Streamlit may stop a run at any read or write of ``st.session_state`` once new input has
arrived. So everything a save changes lives in one plain object, :class:`Session`, held
in the session state once and changed by attribute assignment only: between writing the
file and recording what was written there is no point where a run can stop. (Before,
a run stopped right after the write left the session with the old digest; every later
save then met its own file as "changed by someone else" and nothing more was saved.)

Widget keys carry two counters (:func:`key`): the *generation* moves when the strategy
is replaced from outside (opened, reloaded after a conflict), the *view* when the
manager enters a step. Either way every widget starts again from the model, so a
widget never shows a stale value, and ``st.data_editor`` always edits a fresh snapshot.
A widget that says where the manager is on a step (the section shown, a question
opened) declares so when it makes its key (``key(path, keep=Keep.PLACE)``), and a
redraw of the step carries its value over to the new key.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import enum
import errno
import logging
import re
import threading
from typing import TYPE_CHECKING, Any, TypeVar

import attrs
import streamlit as st

from socialstrategy.errors import InvalidStrategyError, StrategyIOError
from socialstrategy.model import Strategy
from socialstrategy.model._fields import FieldError
from socialstrategy.model.integrity import check_references
from socialstrategy.model.paths import PathError, get_at, set_at
from socialstrategy.model.starters import accept, reconciled, touched
from socialstrategy.planner import per_run
from socialstrategy.scoring import Report, score
from socialstrategy.workspace import Draft, DraftConflictError, Workspace, default_dir, examples_dir

if TYPE_CHECKING:
    from collections.abc import Callable


T = TypeVar("T")
QUERY_DRAFT = "d"
_LOG = logging.getLogger(__name__)
_SESSION = "planner"
#: The keys :func:`key` makes: generation and visit, then the field's path.
_OF_A_VISIT = re.compile(r"^\d+\.\d+:")


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


@attrs.define(eq=False)
class Session:
    """Everything the planner keeps for one browser session (see the module docstring)."""

    draft: Draft | None = None
    #: A change that met another version on disk, waiting for the manager's choice.
    conflict: tuple[DraftConflictError, Strategy] | None = None
    #: The draft named in the URL that could not be opened, and why (None: it is gone).
    broken: tuple[str, Exception | None] | None = None
    #: The latest change that could not be written, kept to try again and to download.
    unsaved: Strategy | None = None
    failure: SaveFailure | None = None
    #: When this session last wrote the draft.
    saved_at: dt.datetime | None = None
    generation: int = 0
    view: int = 0
    step: str | None = None
    swept: bool = False
    report: tuple[tuple[str, dt.date], Report] | None = None
    memos: dict[str, tuple[str, object]] = attrs.Factory(dict)
    #: The paths whose widgets a redraw keeps, as their keys declared them (:func:`key`).
    #: In the session, not the run: a callback redraws before the run draws anything.
    kept: dict[str, Keep] = attrs.Factory(dict)
    #: Held around every change of the draft: a new run starts (and runs its callbacks)
    #: while the run it replaces may still be finishing a save or a check.
    lock: threading.RLock = attrs.field(factory=threading.RLock, repr=False)

    @property
    def plan(self) -> Strategy | None:
        """The plan as the manager last left it: saved, or what the disk refused."""
        if self.unsaved is not None:
            return self.unsaved
        return self.draft.strategy if self.draft is not None else None


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


# --- the session's draft ------------------------------------------------------------


def workspace() -> Workspace:
    """The store SOCIALSTRATEGY_STORE names; a new folder starts with the bundled examples."""
    space = Workspace.configured()
    space.ensure(seed=examples_dir())
    return space


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


def _reopen(held: Session, draft_id: str) -> None:
    try:
        space = workspace()
        if not space.exists(draft_id):
            held.broken = (draft_id, None)
            return
        opened = space.open(draft_id)
    except (InvalidStrategyError, StrategyIOError, UnicodeDecodeError, OSError) as exc:
        held.broken = (draft_id, exc)
        return
    held.draft = opened
    kept = _recall_unsaved(draft_id)
    if kept is not None:  # a refresh while the disk refused the work: it is still here
        held.unsaved, held.failure = kept


def broken() -> tuple[str, Exception | None] | None:
    """The draft named in the URL that could not be opened, and why (None: it is gone)."""
    return session().broken


def notice_outside_change() -> bool:
    """After the page ran: has the file changed on disk meanwhile? Then keep the
    session's version aside for the manager's choice.

    Checked after the page, not before: a page's save that meets the change records
    the edit it was making, so nothing typed in that rerun is lost.
    """
    held = session()
    with held.lock:
        current = held.draft
        if current is None or held.conflict is not None:
            return False
        try:
            workspace().check(current)
        except DraftConflictError as conflict:
            held.conflict = (conflict, held.plan or current.strategy)
            return True
        except OSError:
            pass  # a vanished folder shows up as an error on the next real save
    return False


def draft() -> Draft | None:
    return session().draft


def strategy() -> Strategy | None:
    """The plan as the manager last left it: saved, or what the disk refused."""
    return session().plan


def open_draft(opened: Draft) -> None:
    """Make *opened* the session's draft, and start every widget afresh."""
    held = session()
    with held.lock:
        held.draft, held.conflict, held.broken = opened, None, None
        held.unsaved, held.failure, held.saved_at = None, None, None
        held.generation += 1
    _moved()
    _forget_earlier_views()
    st.query_params[QUERY_DRAFT] = opened.id


def create(strategy: Strategy, hint: str) -> bool:
    """A new draft of *strategy*, opened; False (and the failure kept) when the disk refuses."""
    try:
        made = workspace().create(strategy, hint=hint)
    except OSError as exc:
        _LOG.warning("could not create a draft", exc_info=exc)
        session().failure = SaveFailure.of(exc)
        return False
    open_draft(made)
    return True


def close() -> None:
    held = session()
    held.draft, held.conflict, held.unsaved, held.failure = None, None, None, None
    st.query_params.pop(QUERY_DRAFT, None)


# --- saving -------------------------------------------------------------------------


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
        return _write_locked(held, changed)


def _write_locked(held: Session, changed: Strategy) -> bool:
    current = held.draft
    if current is None:
        return False
    if held.conflict is not None:
        held.conflict = (held.conflict[0], changed)
        return False
    broken = check_references(changed)
    if broken:  # never write a file that would not open again
        held.unsaved = changed
        held.failure = SaveFailure("invalid", broken[0].describe(), dt.datetime.now())
        return False
    try:
        saved = workspace().save(current, changed)
    except DraftConflictError as conflict:
        held.conflict = (conflict, changed)
        return False
    except OSError as exc:
        failure = SaveFailure.of(exc)
        held.unsaved, held.failure = changed, failure
        _remember_unsaved(current.id, changed, failure)
        _LOG.warning("could not save draft %s: %s", current.id, failure.detail)
        return False
    held.draft, held.unsaved, held.failure = saved, None, None
    held.saved_at = dt.datetime.now()
    _forget_unsaved(current.id)
    return True


def update(changed: Strategy) -> None:
    """Save *changed* at once, unless the file changed on disk meanwhile."""
    held = session()
    current = strategy()
    if current is None:
        return
    collected = per_run.this().collected
    after, collected.after_save = collected.after_save, None  # once: a page may save twice
    if after is not None:
        changed = after[0](changed)  # in the same save: the plan stays whole
    # Model texts: a part whose words changed is one no more; one that did not keeps
    # its mark, however the page rebuilt it (see model.starters.reconciled).
    if changed != current:  # most reruns change nothing: no walk over the plan
        changed = reconciled(current, changed)
    # Saved already (by a callback) or not: a step asked to be drawn again is drawn again.
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


def retry() -> None:
    """Try again to write what the disk refused."""
    held = _held()
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


def commit(key: str, path: str, convert: Callable[[Any], Any] | None = None) -> None:
    """A widget's ``on_change``: save the field at *path* from the widget *key* at once.

    Runs before the next run of the page, and is not skipped when that run is cut
    short (a click on another step, the next keystroke). A value the model refuses, or
    a widget that edits more than its one field, is left to the page's own save, which
    says what is wrong.
    """
    if key not in st.session_state:
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


def accept_model_texts(*paths: str) -> None:
    """A button's ``on_click``: accept every model text under *paths* as it stands."""
    held = _held()
    current = latest()
    if current is None:
        return
    changed = current
    for path in paths:
        changed = accept(changed, path)
    if changed != current and _write(held, changed):
        # Tables drawn before the click hold snapshots with the marks: draw them afresh.
        _new_view()


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


# --- conflicts ----------------------------------------------------------------------


def conflict() -> tuple[DraftConflictError, Strategy] | None:
    """The conflict waiting for the manager's choice, with their own version."""
    return session().conflict


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


# --- widget keys --------------------------------------------------------------------


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


# --- what is computed once per revision ----------------------------------------------


def memo(name: str, compute: Callable[[Strategy], T]) -> T | None:
    """*compute* over the current strategy, once per saved revision (charts, exports)."""
    held = session()
    current = held.draft
    if current is None:
        return None
    hit = held.memos.get(name)
    if hit is None or hit[0] != current.digest or held.unsaved is not None:
        hit = (current.digest, compute(held.plan or current.strategy))
        held.memos[name] = hit
    return hit[1]  # type: ignore[return-value]


def report() -> Report | None:
    """The current strategy's score, computed once per saved revision and day."""
    held = session()
    current = held.draft
    if current is None:
        return None
    memo_key = (current.digest, dt.date.today())
    if held.report is None or held.report[0] != memo_key or held.unsaved is not None:
        held.report = (memo_key, score(held.plan or current.strategy, today=memo_key[1]))
    return held.report[1]
