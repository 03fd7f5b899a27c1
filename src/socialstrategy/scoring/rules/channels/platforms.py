"""Channels: the platform fits the clients, the audience, the promise and a purpose."""

from __future__ import annotations

from typing import TYPE_CHECKING

from socialstrategy import fmt
from socialstrategy.i18n import Text
from socialstrategy.model import Moderation
from socialstrategy.scoring.areas import Area, Level
from socialstrategy.scoring.rule import Hit, rule
from socialstrategy.scoring.rules._checks import each_empty, lacking
from socialstrategy.scoring.rules._edit import each_trimmed
from socialstrategy.scoring.rules.channels._common import (
    _BOOK,
    _SOCIAL_PROMISE,
    _UNSAFE_FOR_CLIENTS,
    _WEBCARE,
    SOCIAL_PLATFORMS,
)
from socialstrategy.scoring.rules.channels._helpers import (
    _channel,
    _channels,
    _converses,
    _conversing_social,
    _name,
    _profiling,
    _promise,
    _social,
)
from socialstrategy.scoring.rules.channels.week import _quoted
from socialstrategy.vocab import ChannelKind, GuidelineTopic, Purpose

if TYPE_CHECKING:
    from collections.abc import Iterator

    from socialstrategy.scoring.context import Context


@rule(
    "CHAN008",
    "client-contact-on-commercial-platform",
    area=Area.CHANNELS,
    level=Level.WARNING,
    title=("Cliëntcontact via een commercieel platform", "Client contact on a commercial platform"),
    message=(
        "Kanaal '{channel}' ({kind}) wordt gebruikt voor contact met cliënten, zonder"
        " {missing}: een risico voor het beroepsgeheim en de privacy (AVG), want berichten"
        " staan buiten het dossier op een commercieel platform.",
        "Channel '{channel}' ({kind}) is used for contact with clients without"
        " {missing}: a risk to professional secrecy and privacy (GDPR), as messages sit"
        " outside the client file on a commercial platform.",
    ),
    fix=(
        "Verplaats het contact met cliënten naar het cliëntportaal of een beveiligde"
        " berichtendienst. Blijft het kanaal nodig: alleen een zakelijk account, een"
        " afgesproken doel, vaste werktijden, nooit voor noodgevallen (dan bellen), en leg"
        " dat vast in de richtlijn.",
        "Move client contact to the client portal or a secure messaging service. If the"
        " channel stays: a business account only, an agreed purpose, set working hours,"
        " never for emergencies (call instead), and record that in the guideline.",
    ),
    source="DOMAIN.md guidelines #2 and #14 (KNMG, V&VN: client contact over WhatsApp or DM)",
    weight=12,
    mode="each",
    fires=_channel("facebook", client_contact=True, moderation=Moderation()),
    # With set hours and a guideline rule on messaging clients, the risk is managed.
    passes=_channel("facebook", client_contact=True),
)
def client_contact_on_commercial_platform(ctx: Context) -> Iterator[Hit]:
    agreed = GuidelineTopic.MESSAGING_CLIENTS in ctx.strategy.guidelines.topics
    for i, channel in enumerate(ctx.strategy.channels):
        if not (channel.client_contact and channel.kind in _UNSAFE_FOR_CLIENTS):
            continue
        missing = lacking(
            (Text("vaste werktijden", "set working hours"), channel.moderation.covered),
            (Text("afspraken in de richtlijn", "rules in the guideline"), agreed),
        )
        if missing:
            yield Hit(
                f"channels[{i}].client_contact",
                {
                    "channel": _name(channel),
                    "kind": channel.kind.text,
                    "missing": fmt.listed(missing, either=("en",)),
                },
            )


@rule(
    "CHAN009",
    "audience-not-on-platform",
    area=Area.CHANNELS,
    level=Level.ADVICE,
    title=("Doelgroep zit niet op dit kanaal", "Audience not on this platform"),
    message=(
        "Kanaal '{channel}' moet {audiences} bereiken, maar volgens wat je van hen weet"
        " gebruiken zij {kind} niet.",
        "Channel '{channel}' is meant to reach {audiences}, but from what you know of them"
        " they do not use {kind}.",
    ),
    fix=(
        "Kies een kanaal dat de doelgroep zelf gebruikt, of vul aan wat je over hun"
        " mediagebruik weet: vraag het hen zelf, of wie hen vertegenwoordigt.",
        "Choose a channel the audience itself uses, or update what you know of their"
        " media use: ask them, or those who represent them.",
    ),
    source="Seed 000, check question 1 (do we know what our clients do online?); " + _BOOK,
    weight=10,
    mode="share",
    population=_social,
    fires=_channel("youtube", kind=ChannelKind.TIKTOK),
    # Our own website, portal or newsletter reaches people whatever platforms they use.
    passes=_channel("youtube", kind=ChannelKind.WEBSITE),
)
def audience_not_on_platform(ctx: Context) -> Iterator[Hit]:
    audiences = {a.id: a for a in ctx.strategy.audiences}
    for i, channel in enumerate(ctx.strategy.channels):
        if channel.kind not in SOCIAL_PLATFORMS:
            continue
        known = [audiences[a] for a in channel.audiences if a in audiences]
        elsewhere = [
            a.name or a.id for a in known if a.platforms and channel.kind not in a.platforms
        ]
        if elsewhere:
            nl, en = _quoted(elsewhere)
            yield Hit(
                f"channels[{i}].audiences",
                {
                    "channel": _name(channel),
                    "audiences": Text(nl, en),
                    "kind": channel.kind.text,
                },
            )


@rule(
    "CHAN010",
    "slow-response-on-social-media",
    area=Area.CHANNELS,
    level=Level.ADVICE,
    title=("Trage reactie op sociale media", "Slow response on social media"),
    message=(
        "Kanaal '{channel}' belooft pas binnen {promise} te reageren; op sociale media"
        " verwacht de helft van de mensen binnen een uur antwoord.",
        "Channel '{channel}' only promises an answer within {promise}; on social"
        " media half of the people expect one within the hour.",
    ),
    fix=(
        "Beloof op sociale media binnen een dag (liefst binnen enkele uren) een eerste"
        " reactie, ook als het inhoudelijke antwoord langer duurt.",
        "On social media, promise a first response within a day (within hours, ideally),"
        " even when the full answer takes longer.",
    ),
    source=_WEBCARE,
    weight=10,
    mode="share",
    population=_conversing_social,
    fires=_channel("facebook", response_hours=48),
    passes=_channel("facebook", response_hours=24),
)
def slow_response_on_social_media(ctx: Context) -> Iterator[Hit]:
    for i, channel in enumerate(ctx.strategy.channels):
        promise = channel.response_hours
        if promise is None or promise <= _SOCIAL_PROMISE:
            continue
        if _converses(channel) and channel.kind in SOCIAL_PLATFORMS:
            yield Hit(
                f"channels[{i}].response_hours", {"channel": _name(channel), **_promise(promise)}
            )


@rule(
    "CHAN011",
    "profiling-without-rhythm",
    area=Area.CHANNELS,
    level=Level.ADVICE,
    title=("Profilering zonder plaatsingsritme", "Profiling without a posting rhythm"),
    message=(
        "Kanaal '{channel}' is voor profilering, maar er is geen plaatsingsritme: een"
        " kanaal dat stilvalt, zegt ook iets.",
        "Channel '{channel}' is for profiling, but has no posting rhythm: a channel that"
        " falls silent says something too.",
    ),
    fix=(
        "Leg vast hoe vaak je plaatst (bijvoorbeeld twee berichten per week) en maak een"
        " contentkalender.",
        "Record how often you post (two posts a week, for instance) and keep a content calendar.",
    ),
    source=_BOOK + " (profiling with content)",
    weight=8,
    mode="share",
    population=_profiling,
    fires=_channel("youtube", rhythm=""),
    passes=_channel("portaal", rhythm=""),
)
def profiling_without_rhythm(ctx: Context) -> Iterator[Hit]:
    for i, channel in enumerate(ctx.strategy.channels):
        if Purpose.PROFILING in channel.purposes and not channel.rhythm.strip():
            yield Hit(f"channels[{i}].rhythm", {"channel": _name(channel)})


channel_without_purpose = rule(
    "CHAN012",
    "channel-without-purpose",
    area=Area.CHANNELS,
    level=Level.ADVICE,
    title=("Kanaal zonder functie", "Channel without a purpose"),
    message=(
        "Van kanaal '{channel}' staat niet vast waarvoor je het gebruikt.",
        "Channel '{channel}' does not say what it is used for.",
    ),
    fix=(
        "Kies de functie van het kanaal: profilering, dialoog, online hulpverlening, webcare,"
        " werving, kennis delen, interne of crisiscommunicatie.",
        "Choose what the channel is for: profiling, dialogue, online care, webcare,"
        " recruitment, sharing knowledge, internal or crisis communication.",
    ),
    source=_BOOK,
    weight=8,
    mode="share",
    population=_channels,
    fires=_channel("youtube", purposes=()),
    passes=each_trimmed("channels", "purposes"),
)(each_empty("channels", "purposes", lambda channel: {"channel": _name(channel)}))
