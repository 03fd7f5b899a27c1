"""Helpers for the channel rules' checks and examples."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

import attrs

from socialstrategy import fmt
from socialstrategy.model import Channel, Moderation, Span
from socialstrategy.scoring.rule import named
from socialstrategy.scoring.rules.channels._common import (
    _PUBLIC,
    _SYNCHRONOUS,
    CONVERSATION,
    SOCIAL_PLATFORMS,
)
from socialstrategy.vocab import ChannelKind, Purpose

if TYPE_CHECKING:
    from collections.abc import Callable

    from socialstrategy.i18n import Text
    from socialstrategy.model import Strategy
    from socialstrategy.scoring.context import Context


# --- helpers for checks and examples --------------------------------------------------


def _name(channel: Channel) -> str | Text:
    return named(channel.name)


def _review_site(channel: Channel) -> bool:
    """A review site: people review the organisation there whether it takes part or not."""
    return channel.kind is ChannelKind.RATING_SITE


def _closable(channel: Channel) -> bool:
    """Whether the organisation could close the channel: not a review site, and not a
    professional's own account. Advice to stop a channel is only for these."""
    return not (_review_site(channel) or channel.own_name)


def _converses(channel: Channel) -> bool:
    """People write to us here and wait for an answer."""
    if channel.kind in _SYNCHRONOUS:
        return False
    return channel.client_contact or bool(CONVERSATION.intersection(channel.purposes))


def _promise(hours: float) -> dict[str, object]:
    return {
        "promise": fmt.both(fmt.duration, hours),
    }


def _channels(ctx: Context) -> int:
    return len(ctx.strategy.channels)


def _closable_channels(ctx: Context) -> int:
    return sum(_closable(c) for c in ctx.strategy.channels)


def _run_channels(ctx: Context) -> int:
    """Channels other than review sites, which CHAN020 holds to their own standard."""
    return sum(not _review_site(c) for c in ctx.strategy.channels)


def _review_sites(ctx: Context) -> int:
    return sum(_review_site(c) for c in ctx.strategy.channels)


def _promising(ctx: Context) -> int:
    return sum(c.response_hours is not None for c in ctx.strategy.channels)


def _conversing(ctx: Context) -> int:
    return sum(_converses(c) and not _review_site(c) for c in ctx.strategy.channels)


def _social(ctx: Context) -> int:
    return sum(c.kind in SOCIAL_PLATFORMS for c in ctx.strategy.channels)


def _conversing_social(ctx: Context) -> int:
    return sum(_converses(c) and c.kind in SOCIAL_PLATFORMS for c in ctx.strategy.channels)


def _profiling(ctx: Context) -> int:
    return sum(Purpose.PROFILING in c.purposes for c in ctx.strategy.channels)


def _public(ctx: Context) -> int:
    return sum(c.kind in _PUBLIC for c in ctx.strategy.channels)


def _channel(id_: str, **changes: Any) -> Callable[[Strategy], Strategy]:
    """An example that changes the channel with id *id_*."""
    return lambda s: attrs.evolve(
        s,
        channels=tuple(attrs.evolve(c, **changes) if c.id == id_ else c for c in s.channels),
    )


def _span(start: str, end: str) -> Span:
    return Span(start=dt.time.fromisoformat(start), end=dt.time.fromisoformat(end))


def _add_rating_channel(s: Strategy) -> Strategy:
    zorgkaart = Channel(
        id="zorgkaart",
        kind=ChannelKind.RATING_SITE,
        name="ZorgkaartNederland",
        purposes=(Purpose.WEBCARE,),
        audiences=("verwanten",),
        goals=("contact-wonen",),
        owner="Team communicatie",
        response_hours=48,
        moderation=Moderation(weekdays=_span("09:00", "17:00")),
    )
    return attrs.evolve(s, channels=(*s.channels, zorgkaart))
