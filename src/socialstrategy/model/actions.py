"""The action plan: last, because thinking comes before doing."""

from __future__ import annotations

import datetime as dt

import attrs

from socialstrategy.model._fields import doc, id_field, not_before, refs, text
from socialstrategy.vocab import ActionStatus, PlanPart


@attrs.frozen(kw_only=True)
class Action:
    """An action with an owner and dates, serving goals."""

    id: str = id_field("action")
    title: str = text("The action in a sentence.")
    description: str = text("What is done and delivered.")
    owner: str = text("Who carries it out.")
    start: dt.date | None = doc("Start date.", default=None)
    due: dt.date | None = doc(
        "Due date.", default=None, validator=not_before("start", "de startdatum", "the start")
    )
    status: ActionStatus = doc("Where the action stands.", default=ActionStatus.PLANNED)
    goals: tuple[str, ...] = refs("the goals this action serves")
    channels: tuple[str, ...] = refs("the channels this action concerns")
    supports: tuple[PlanPart, ...] = doc(
        "Parts of the strategy this action puts into practice (guideline, crisis plan…).",
        default=(),
    )
