"""Channels: review sites claimed, watched and answered, never closed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from socialstrategy import fmt
from socialstrategy.i18n import Text
from socialstrategy.scoring.areas import Area, Level
from socialstrategy.scoring.rule import Hit, rule
from socialstrategy.scoring.rules._checks import lacking
from socialstrategy.scoring.rules._edit import chain, within
from socialstrategy.scoring.rules.channels._common import _REVIEWED_SECTORS, _REVIEWS
from socialstrategy.scoring.rules.channels._helpers import (
    _add_rating_channel,
    _channel,
    _name,
    _review_site,
    _review_sites,
)
from socialstrategy.vocab import SECTOR_WORDS, LegalClockKind, Purpose, Sector

if TYPE_CHECKING:
    from collections.abc import Iterator

    from socialstrategy.model import Channel
    from socialstrategy.scoring.context import Context


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
        "Beoordelingssite '{channel}' heeft {missing}: beoordelingen blijven dan"
        " onbeantwoord staan, zichtbaar voor iedereen die jullie zoekt.",
        "Review site '{channel}' has {missing}: reviews then stay unanswered, in view of"
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
        missing = lacking(
            (Text("geen eigenaar", "no owner"), bool(channel.owner.strip())),
            (
                Text("geen reactietijd", "no response time"),
                _plan_response_hours(ctx, channel) is not None,
            ),
        )
        if missing:
            # Shown beside the first field to fill in.
            field = "owner" if not channel.owner.strip() else "response_hours"
            yield Hit(
                f"channels[{i}].{field}",
                {
                    "channel": _name(channel),
                    "missing": fmt.listed(missing),
                },
            )


@rule(
    "CHAN021",
    "review-site-without-webcare",
    area=Area.CHANNELS,
    level=Level.ADVICE,
    title=("Beoordelingssite niet als webcare", "Review site not treated as webcare"),
    message=(
        "Op beoordelingssite '{channel}' schrijven {sector_clients} en verwanten over jullie"
        " zorg, maar het kanaal heeft niet de functie webcare en klachten.",
        "On review site '{channel}', {sector_clients} and relatives write about your care, but"
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
                    "sector_clients": words.clients,
                },
            )


@rule(
    "CHAN022",
    "review-sites-not-among-channels",
    area=Area.CHANNELS,
    level=Level.ADVICE,
    title=("Beoordelingssites niet bij de kanalen", "Review sites not among the channels"),
    message=(
        "{Sector_clients} van {sector} beoordelen hun zorg veel op Google en"
        " ZorgkaartNederland. Het crisisplan zegt wie reageert, maar geen beoordelingssite"
        " staat bij de kanalen: niemand heeft de vermelding geclaimd of houdt haar bij.",
        "{Sector_clients} of {sector} often review their care on Google and"
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
            "Sector_clients": Text(fmt.capital(words.clients.nl), fmt.capital(words.clients.en)),
            "sector": _REVIEWED_SECTORS[sector],
        },
    )
