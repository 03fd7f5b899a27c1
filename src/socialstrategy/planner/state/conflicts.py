"""A save that meets another version on disk: what the manager chooses.

Saving compares the file with the version the session last read or wrote; when
someone else changed it meanwhile, nothing is overwritten.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from socialstrategy.planner.state.drafts import draft, open_draft
from socialstrategy.planner.state.session import session, workspace
from socialstrategy.workspace import DraftConflictError

if TYPE_CHECKING:
    from socialstrategy.model import Strategy


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
