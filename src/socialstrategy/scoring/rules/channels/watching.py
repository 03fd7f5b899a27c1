"""Channels: rating sites and comments watched; the goals' audiences reached."""

from __future__ import annotations

from typing import TYPE_CHECKING

from socialstrategy.i18n import Text
from socialstrategy.model import Moderation
from socialstrategy.scoring.areas import Area, Level
from socialstrategy.scoring.rule import Hit, rule
from socialstrategy.scoring.rules._edit import chain, without_clock
from socialstrategy.scoring.rules.channels._common import _BOOK, _PUBLIC, _WEBCARE
from socialstrategy.scoring.rules.channels._helpers import (
    _add_rating_channel,
    _channel,
    _channels,
    _name,
    _public,
)
from socialstrategy.scoring.rules.channels.week import _quoted
from socialstrategy.vocab import ChannelKind, LegalClockKind, Purpose

if TYPE_CHECKING:
    from collections.abc import Iterator

    from socialstrategy.scoring.context import Context


@rule(
    "CHAN013",
    "rating-site-not-watched",
    area=Area.CHANNELS,
    level=Level.ADVICE,
    title=("Beoordelingssite niet in beeld", "Rating site not watched"),
    message=(
        "Niemand houdt de beoordelingssites bij (Google, ZorgkaartNederland, Independer):"
        " beoordelingen van cliënten en verwanten blijven onbeantwoord.",
        "Nobody keeps track of the review sites (Google, ZorgkaartNederland, Independer):"
        " reviews by clients and relatives go unanswered.",
    ),
    fix=(
        "Neem de beoordelingssite op als kanaal met een eigenaar en een reactietijd, of leg"
        " in het crisisplan vast wie binnen welke tijd reageert (nooit met cliëntgegevens).",
        "Add the rating site as a channel with an owner and a response time, or record in"
        " the crisis plan who answers within what time (never with client details).",
    ),
    source="DOMAIN.md sector specifics (ZorgkaartNederland: the organisation answers)",
    weight=8,
    fires=without_clock(LegalClockKind.RATING_SITE_RESPONSE),
    passes=chain(without_clock(LegalClockKind.RATING_SITE_RESPONSE), _add_rating_channel),
)
def rating_site_not_watched(ctx: Context) -> Iterator[Hit]:
    s = ctx.strategy
    if any(c.kind is ChannelKind.RATING_SITE for c in s.channels):
        return
    if any(c.kind is LegalClockKind.RATING_SITE_RESPONSE for c in s.crisis.legal_clocks):
        return
    yield Hit("channels")


@rule(
    "CHAN014",
    "comments-not-watched",
    area=Area.CHANNELS,
    level=Level.ADVICE,
    title=("Reacties niet bijgehouden", "Comments not watched"),
    message=(
        "Op kanaal '{channel}' kan iedereen reageren, maar er zijn geen bezettingstijden:"
        " een vraag of klacht onder een bericht blijft liggen.",
        "Anyone can comment on channel '{channel}', but it has no moderation hours: a"
        " question or complaint under a post goes unseen.",
    ),
    fix=(
        "Spreek af wanneer iemand de reacties leest, ook als het kanaal alleen voor"
        " profilering is; zet reacties anders uit.",
        "Agree when someone reads the comments, even on a channel only for profiling;"
        " otherwise turn comments off.",
    ),
    source=f"DOMAIN.md crisis #2 (monitoring: channels and hours covered); {_WEBCARE}",
    weight=8,
    mode="share",
    population=_public,
    fires=_channel("youtube", moderation=Moderation()),
    passes=_channel("youtube", moderation=Moderation(), kind=ChannelKind.WEBSITE),
)
def comments_not_watched(ctx: Context) -> Iterator[Hit]:
    for i, channel in enumerate(ctx.strategy.channels):
        # With a response promise, CHAN007 already says the hours are missing.
        if (
            channel.kind in _PUBLIC
            and channel.response_hours is None
            and not channel.moderation.covered
        ):
            yield Hit(f"channels[{i}].moderation", {"channel": _name(channel)})


@rule(
    "CHAN015",
    "channel-misses-goal-audience",
    area=Area.CHANNELS,
    level=Level.ADVICE,
    title=("Kanaal mist de doelgroep van zijn doel", "Channel misses its goal's audience"),
    message=(
        "Kanaal '{channel}' dient {goals}, maar bereikt geen van de betrokken doelgroepen.",
        "Channel '{channel}' serves {goals}, but reaches none of the audiences concerned.",
    ),
    fix=(
        "Laat het kanaal de doelgroep van het doel bereiken, of koppel het doel aan een"
        " kanaal waar die doelgroep wel is.",
        "Make the channel reach the goal's audience, or serve the goal through a channel"
        " where that audience is.",
    ),
    source=_BOOK,
    weight=8,
    mode="share",
    population=_channels,
    fires=_channel("youtube", audiences=("medewerkers",)),
    passes=_channel("youtube", audiences=("verwanten",)),
)
def channel_misses_goal_audience(ctx: Context) -> Iterator[Hit]:
    goals = {g.id: g for g in ctx.strategy.goals}
    for i, channel in enumerate(ctx.strategy.channels):
        # An internal channel serves outside goals through the staff who carry them out.
        internal = Purpose.INTERNAL in channel.purposes or channel.kind is ChannelKind.INTRANET
        if internal or not channel.audiences:  # no audiences: CHAN003
            continue
        served = [goals[g] for g in channel.goals if g in goals]
        missed = [
            g.title or g.id
            for g in served
            if g.audiences and not set(g.audiences).intersection(channel.audiences)
        ]
        if missed:
            nl, en = _quoted(missed)
            word_nl, word_en = ("doel", "goal") if len(missed) == 1 else ("de doelen", "goals")
            yield Hit(
                f"channels[{i}].goals",
                {
                    "channel": _name(channel),
                    "goals": Text(f"{word_nl} {nl}", f"{word_en} {en}"),
                },
            )
