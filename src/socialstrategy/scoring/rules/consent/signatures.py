"""Consent register: consent current, signed by the right people, within scope."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from socialstrategy.i18n import Text
from socialstrategy.scoring import codes
from socialstrategy.scoring.areas import Area, Level
from socialstrategy.scoring.rule import Hit, rule
from socialstrategy.scoring.rules._checks import passed
from socialstrategy.scoring.rules.consent._common import (
    _AVG,
    _CONSENT,
    _beyond,
    _channel_names,
    _day,
    _each_record,
    _records,
    _signed,
    _with,
    _words,
)
from socialstrategy.vocab import ClientSituation, ConsentReach, Signatory

if TYPE_CHECKING:
    from collections.abc import Iterator

    from socialstrategy.scoring.context import Context


# --- the rules --------------------------------------------------------------------------


@rule(
    codes.CONSENT_EXPIRED,
    "consent-expired",
    area=Area.GUIDELINES,
    level=Level.WARNING,
    title=("Toestemming verlopen", "Consent expired"),
    message=(
        "De toestemming voor '{what}' ({who}) is op {expired} verlopen{shown}.",
        "Consent for '{what}' ({who}) expired on {expired}{shown}.",
    ),
    fix=(
        "Vraag opnieuw toestemming en leg de nieuwe datum en einddatum vast, of haal de"
        " beelden van alle kanalen en gebruik ze niet meer.",
        "Ask for consent again and record the new date and end date, or take the images off"
        " every channel and stop using them.",
    ),
    source=_AVG,
    weight=10,
    mode="each",
    fires=_with(expires=dt.date(2026, 9, 1)),
    passes=_with(expires=dt.date(2026, 12, 31)),
)
def consent_expired(ctx: Context) -> Iterator[Hit]:
    for i, record in _records(ctx):
        if record.withdrawn is not None:
            continue  # a withdrawn consent has its own, sharper rule
        if passed(record.expires, ctx.today):
            shown = Text("", "")
            if record.published_on:
                names = _channel_names(ctx, record.published_on)
                shown = Text(
                    f", maar de beelden staan nog op {names.nl}",
                    f", but the images are still on {names.en}",
                )
            params = _words(ctx, record) | {"expired": _day(record.expires), "shown": shown}
            yield Hit(f"consents[{i}].expires", params)


minor_without_parent = rule(
    codes.MINOR_WITHOUT_PARENT,
    "minor-without-parent",
    area=Area.GUIDELINES,
    level=Level.ERROR,
    title=(
        "Kind onder de 16 zonder toestemming ouder",
        "Child under 16 without a parent's consent",
    ),
    message=(
        "'{what}' toont een {client} jonger dan 16 ({who}), maar geen ouder met gezag of"
        " voogd heeft getekend.",
        "'{what}' shows a {client} under 16 ({who}), but no parent with custody or"
        " guardian signed.",
    ),
    fix=(
        "Vraag toestemming aan een ouder met gezag of de voogd: onder de 16 beslissen zij"
        " over beeld van het kind. Vraag het kind zelf ook, zodra het dat kan begrijpen.",
        "Ask a parent with custody or the guardian for consent: under 16 they decide on"
        " images of the child. Ask the child too, as soon as it can understand.",
    ),
    source=_AVG,
    weight=20,
    mode="each",
    fires=_with(situation=ClientSituation.UNDER_16),
    passes=_with(situation=ClientSituation.UNDER_16, signatories=(Signatory.PARENT,)),
)(
    _each_record(
        "signatories",
        lambda record: (
            record.situation is ClientSituation.UNDER_16 and not _signed(record, Signatory.PARENT)
        ),
    )
)


@rule(
    codes.REPRESENTATIVE_NOT_SIGNED,
    "representative-not-signed",
    area=Area.GUIDELINES,
    level=Level.ERROR,
    title=(
        "Vertegenwoordigde cliënt zonder toestemming vertegenwoordiger",
        "Represented client without the representative's consent",
    ),
    message=(
        "De {client} op '{what}' ({who}) heeft een wettelijk vertegenwoordiger, maar de"
        " toestemming van {representatives} ontbreekt.",
        "The {client} in '{what}' ({who}) has a legal representative, but consent from"
        " {representatives} is missing.",
    ),
    fix=(
        "Vraag de wettelijk vertegenwoordiger om toestemming en leg vast dat die tekende;"
        " betrek de cliënt zelf zoveel als die kan.",
        "Ask the legal representative for consent and record that they signed; involve the"
        " client as far as they can be.",
    ),
    source=_CONSENT,
    weight=15,
    mode="each",
    fires=_with(represented=True),
    passes=_with(
        represented=True,
        situation=ClientSituation.UNDER_16,
        signatories=(Signatory.PARENT, Signatory.CLIENT),
    ),
)
def representative_not_signed(ctx: Context) -> Iterator[Hit]:
    for i, record in _records(ctx):
        if not record.represented or _signed(record, Signatory.LEGAL_REPRESENTATIVE):
            continue
        # Parents with custody are a minor's legal representatives.
        if record.situation is not ClientSituation.ADULT and _signed(record, Signatory.PARENT):
            continue
        yield Hit(f"consents[{i}].signatories", _words(ctx, record))


@rule(
    codes.CLIENT_NOT_SIGNED,
    "client-not-signed",
    area=Area.GUIDELINES,
    level=Level.ERROR,
    title=("Cliënt gaf zelf geen toestemming", "The client did not consent"),
    message=(
        "Voor '{what}' ({who}) heeft de {client} zelf niet getekend: vanaf 16 jaar geeft"
        " de {client} zelf toestemming.",
        "For '{what}' ({who}) the {client} did not sign: from 16, the {client} gives"
        " consent themselves.",
    ),
    fix=(
        "Vraag de cliënt zelf om toestemming en leg vast dat die tekende.",
        "Ask the client for consent and record that they signed.",
    ),
    source=_AVG,
    weight=15,
    mode="each",
    fires=_with(signatories=()),
    passes=_with(represented=True, signatories=(Signatory.LEGAL_REPRESENTATIVE,)),
)
def client_not_signed(ctx: Context) -> Iterator[Hit]:
    for i, record in _records(ctx):
        # Under 16 the parents decide (CONS002); a represented client's representative may
        # consent for a client who cannot (CONS003).
        if record.situation is ClientSituation.UNDER_16 or record.represented:
            continue
        if not _signed(record, Signatory.CLIENT):
            yield Hit(f"consents[{i}].signatories", _words(ctx, record))


@rule(
    codes.PUBLISHED_BEYOND_SCOPE,
    "published-beyond-scope",
    area=Area.GUIDELINES,
    level=Level.ERROR,
    title=("Beeld buiten de toestemming gepubliceerd", "Images published beyond the consent"),
    message=(
        "'{what}' ({who}) staat op {channel}, maar de toestemming geldt {scope}.",
        "'{what}' ({who}) is on {channel}, but the consent holds {scope}.",
    ),
    fix=(
        "Haal de beelden van dat kanaal, of vraag toestemming voor dat kanaal en leg die vast.",
        "Take the images off that channel, or ask consent for that channel and record it.",
    ),
    source=_CONSENT,
    weight=15,
    mode="each",
    fires=_with(reach=ConsentReach.INTERNAL),
    passes=_with(reach=ConsentReach.INTERNAL, published_on=("portaal",)),
)
def published_beyond_scope(ctx: Context) -> Iterator[Hit]:
    for i, record in _records(ctx):
        for j, channel_id in enumerate(record.published_on):
            scope = _beyond(ctx, record, channel_id)
            if scope is not None:
                params = _words(ctx, record) | {
                    "channel": _channel_names(ctx, (channel_id,)),
                    "scope": scope,
                }
                yield Hit(f"consents[{i}].published_on[{j}]", params)
