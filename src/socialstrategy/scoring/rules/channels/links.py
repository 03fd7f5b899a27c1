"""Channels: that there are channels, each with a goal, an audience and an owner."""

from __future__ import annotations

from typing import TYPE_CHECKING

from socialstrategy.scoring.areas import Area, Level
from socialstrategy.scoring.rule import Hit, rule
from socialstrategy.scoring.rules._checks import each_empty, empty
from socialstrategy.scoring.rules._edit import chain, each, each_trimmed, replace
from socialstrategy.scoring.rules.channels._common import _BOOK
from socialstrategy.scoring.rules.channels._helpers import (
    _add_rating_channel,
    _channel,
    _channels,
    _closable,
    _closable_channels,
    _name,
    _review_site,
    _run_channels,
)

if TYPE_CHECKING:
    from collections.abc import Iterator

    from socialstrategy.scoring.context import Context


# --- the rules --------------------------------------------------------------------------


no_channels = rule(
    "CHAN001",
    "no-channels",
    area=Area.CHANNELS,
    level=Level.ERROR,
    title=("Geen kanalen", "No channels"),
    message=(
        "De strategie noemt nog geen kanalen: waar spreek je welke doelgroep aan?",
        "The strategy names no channels yet: where do you speak with which audience?",
    ),
    fix=(
        "Kies per doel de kanalen waar de doelgroep al is, en leg vast waarvoor je elk"
        " kanaal gebruikt.",
        "For each goal, choose the channels where its audience already is, and record what"
        " each channel is for.",
    ),
    source=_BOOK,
    weight=100,
    fires=chain(replace(channels=()), each("actions", channels=())),
    passes=each("actions", channels=()),
)(empty("channels"))


@rule(
    "CHAN002",
    "channel-without-goal",
    area=Area.CHANNELS,
    level=Level.ERROR,
    title=("Kanaal zonder doel", "Channel without a goal"),
    message=(
        "Kanaal '{channel}' dient geen enkel doel: dan zijn sociale media een doel op zich.",
        "Channel '{channel}' serves no goal: that makes social media a goal in itself.",
    ),
    fix=(
        "Koppel het kanaal aan de doelen die het dient, of stop ermee en laat je volgers"
        " weten waar ze je wel vinden.",
        "Link the channel to the goals it serves, or close it and tell your followers where"
        " to find you instead.",
    ),
    source=_BOOK,
    weight=40,
    mode="share",
    population=_closable_channels,
    fires=each("channels", goals=()),
    # A review site cannot be closed: CHAN020 and CHAN021 give it advice of its own.
    passes=chain(_add_rating_channel, _channel("zorgkaart", goals=())),
)
def channel_without_goal(ctx: Context) -> Iterator[Hit]:
    for i, channel in enumerate(ctx.strategy.channels):
        if _closable(channel) and not channel.goals:
            yield Hit(f"channels[{i}].goals", {"channel": _name(channel)})


channel_without_audience = rule(
    "CHAN003",
    "channel-without-audience",
    area=Area.CHANNELS,
    level=Level.WARNING,
    title=("Kanaal zonder doelgroep", "Channel without an audience"),
    message=(
        "Van kanaal '{channel}' staat niet vast welke doelgroep je ermee bereikt.",
        "Channel '{channel}' does not say which audience it reaches.",
    ),
    fix=(
        "Noem de doelgroepen die je via dit kanaal wilt bereiken (cliënten, verwanten,"
        " medewerkers, verwijzers…).",
        "Name the audiences this channel is meant to reach (clients, relatives, employees,"
        " referrers…).",
    ),
    source=_BOOK,
    weight=20,
    mode="share",
    population=_channels,
    fires=each("channels", audiences=()),
    passes=each_trimmed("channels", "audiences"),
)(each_empty("channels", "audiences", lambda channel: {"channel": _name(channel)}))


@rule(
    "CHAN004",
    "channel-without-owner",
    area=Area.CHANNELS,
    level=Level.WARNING,
    title=("Kanaal zonder eigenaar", "Channel without an owner"),
    message=(
        "Niemand is eigenaar van kanaal '{channel}': wie plaatst, leest mee en reageert?",
        "Nobody owns channel '{channel}': who posts, reads along and answers?",
    ),
    fix=(
        "Wijs per kanaal een eigenaar aan (een team of functie) die plaatst, reacties"
        " bijhoudt en de inloggegevens beheert.",
        "Give each channel an owner (a team or role) who posts, keeps up with replies and"
        " manages the login.",
    ),
    source="DOMAIN.md crisis #2 (monitoring: channels, owner, hours covered)",
    weight=15,
    mode="share",
    population=_run_channels,
    fires=each("channels", owner=""),
    passes=chain(_add_rating_channel, _channel("zorgkaart", owner="")),  # CHAN020 says it
)
def channel_without_owner(ctx: Context) -> Iterator[Hit]:
    for i, channel in enumerate(ctx.strategy.channels):
        if not _review_site(channel) and not channel.owner.strip():
            yield Hit(f"channels[{i}].owner", {"channel": _name(channel)})
