"""Channels: a response time promised, covered by the plan and by moderation."""

from __future__ import annotations

from typing import TYPE_CHECKING

from socialstrategy import fmt
from socialstrategy.i18n import Text
from socialstrategy.model import Moderation
from socialstrategy.scoring import codes
from socialstrategy.scoring.areas import Area, Level
from socialstrategy.scoring.rule import Hit, rule
from socialstrategy.scoring.rules._edit import each
from socialstrategy.scoring.rules.channels._common import _SAY_WHEN, _WEBCARE
from socialstrategy.scoring.rules.channels._helpers import (
    _channel,
    _converses,
    _conversing,
    _name,
    _promise,
    _promising,
    _review_site,
    _span,
)
from socialstrategy.scoring.rules.channels.week import _unwatched, longest_unwatched_stretch

if TYPE_CHECKING:
    from collections.abc import Iterator

    from socialstrategy.scoring.context import Context


@rule(
    "CHAN005",
    "no-response-time",
    area=Area.CHANNELS,
    level=Level.WARNING,
    title=("Geen reactietijd", "No response time"),
    message=(
        "Op kanaal '{channel}' stellen mensen vragen, maar er is geen reactietijd afgesproken.",
        "People ask questions on channel '{channel}', but no response time is agreed.",
    ),
    fix=(
        "Spreek een reactietijd af die je waar kunt maken en zet die zichtbaar op het kanaal,"
        " met de bezettingstijden.",
        "Agree a response time you can keep and show it on the channel, with the hours it"
        " is watched.",
    ),
    source=f"DOMAIN.md crisis #6 (response-time targets per channel); {_WEBCARE}",
    weight=20,
    mode="share",
    population=_conversing,
    fires=each("channels", response_hours=None),
    passes=_channel("instagram", response_hours=None),
)
def no_response_time(ctx: Context) -> Iterator[Hit]:
    for i, channel in enumerate(ctx.strategy.channels):
        if _review_site(channel):  # CHAN020: the plan's response time counts there
            continue
        if _converses(channel) and channel.response_hours is None:
            yield Hit(
                f"channels[{i}].response_hours",
                {"channel": _name(channel)},
                fix=_SAY_WHEN if ctx.governance.small else None,
            )


@rule(
    codes.RESPONSE_TIME_NOT_COVERED,
    "response-time-not-covered",
    area=Area.CHANNELS,
    level=Level.WARNING,
    title=(
        "Reactietijd niet waar te maken met de bezettingstijden",
        "Response time not covered by the moderation hours",
    ),
    message=(
        "Kanaal '{channel}' belooft een reactie binnen {promise}, maar {unwatched}:"
        " een bericht op {start} wacht tot {end} ({hours}; ook zonder de"
        " nachten nog {waking}).",
        "Channel '{channel}' promises an answer within {promise}, but {unwatched}:"
        " a message sent on {start} waits until {end} ({hours}; {waking}"
        " even leaving out the nights).",
    ),
    fix=(
        "Breid de bezettingstijden webcare uit naar de avond en het weekend (bijvoorbeeld"
        " met een roosterdienst), of beloof een reactietijd die je met de huidige uren wel"
        " haalt en zeg erbij wanneer er iemand kijkt.",
        "Extend the moderation hours into the evening and the weekend (an on-call rota, for"
        " instance), or promise a response time the current hours can keep and say when"
        " someone is watching.",
    ),
    source=f"{_WEBCARE}; DOMAIN.md crisis #6 (response times and the hours covered)",
    weight=20,
    mode="share",
    population=_promising,
    fires=_channel(
        "facebook", response_hours=2, moderation=Moderation(weekdays=_span("08:30", "17:00"))
    ),
    # Covered from 08:00 to 22:00 every day: only the night is unwatched, and that is fine.
    passes=_channel(
        "facebook",
        response_hours=1,
        moderation=Moderation(
            weekdays=_span("08:00", "18:00"),
            evenings=_span("18:00", "22:00"),
            weekends=_span("08:00", "22:00"),
        ),
    ),
)
def response_time_not_covered(ctx: Context) -> Iterator[Hit]:
    # A small organisation cannot staff evenings and weekends: its promise counts on
    # working days, said on the channel ("we reageren op werkdagen binnen 24 uur").
    small = ctx.governance.small
    for i, channel in enumerate(ctx.strategy.channels):
        promise = channel.response_hours
        gap = longest_unwatched_stretch(channel.moderation)
        if promise is None or gap is None:
            continue
        if (gap.working_hours if small else gap.waking_hours) <= promise:
            continue
        params: dict[str, object] = {
            "channel": _name(channel),
            **_promise(promise),
            "unwatched": Text(*_unwatched(channel.moderation)),
            "start": fmt.both(gap.moment, gap.start),
            "end": fmt.both(gap.moment, gap.end),
            "hours": fmt.both(fmt.duration, gap.hours),
            "waking": fmt.both(fmt.duration, gap.waking_hours),
        }
        yield Hit(f"channels[{i}].moderation", params, fix=_SAY_WHEN if small else None)


@rule(
    "CHAN007",
    "response-time-without-moderation",
    area=Area.CHANNELS,
    level=Level.WARNING,
    title=("Reactietijd zonder bezettingstijden", "Response time without moderation hours"),
    message=(
        "Kanaal '{channel}' belooft een reactie binnen {promise}, maar er zijn geen"
        " bezettingstijden: niemand weet wanneer er gekeken wordt.",
        "Channel '{channel}' promises an answer within {promise}, but has no"
        " moderation hours: nobody knows when it is watched.",
    ),
    fix=(
        "Leg de bezettingstijden webcare vast (overdag, 's avonds, weekend) en wie er dan"
        " dienst heeft.",
        "Record the moderation hours (daytime, evenings, weekends) and who is on duty then.",
    ),
    source=f"DOMAIN.md crisis #2 and #6 (hours covered); {_WEBCARE}",
    weight=20,
    mode="share",
    population=_promising,
    fires=_channel("facebook", moderation=Moderation()),
    passes=_channel("facebook", moderation=Moderation(weekdays=_span("08:30", "17:00"))),
)
def response_time_without_moderation(ctx: Context) -> Iterator[Hit]:
    for i, channel in enumerate(ctx.strategy.channels):
        promise = channel.response_hours
        if promise is not None and not channel.moderation.covered:
            yield Hit(
                f"channels[{i}].moderation",
                {"channel": _name(channel), **_promise(promise)},
                fix=_SAY_WHEN if ctx.governance.small else None,
            )
