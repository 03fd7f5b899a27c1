"""The action plan: last, because thinking comes before doing."""

from __future__ import annotations

import datetime as dt

import attrs

from socialstrategy.model._fields import day, doc, id_field, line, not_before, refs, text
from socialstrategy.model.channels import Channel
from socialstrategy.model.goals import Goal
from socialstrategy.vocab import ActionStatus, PlanPart


@attrs.frozen(kw_only=True)
class StatusUpdate:
    """Where an action stood on a day, and why: the action plan as a tracker."""

    date: dt.date | None = day("The day of the update.")
    status: ActionStatus = doc("The action's status from that day.", default=ActionStatus.PLANNED)
    note: str = text("What was done, what is in the way, what comes next.")


@attrs.frozen(kw_only=True)
class Action:
    """An action with an owner and dates, serving goals."""

    id: str = id_field("action")
    title: str = line("The action in a sentence.")
    description: str = text("What is done and delivered.")
    owner: str = line("Who carries it out.")
    start: dt.date | None = day("Start date.")
    due: dt.date | None = day("Due date.", after=not_before("start", "de startdatum", "the start"))
    status: ActionStatus = doc("Where the action stands.", default=ActionStatus.PLANNED)
    goals: tuple[str, ...] = refs("the goals this action serves", target=Goal)
    channels: tuple[str, ...] = refs("the channels this action concerns", target=Channel)
    supports: tuple[PlanPart, ...] = doc(
        "Parts of the strategy this action puts into practice (guideline, crisis plan…).",
        default=(),
    )
    updates: tuple[StatusUpdate, ...] = doc(
        "Status updates with their dates, oldest first: how the action went.", default=()
    )

    def overdue(self, today: dt.date) -> bool:
        """Whether the due date has passed while the action is still open."""
        return self.status.open and self.due is not None and self.due < today
