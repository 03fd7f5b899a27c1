"""Channels: where we speak with which audience, for which goal, and when we answer."""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs

from socialstrategy.i18n import Text
from socialstrategy.model._fields import FieldError, doc, id_field, line, positive, refs, text
from socialstrategy.model.audiences import Audience
from socialstrategy.model.goals import Goal
from socialstrategy.vocab import ChannelKind, Purpose


def _after_start(instance: Span, attribute: attrs.Attribute[Any], value: dt.time) -> None:
    if value <= instance.start:
        raise FieldError(
            attribute.name,
            Text(
                nl=f"eindtijd {value:%H:%M} ligt niet na begintijd {instance.start:%H:%M}",
                en=f"end {value:%H:%M} is not after start {instance.start:%H:%M}",
            ),
        )


@attrs.frozen(kw_only=True)
class Span:
    """A daily time window, e.g. 08:30 to 17:00 (within one day)."""

    start: dt.time = doc("Start of the window.")
    end: dt.time = doc("End of the window (after the start, same day).", validator=_after_start)

    @property
    def hours(self) -> float:
        start = self.start.hour * 60 + self.start.minute
        end = self.end.hour * 60 + self.end.minute
        return (end - start) / 60


@attrs.frozen(kw_only=True)
class Moderation:
    """When someone watches and answers the channel (bezettingstijden webcare)."""

    weekdays: Span | None = doc("Daytime on Monday to Friday.", default=None)
    evenings: Span | None = doc("Evenings on Monday to Friday.", default=None)
    weekends: Span | None = doc("Saturdays, Sundays and public holidays.", default=None)

    @property
    def covered(self) -> bool:
        return any((self.weekdays, self.evenings, self.weekends))


@attrs.frozen(kw_only=True)
class Channel:
    """A channel and the audiences and goals it serves."""

    id: str = id_field("channel")
    kind: ChannelKind = doc("Kind of channel.")
    name: str = line("Name of the account or page.")
    purposes: tuple[Purpose, ...] = doc("What the channel is used for.", default=())
    audiences: tuple[str, ...] = refs("the audiences this channel reaches", target=Audience)
    goals: tuple[str, ...] = refs("the goals this channel serves", target=Goal)
    owner: str = line("Who runs the channel.")
    rhythm: str = text("Posting rhythm, e.g. 'drie berichten per week'.")
    response_hours: float | None = positive("Promised response time, in hours.")
    moderation: Moderation = doc("Moderation hours.", factory=Moderation)
    client_contact: bool = doc("Used for contact with individual clients.", default=False)
    #: A professional's own account (a GP's medical tips on TikTok) is not the
    #: organisation's to close, but its guideline must say how such publishing works.
    own_name: bool = doc(
        "Run by a care professional under their own name, not by the organisation.",
        default=False,
    )
    notes: str = text("Anything else worth knowing.")
