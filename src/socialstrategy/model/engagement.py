"""Making media use discussable, with staff, clients and relatives, structurally."""

from __future__ import annotations

import datetime as dt

import attrs

from socialstrategy.model._fields import day, doc, id_field, line, refs, text
from socialstrategy.model.audiences import Audience
from socialstrategy.vocab import EngagementKind, Rhythm


@attrs.frozen(kw_only=True)
class Activity:
    """A kick-off, council session, workshop or conversation starter."""

    id: str = id_field("activity")
    kind: EngagementKind = doc("Kind of activity.")
    title: str = line("The activity in a sentence.")
    audiences: tuple[str, ...] = refs("the audiences taking part", target=Audience)
    rhythm: Rhythm = doc("How often it happens.", default=Rhythm.ONCE)
    planned: dt.date | None = day("When it (first) takes place.")
    owner: str = line("Who organises it.")
    outcome: str = text("What came out of it, or should.")


@attrs.frozen(kw_only=True)
class Engagement:
    """How the topic is made discussable and kept on the agenda."""

    owner: str = text("Who keeps the topic on the agenda (kartrekker).")
    structural: str = text("How it gets structural attention, not a one-off project.")
    activities: tuple[Activity, ...] = doc("The activities.", default=())
