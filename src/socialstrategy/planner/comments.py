"""Comments on the open plan's parts: read once per run, added and resolved by role.

Who may do what is asked afresh on every comment (:mod:`~socialstrategy.planner.roles`):
editors and reviewers comment, editors resolve, viewers read. Without sign-in the one
person may do all of it.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from socialstrategy.model import display_name
from socialstrategy.planner import per_run, roles, state
from socialstrategy.storage import CommentNotFoundError, DraftNotFoundError

if TYPE_CHECKING:
    from socialstrategy.i18n import Language
    from socialstrategy.model import Goal, Scenario, Strategy
    from socialstrategy.storage import Comment

_LOG = logging.getLogger(__name__)


def part_of(collection: str, item_id: str) -> str:
    """The part a comment on one item names: ``goals/werving``."""
    return f"{collection}/{item_id}"


def of_plan() -> list[Comment]:
    """The open plan's comments, the oldest first ([] when no plan is open)."""
    collected = per_run.this().collected
    if collected.comments is None:
        current = state.draft()
        found: list[Comment] = []
        if current is not None:
            try:
                found = state.workspace().comments(current.id)
            except (DraftNotFoundError, OSError) as exc:  # deleted meanwhile, store down
                _LOG.info("comments of %s not read: %s", current.id, exc)
        collected.comments = found
    return collected.comments


def on(part: str) -> list[Comment]:
    """The comments on *part*."""
    return [c for c in of_plan() if c.part == part]


def may_comment() -> bool:
    """Whether the person may comment now: not while an earlier revision is open (a
    comment is about the plan as it is)."""
    current = state.draft()
    if current is None or state.viewing() is not None:
        return False
    return roles.may_comment(state.workspace().store, current.id)


def may_resolve() -> bool:
    current = state.draft()
    if current is None or state.viewing() is not None:
        return False
    return roles.may_edit(state.workspace().store, current.id)


def add(part: str, text: str) -> bool:
    """Comment on *part* of the open plan (a button's callback); whether it was kept."""
    current = state.draft()
    if current is None or not text.strip() or not may_comment():
        return False
    state.workspace().add_comment(current.id, part, text, author=roles.author())
    per_run.this().collected.comments = None
    return True


def resolve(number: int) -> bool:
    """Resolve comment *number* of the open plan (an editor's button); whether it was."""
    current = state.draft()
    if current is None or not may_resolve():
        return False
    try:
        state.workspace().resolve_comment(current.id, number, author=roles.author())
    except CommentNotFoundError:
        return False
    per_run.this().collected.comments = None
    return True


def part_name(strategy: Strategy, part: str, language: Language) -> str | None:
    """What the item a comment is about is called now ("Meer sollicitaties"); None for a
    part that is no item, or an item gone from the plan."""
    collection, _, item_id = part.partition("/")
    items: tuple[Goal | Scenario, ...]
    if collection == "goals":
        items = strategy.goals
    elif collection == "crisis.scenarios":
        items = strategy.crisis.scenarios
    else:
        return None
    return next((display_name(i, language) for i in items if i.id == item_id), None)


__all__ = ["add", "may_comment", "may_resolve", "of_plan", "on", "part_name", "part_of", "resolve"]
