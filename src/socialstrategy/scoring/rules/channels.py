"""Channels: serving goals and audiences, run by someone, and answering when promised.

Sources: the book review (seed 003: "sociale media geen doel op zich"; channels for
profiling with content, online care, complaints and crisis communication); the Dutch
webcare figures in DOMAIN.md (53% expect an answer within an hour, 49% got no answer in
the evening: evenings and weekends are the weak spot); DOMAIN.md crisis #2 and #6
(monitoring, owner, hours covered, response-time targets per channel) and guidelines
#14 (client contact over WhatsApp or DM); ZorgkaartNederland (DOMAIN.md, sector
specifics): review sites, like a professional's own account, cannot be closed by the
organisation, so no rule advises stopping them; they are claimed, watched and answered.

The one piece of arithmetic, :func:`longest_unwatched_stretch`, finds the longest
stretch of a week in which nobody watches a channel, so a response-time promise can be
held against the moderation hours.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any, Final

import attrs

from socialstrategy import fmt
from socialstrategy.i18n import LANGUAGES, Text
from socialstrategy.model import Channel, Moderation, Span
from socialstrategy.scoring.areas import Area, Level
from socialstrategy.scoring.rule import Hit, named, rule
from socialstrategy.scoring.rules._edit import chain, each, replace, within, without_clock
from socialstrategy.vocab import (
    SECTOR_WORDS,
    ChannelKind,
    GuidelineTopic,
    LegalClockKind,
    Purpose,
    Sector,
)

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from socialstrategy.i18n import Language
    from socialstrategy.model import Strategy
    from socialstrategy.scoring.context import Context

_BOOK = "Gulden & Van der Wurff, Social media in zorg en welzijn (seed 003)"
_WEBCARE = (
    "DOMAIN.md figures (Dutch webcare: 53% expect an answer within an hour; 49% got no"
    " answer in the evening)"
)

#: Purposes where people write to us and wait for an answer.
CONVERSATION: Final = frozenset({Purpose.DIALOGUE, Purpose.WEBCARE, Purpose.ONLINE_CARE})
#: Platforms of third parties, where the public can comment and messages leave our hands.
SOCIAL_PLATFORMS: Final = frozenset(
    {
        ChannelKind.FACEBOOK,
        ChannelKind.INSTAGRAM,
        ChannelKind.LINKEDIN,
        ChannelKind.X,
        ChannelKind.YOUTUBE,
        ChannelKind.TIKTOK,
        ChannelKind.WHATSAPP,
    }
)
#: Platforms where anyone can comment under what we post.
_PUBLIC: Final = SOCIAL_PLATFORMS - {ChannelKind.WHATSAPP}
#: Platforms unfit for client contact: commercial apps outside the client file.
_UNSAFE_FOR_CLIENTS: Final = SOCIAL_PLATFORMS - {ChannelKind.YOUTUBE}
#: Channels people use at a set time, not ones where a message waits for an answer.
_SYNCHRONOUS: Final = frozenset({ChannelKind.VIDEO_CALLING})
#: The remedy for a small organisation (Governance.small): not evening and weekend
#: staffing, but saying on the channel when it answers, and where urgent matters go.
_SAY_WHEN: Final = Text(
    "Zet op het kanaal wanneer je reageert, bijvoorbeeld 'we reageren op werkdagen binnen"
    " 24 uur', en leg vast wanneer iemand het kanaal bekijkt; verwijs voor spoed naar"
    " {urgent}. De reactietijd telt dan op werkdagen.",
    "Say on the channel when you answer, for example 'we answer on working days within"
    " 24 hours', and record when someone looks at the channel; refer urgent matters to"
    " {urgent}. The response time then counts on working days.",
)
#: Longest first response people accept on social media, in hours.
_SOCIAL_PROMISE: Final = 24
#: Sectors whose clients review them a lot (Google, ZorgkaartNederland, Independer),
#: each as a message names an organisation of it.
_REVIEWED_SECTORS: Final = {
    Sector.HOSPITAL: Text("een ziekenhuis", "a hospital"),
    Sector.GP_CARE: Text("een huisartsenpraktijk", "a GP practice"),
    Sector.ELDERLY_CARE: Text("een ouderenzorgorganisatie", "an elderly care organisation"),
}
_REVIEWS = (
    "DOMAIN.md sector specifics (ZorgkaartNederland: the organisation answers; the editors"
    " mediate, never hand out the reviewer's details)"
)

# --- the week a channel is watched --------------------------------------------------

_DAY: Final = 24 * 60
_WEEK: Final = 7 * _DAY
#: The promise clock rests at night: webcare that covers 08:00-22:00 counts as complete
#: (evenings, until 22:00, are where people go unanswered; DOMAIN.md figures).
NIGHT: Final = (dt.time(22, 0), dt.time(8, 0))
#: A small organisation answers on working days (Governance.small): its promise clock
#: runs Monday to Friday within these hours only.
WORKING_DAY: Final = (dt.time(8, 0), dt.time(18, 0))
_DAYS_NL: Final = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
_DAYS_EN: Final = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _minutes(time: dt.time) -> int:
    return time.hour * 60 + time.minute


@attrs.frozen
class Stretch:
    """A stretch of the week nobody watches, in minutes from Monday 00:00.

    ``end`` may pass the end of the week when the stretch runs on into next Monday.
    """

    start: int
    end: int

    @property
    def hours(self) -> float:
        """Clock hours a message sent at the start waits."""
        return (self.end - self.start) / 60

    @property
    def waking_hours(self) -> float:
        """The same wait with the nights (22:00-08:00) left out."""
        night_end, night_start = _minutes(NIGHT[1]), _minutes(NIGHT[0])
        awake = 0
        for day in range(self.start // _DAY, (self.end - 1) // _DAY + 1):
            lo = max(self.start, day * _DAY + night_end)
            hi = min(self.end, day * _DAY + night_start)
            awake += max(0, hi - lo)
        return awake / 60

    @property
    def working_hours(self) -> float:
        """The same wait counted on working days (Monday to Friday, 08:00-18:00) only:
        the clock of a small organisation's promise, 'op werkdagen binnen 24 uur'."""
        begin, finish = _minutes(WORKING_DAY[0]), _minutes(WORKING_DAY[1])
        working = 0
        for day in range(self.start // _DAY, (self.end - 1) // _DAY + 1):
            if day % 7 >= 5:
                continue
            lo = max(self.start, day * _DAY + begin)
            hi = min(self.end, day * _DAY + finish)
            working += max(0, hi - lo)
        return working / 60

    def moment(self, minute: int, language: Language) -> str:
        """'vrijdag 17:00' for a minute of the week."""
        days = _DAYS_NL if language == "nl" else _DAYS_EN
        minute %= _WEEK
        return f"{days[minute // _DAY]} {minute % _DAY // 60:02d}:{minute % 60:02d}"


def _watched(moderation: Moderation) -> list[tuple[int, int]]:
    """The watched windows of one week, merged and in order."""
    daily: list[tuple[range, Span | None]] = [
        (range(5), moderation.weekdays),
        (range(5), moderation.evenings),
        (range(5, 7), moderation.weekends),
    ]
    windows = sorted(
        (day * _DAY + _minutes(span.start), day * _DAY + _minutes(span.end))
        for days, span in daily
        if span is not None
        for day in days
    )
    merged: list[tuple[int, int]] = []
    for start, end in windows:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def longest_unwatched_stretch(moderation: Moderation) -> Stretch | None:
    """The stretch of a week in which a message waits longest for anyone to see it.

    Weekday daytime and evenings count Monday to Friday, the weekend span Saturday and
    Sunday; a missing span is a time nobody watches. "Longest" is measured without the
    nights, so a plan that covers 08:00-22:00 every day keeps any promise; ties go to
    the longer clock wait, then to the earlier in the week. ``None`` when nobody ever
    watches (a separate finding).
    """
    watched = _watched(moderation)
    if not watched:
        return None
    # Each gap runs from the end of one window to the start of the next; the last
    # runs on into next week's first window. Spans end before midnight, so there is
    # always at least one gap.
    resumes = [start for start, _ in watched[1:]] + [watched[0][0] + _WEEK]
    gaps = [
        Stretch(start=stops, end=resumes_at)
        for (_, stops), resumes_at in zip(watched, resumes, strict=True)
        if resumes_at > stops
    ]
    return max(gaps, key=lambda g: (g.waking_hours, g.hours))


def _quoted(names: list[str]) -> tuple[str, str]:
    """Names in quotes, listed in both languages."""
    quoted = [f"'{name}'" for name in names]
    return fmt.items(quoted, "nl"), fmt.items(quoted, "en")


def _unwatched(moderation: Moderation) -> tuple[str, str]:
    """Which parts of the week nobody watches, as a clause in both languages."""
    parts = [
        (nl, en)
        for span, nl, en in (
            (moderation.weekdays, "overdag", "during the day"),
            (moderation.evenings, "'s avonds", "in the evening"),
            (moderation.weekends, "in het weekend", "at the weekend"),
        )
        if span is None
    ]
    if not parts:
        return ("tussen de bezettingstijden kijkt niemand", "nobody watches between the hours set")
    nl = fmt.items([p[0] for p in parts], "nl")
    en = fmt.items([p[1] for p in parts], "en", either=True)
    return (f"{nl} kijkt niemand", f"nobody watches {en}")


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
        "promise_nl": fmt.number(hours, "nl", digits=1),
        "promise_en": fmt.number(hours, "en", digits=1),
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


# --- the rules --------------------------------------------------------------------------


@rule(
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
)
def no_channels(ctx: Context) -> Iterator[Hit]:
    if not ctx.strategy.channels:
        yield Hit("channels")


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


@rule(
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
)
def channel_without_audience(ctx: Context) -> Iterator[Hit]:
    for i, channel in enumerate(ctx.strategy.channels):
        if not channel.audiences:
            yield Hit(f"channels[{i}].audiences", {"channel": _name(channel)})


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
    "CHAN006",
    "response-time-not-covered",
    area=Area.CHANNELS,
    level=Level.WARNING,
    title=(
        "Reactietijd niet waar te maken met de bezettingstijden",
        "Response time not covered by the moderation hours",
    ),
    message=(
        "Kanaal '{channel}' belooft een reactie binnen {promise_nl} uur, maar {unwatched_nl}:"
        " een bericht op {start_nl} wacht tot {end_nl} ({hours_nl} uur; ook zonder de"
        " nachten nog {waking_nl} uur).",
        "Channel '{channel}' promises an answer within {promise_en} hours, but {unwatched_en}:"
        " a message sent on {start_en} waits until {end_en} ({hours_en} hours; {waking_en}"
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
        unwatched = dict(zip(LANGUAGES, _unwatched(channel.moderation), strict=True))
        params: dict[str, object] = {"channel": _name(channel), **_promise(promise)}
        for lang in LANGUAGES:
            params |= {
                f"unwatched_{lang}": unwatched[lang],
                f"start_{lang}": gap.moment(gap.start, lang),
                f"end_{lang}": gap.moment(gap.end, lang),
                f"hours_{lang}": fmt.number(gap.hours, lang, digits=1),
                f"waking_{lang}": fmt.number(gap.waking_hours, lang, digits=1),
            }
        yield Hit(f"channels[{i}].moderation", params, fix=_SAY_WHEN if small else None)


@rule(
    "CHAN007",
    "response-time-without-moderation",
    area=Area.CHANNELS,
    level=Level.WARNING,
    title=("Reactietijd zonder bezettingstijden", "Response time without moderation hours"),
    message=(
        "Kanaal '{channel}' belooft een reactie binnen {promise_nl} uur, maar er zijn geen"
        " bezettingstijden: niemand weet wanneer er gekeken wordt.",
        "Channel '{channel}' promises an answer within {promise_en} hours, but has no"
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


@rule(
    "CHAN008",
    "client-contact-on-commercial-platform",
    area=Area.CHANNELS,
    level=Level.WARNING,
    title=("Cliëntcontact via een commercieel platform", "Client contact on a commercial platform"),
    message=(
        "Kanaal '{channel}' ({kind_nl}) wordt gebruikt voor contact met cliënten, zonder"
        " {missing_nl}: een risico voor het beroepsgeheim en de privacy (AVG), want berichten"
        " staan buiten het dossier op een commercieel platform.",
        "Channel '{channel}' ({kind_en}) is used for contact with clients without"
        " {missing_en}: a risk to professional secrecy and privacy (GDPR), as messages sit"
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
        missing = [
            texts
            for texts, present in (
                (("vaste werktijden", "set working hours"), channel.moderation.covered),
                (("afspraken in de richtlijn", "rules in the guideline"), agreed),
            )
            if not present
        ]
        if missing:
            yield Hit(
                f"channels[{i}].client_contact",
                {
                    "channel": _name(channel),
                    "kind_nl": channel.kind.label("nl"),
                    "kind_en": channel.kind.label("en"),
                    "missing_nl": fmt.items([m[0] for m in missing], "nl"),
                    "missing_en": fmt.items([m[1] for m in missing], "en", either=True),
                },
            )


@rule(
    "CHAN009",
    "audience-not-on-platform",
    area=Area.CHANNELS,
    level=Level.ADVICE,
    title=("Doelgroep zit niet op dit kanaal", "Audience not on this platform"),
    message=(
        "Kanaal '{channel}' moet {audiences_nl} bereiken, maar volgens wat je van hen weet"
        " gebruiken zij {kind_nl} niet.",
        "Channel '{channel}' is meant to reach {audiences_en}, but from what you know of them"
        " they do not use {kind_en}.",
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
                    "audiences_nl": nl,
                    "audiences_en": en,
                    "kind_nl": channel.kind.label("nl"),
                    "kind_en": channel.kind.label("en"),
                },
            )


@rule(
    "CHAN010",
    "slow-response-on-social-media",
    area=Area.CHANNELS,
    level=Level.ADVICE,
    title=("Trage reactie op sociale media", "Slow response on social media"),
    message=(
        "Kanaal '{channel}' belooft pas binnen {promise_nl} uur te reageren; op sociale media"
        " verwacht de helft van de mensen binnen een uur antwoord.",
        "Channel '{channel}' only promises an answer within {promise_en} hours; on social"
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


@rule(
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
)
def channel_without_purpose(ctx: Context) -> Iterator[Hit]:
    for i, channel in enumerate(ctx.strategy.channels):
        if not channel.purposes:
            yield Hit(f"channels[{i}].purposes", {"channel": _name(channel)})


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
        "Kanaal '{channel}' dient {goals_nl}, maar bereikt geen van de betrokken doelgroepen.",
        "Channel '{channel}' serves {goals_en}, but reaches none of the audiences concerned.",
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
                    "goals_nl": f"{word_nl} {nl}",
                    "goals_en": f"{word_en} {en}",
                },
            )


# --- review sites: claimed, watched and answered, never closed -----------------------


def _plan_response_hours(ctx: Context, channel: Channel) -> float | None:
    """The response time that holds on a review site: its own, or the crisis plan's
    deadline for answering a review."""
    if channel.response_hours is not None:
        return channel.response_hours
    clocks = ctx.strategy.crisis.legal_clocks
    hours = [c.deadline_hours for c in clocks if c.kind is LegalClockKind.RATING_SITE_RESPONSE]
    return next((h for h in hours if h is not None), None)


@rule(
    "CHAN020",
    "review-site-unanswered",
    area=Area.CHANNELS,
    level=Level.WARNING,
    title=("Beoordelingssite zonder beheer", "Review site not looked after"),
    message=(
        "Beoordelingssite '{channel}' heeft {missing_nl}: beoordelingen blijven dan"
        " onbeantwoord staan, zichtbaar voor iedereen die jullie zoekt.",
        "Review site '{channel}' has {missing_en}: reviews then stay unanswered, in view of"
        " everyone who looks you up.",
    ),
    fix=(
        "Claim de vermelding (het Google-bedrijfsprofiel, de pagina op ZorgkaartNederland of"
        " Independer), zodat jullie als organisatie kunnen reageren. Wijs een eigenaar aan"
        " die de site vast bekijkt en elke beoordeling beantwoordt binnen de reactietijd van"
        " het plan: bedank, erken wat iemand meemaakte en nodig bij een klacht uit om via de"
        " klachtenregeling verder te praten. Noem nooit gegevens van een cliënt, ook niet als"
        " de schrijver dat zelf wel doet.",
        "Claim the listing (the Google Business Profile, the page on ZorgkaartNederland or"
        " Independer), so the organisation can respond. Name an owner who checks the site"
        " regularly and answers every review within the plan's response time: thank the"
        " writer, acknowledge what they went through, and for a complaint invite them to"
        " continue through the complaints procedure. Never mention a client's details, even"
        " when the writer does.",
    ),
    source=_REVIEWS,
    weight=12,
    mode="share",
    population=_review_sites,
    fires=chain(_add_rating_channel, _channel("zorgkaart", owner="")),
    # Without a response time of its own, the crisis plan's deadline for reviews holds.
    passes=chain(_add_rating_channel, _channel("zorgkaart", response_hours=None)),
)
def review_site_unanswered(ctx: Context) -> Iterator[Hit]:
    for i, channel in enumerate(ctx.strategy.channels):
        if not _review_site(channel):
            continue
        missing = [
            texts
            for texts, present in (
                (("geen eigenaar", "no owner"), bool(channel.owner.strip())),
                (
                    ("geen reactietijd", "no response time"),
                    _plan_response_hours(ctx, channel) is not None,
                ),
            )
            if not present
        ]
        if missing:
            # Shown beside the first field to fill in.
            field = "owner" if not channel.owner.strip() else "response_hours"
            yield Hit(
                f"channels[{i}].{field}",
                {
                    "channel": _name(channel),
                    "missing_nl": fmt.items([m[0] for m in missing], "nl"),
                    "missing_en": fmt.items([m[1] for m in missing], "en"),
                },
            )


@rule(
    "CHAN021",
    "review-site-without-webcare",
    area=Area.CHANNELS,
    level=Level.ADVICE,
    title=("Beoordelingssite niet als webcare", "Review site not treated as webcare"),
    message=(
        "Op beoordelingssite '{channel}' schrijven {clients_nl} en verwanten over jullie"
        " zorg, maar het kanaal heeft niet de functie webcare en klachten.",
        "On review site '{channel}', {clients_en} and relatives write about your care, but"
        " the channel is not marked for webcare and complaints.",
    ),
    fix=(
        "Geef het kanaal de functie 'Webcare en klachten': beantwoord een beoordeling in het"
        " openbaar kort en in algemene woorden, en bespreek een klacht van één persoon"
        " buiten de site, via de klachtenregeling. Bevestig nooit dat iemand cliënt is.",
        "Mark the channel for 'Webcare and complaints': answer a review in public briefly"
        " and in general terms, and take one person's complaint off the site, through the"
        " complaints procedure. Never confirm that someone is a client.",
    ),
    source=_REVIEWS,
    weight=6,
    mode="share",
    population=_review_sites,
    fires=chain(_add_rating_channel, _channel("zorgkaart", purposes=(Purpose.PROFILING,))),
    passes=chain(
        _add_rating_channel,
        _channel("zorgkaart", purposes=(Purpose.PROFILING, Purpose.WEBCARE)),
    ),
)
def review_site_without_webcare(ctx: Context) -> Iterator[Hit]:
    words = SECTOR_WORDS[ctx.strategy.organisation.sector]
    for i, channel in enumerate(ctx.strategy.channels):
        if _review_site(channel) and Purpose.WEBCARE not in channel.purposes:
            yield Hit(
                f"channels[{i}].purposes",
                {
                    "channel": _name(channel),
                    "clients_nl": words.clients.nl,
                    "clients_en": words.clients.en,
                },
            )


@rule(
    "CHAN022",
    "review-sites-not-among-channels",
    area=Area.CHANNELS,
    level=Level.ADVICE,
    title=("Beoordelingssites niet bij de kanalen", "Review sites not among the channels"),
    message=(
        "{clients_nl} van {sector_nl} beoordelen hun zorg veel op Google en"
        " ZorgkaartNederland. Het crisisplan zegt wie reageert, maar geen beoordelingssite"
        " staat bij de kanalen: niemand heeft de vermelding geclaimd of houdt haar bij.",
        "{clients_en} of {sector_en} often review their care on Google and"
        " ZorgkaartNederland. The crisis plan says who answers, but no review site is among"
        " the channels: nobody has claimed the listing or keeps track of it.",
    ),
    fix=(
        "Neem de beoordelingssites waar jullie op staan op als kanaal (soort:"
        " beoordelingssite), met een eigenaar, de functie webcare en de reactietijd uit het"
        " crisisplan.",
        "Add the review sites you are listed on as channels (kind: review site), with an"
        " owner, the webcare purpose and the response time from the crisis plan.",
    ),
    source=_REVIEWS,
    weight=4,
    fires=within("organisation", sector=Sector.HOSPITAL),
    passes=chain(within("organisation", sector=Sector.HOSPITAL), _add_rating_channel),
)
def review_sites_not_among_channels(ctx: Context) -> Iterator[Hit]:
    s = ctx.strategy
    sector = s.organisation.sector
    if sector not in _REVIEWED_SECTORS or any(_review_site(c) for c in s.channels):
        return
    # Without the crisis plan's procedure either, CHAN013 already says nobody watches.
    if not any(c.kind is LegalClockKind.RATING_SITE_RESPONSE for c in s.crisis.legal_clocks):
        return
    words = SECTOR_WORDS[sector]
    yield Hit(
        "channels",
        {
            "clients_nl": words.clients.nl.capitalize(),
            "clients_en": words.clients.en.capitalize(),
            "sector_nl": _REVIEWED_SECTORS[sector].nl,
            "sector_en": _REVIEWED_SECTORS[sector].en,
        },
    )
