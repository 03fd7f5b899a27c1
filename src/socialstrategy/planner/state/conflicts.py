"""A save that meets another version on disk: combined, or the clashes chosen.

Saving compares the file with the version the session last read or wrote (its base).
When someone else saved meanwhile, nothing is overwritten: this session's change and
theirs are merged from that base (:mod:`socialstrategy.model.merge`). Changes to
different fields are combined and saved at once (compare-and-swap against the version
just read, merged again if it moved once more), and the manager is told what the other
person changed. Only the same field changed differently on both sides waits for the
manager's choice, per field; saving a copy stays a way out.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import TYPE_CHECKING, Final

from socialstrategy.errors import SocialStrategyError
from socialstrategy.model.integrity import check_references
from socialstrategy.model.merge import merge, resolve
from socialstrategy.planner import roles
from socialstrategy.planner.state.drafts import open_draft
from socialstrategy.planner.state.keys import _forget_earlier_views, _moved, renew
from socialstrategy.planner.state.session import (
    Pending,
    Session,
    _forget_unsaved,
    _held,
    session,
    workspace,
)
from socialstrategy.planner.state.whole import whole
from socialstrategy.workspace import DraftConflictError

if TYPE_CHECKING:
    from collections.abc import Mapping

    from socialstrategy.model import Strategy
    from socialstrategy.model.merge import Change, Side
    from socialstrategy.workspace import Draft

#: How often a merge is tried again when the file moved once more while it was made.
_TRIES: Final = 5
_LOG = logging.getLogger(__name__)


def combine(held: Session, mine: Strategy) -> bool:
    """Merge *mine* (changed from the session's draft) with the version on disk and save
    it; whether it was saved. A clash, or a version on disk that cannot be read, is
    kept as :attr:`Session.conflict` for the manager. The caller holds the lock; a
    disk that refuses the write raises :class:`OSError`."""
    base = held.draft
    if base is None or held.viewing is not None:
        return False
    for _ in range(_TRIES):
        try:
            current = workspace().open(base.id)
        except (SocialStrategyError, UnicodeDecodeError, OSError) as exc:
            _LOG.info("draft %s changed on disk and cannot be read: %s", base.id, exc)
            held.conflict = Pending(mine)
            return False
        merged = merge(base.strategy, mine, current.strategy)
        if merged.clashes or check_references(merged.strategy):
            # A clash, or a part one side removed that the other now refers to.
            held.conflict = Pending(mine, current, merged)
            return False
        try:
            saved = workspace().save(current, merged.strategy, author=roles.author())
        except DraftConflictError:
            continue  # saved again meanwhile: merge with that version
        _settled(held, saved, merged.theirs, shown=mine)
        return True
    held.conflict = Pending(mine, current, merged)
    return False


def _settled(
    held: Session,
    saved: Draft,
    theirs: tuple[Change, ...] = (),
    *,
    shown: Strategy | None = None,
) -> None:
    """*saved* is the session's draft now. The widgets of the fields it changed from
    *shown* (the plan the page showed) start again from it; without *shown* (a clash
    settled on its own screen), every widget does."""
    held.draft, held.conflict, held.unsaved, held.failure = saved, None, None, None
    held.saved_at = dt.datetime.now()
    known = {change.path for change in held.combined}
    held.combined = (*held.combined, *(c for c in theirs if c.path not in known))
    held.remerged = True
    _forget_unsaved(saved.id)
    if shown is not None:
        renew(held, shown, saved.strategy)
        return
    held.generation += 1
    _moved()
    _forget_earlier_views()


def notice_outside_change() -> bool:
    """After the page ran: was a version combined with someone else's, or has the file
    changed on disk meanwhile (then combine them now)? Whether to draw the page again.

    Checked after the page, not before: a page's save that meets the change merges the
    edit it was making, so nothing typed in that rerun is lost.
    """
    held = session()
    with held.lock:
        if held.remerged:
            held.remerged = False
            return True
        current = held.draft
        if current is None or held.conflict is not None or held.viewing is not None:
            return False  # while an earlier revision is read, nothing is combined or saved
        try:
            workspace().check(current)
        except DraftConflictError:
            try:
                combine(held, held.plan or current.strategy)
            except OSError as exc:
                _LOG.warning("could not save the combined draft %s: %s", current.id, exc)
            held.remerged = False
            return True
        except OSError:
            pass  # a vanished folder shows up as an error on the next real save
    return False


def conflict() -> Pending | None:
    """The clash waiting for the manager's choice, with their own version."""
    return session().conflict


def combined() -> tuple[Change, ...]:
    """What someone else changed that was combined with this session's work, unread."""
    return session().combined


def dismiss_combined() -> None:
    """A button's ``on_click``: the manager has read what was combined."""
    _held().combined = ()


@whole
def resolve_clashes(choices: Mapping[str, Side]) -> bool:
    """Save the merged plan with each clash settled as the manager chose (``"mine"`` or
    ``"theirs"`` by the clash's path); whether it was saved. When the file moved again
    meanwhile, the chosen plan is merged with that version in turn."""
    held = _held()
    with held.lock:
        pending = held.conflict
        if pending is None or pending.current is None or pending.merged is None:
            return False
        chosen = resolve(pending.merged, choices)
        if check_references(chosen):
            return False  # the choices leave a reference to a removed part: choose again
        held.draft, held.conflict = pending.current, None
        try:
            saved = workspace().save(pending.current, chosen, author=roles.author())
        except DraftConflictError:
            return combine(held, chosen)
        _settled(held, saved)
        return True


@whole
def resolve_save_copy() -> None:
    """Keep the version on disk, and this session's plan as a new draft beside it."""
    held = session()
    current, pending = held.draft, held.conflict
    if current is not None and pending is not None:
        space = workspace()
        open_draft(
            space.create(
                pending.mine,
                hint=current.id.rsplit("-", 1)[0],
                author=roles.author(),
                organisation=space.store.organisation_of(current.id),
            )
        )


@whole
def resolve_repair() -> None:
    """The version on disk cannot be read: write this session's plan over it."""
    held = session()
    current, pending = held.draft, held.conflict
    if current is not None and pending is not None and pending.current is None:
        open_draft(workspace().save(current, pending.mine, force=True, author=roles.author()))
