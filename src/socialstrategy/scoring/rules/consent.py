"""The consent register: every image of a client shown with valid, complete consent.

Sources: DOMAIN.md guidelines #3 (KNMG, V&VN: recorded consent per purpose; parents for
children under 16; the legal representative where there is one), the AVG (art. 7: consent
can be withdrawn at any time; art. 8 and UAVG art. 5: under 16 the holder of parental
responsibility consents) and the Autoriteit Persoonsgegevens on photos of clients
(consent per purpose and channel; when it ends, the images come down).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING, Any, Final

import attrs

from socialstrategy import fmt
from socialstrategy.i18n import LANGUAGES, Text
from socialstrategy.model import ConsentRecord
from socialstrategy.scoring.areas import Area, Level
from socialstrategy.scoring.rule import Hit, named, rule
from socialstrategy.scoring.rules._edit import replace
from socialstrategy.vocab import (
    SECTOR_WORDS,
    ChannelKind,
    ClientSituation,
    ConsentReach,
    Purpose,
    Signatory,
)

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from socialstrategy.model import Channel, Strategy
    from socialstrategy.scoring.context import Context

_CONSENT = "DOMAIN.md guidelines #3 (KNMG, V&VN: recorded consent; parents under 16)"
_AVG = "AVG art. 7 and 8, UAVG art. 5; Autoriteit Persoonsgegevens on photos of clients"

#: Channels only the organisation's own people see; everything else is external.
_INTERNAL_KINDS: Final = frozenset({ChannelKind.INTRANET, ChannelKind.CLIENT_PORTAL})
#: Words of a Dutch surname that are written in lower case ("Jan de Vries").
_PARTICLES: Final = frozenset({"van", "de", "der", "den", "het", "ter", "ten", "te", "'t", "in"})
#: Words a pseudonym may start with that say what, not who ("Cliënt Anna" still warns).
_GENERIC: Final = frozenset(
    {"client", "cliënt", "cliente", "jongere", "bewoner", "deelnemer", "patient", "patiënt",
     "kind", "meisje", "jongen", "pupil", "deelneemster", "bewoonster"}
)  # fmt: skip
_NAME_WORD: Final = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ]+(-[A-ZÀ-Ý][a-zà-ÿ]+)?")


# --- helpers for checks, messages and examples ------------------------------------------


def is_internal(channel: Channel) -> bool:
    """Whether *channel* is seen inside the organisation only (intranet, client portal, or
    a channel used for internal communication alone)."""
    return channel.kind in _INTERNAL_KINDS or set(channel.purposes) == {Purpose.INTERNAL}


def looks_like_a_name(pseudonym: str) -> bool:
    """Whether *pseudonym* reads like a first name and surname ("Jan de Vries",
    "Fatima El-Amrani"): at least two capitalised words, no digits, no initials, and not
    starting with a word that says what the person is ("Jongere", "Cliënt")."""
    words = pseudonym.split()
    if len(words) < 2 or words[0].lower() in _GENERIC:
        return False
    capitalised = [w for w in words if w.lower() not in _PARTICLES]
    return len(capitalised) >= 2 and all(_NAME_WORD.fullmatch(w) for w in capitalised)


def _records(ctx: Context) -> Iterator[tuple[int, ConsentRecord]]:
    yield from enumerate(ctx.strategy.consents)


def _who(record: ConsentRecord) -> str | Text:
    return record.pseudonym.strip() or Text("zonder pseudoniem", "no pseudonym")


def _words(ctx: Context, record: ConsentRecord) -> dict[str, object]:
    """What a message says of the record: its image, the client and the sector's words."""
    words = SECTOR_WORDS[ctx.strategy.organisation.sector]
    return {
        "what": named(record.what),
        "who": _who(record),
        "client": words.client,
        "representatives": words.representatives,
    }


def _day(date: dt.date) -> Text:
    return Text(*(fmt.long_date(date, language) for language in LANGUAGES))


def _channel_names(ctx: Context, ids: tuple[str, ...]) -> Text:
    """'Facebookpagina' en 'Intranet': the channels as the manager named them."""
    by_id = {c.id: c for c in ctx.strategy.channels}
    names = [
        f"'{named(by_id[i].name) if i in by_id and by_id[i].name.strip() else i}'" for i in ids
    ]
    return Text(*(fmt.items(names, language) for language in LANGUAGES))


def _signed(record: ConsentRecord, *signatories: Signatory) -> bool:
    return any(s in record.signatories for s in signatories)


def _beyond(ctx: Context, record: ConsentRecord, channel_id: str) -> Text | None:
    """How far the consent reaches, when *channel_id* lies beyond it; None when within."""
    if record.channels and channel_id not in record.channels:
        covered = _channel_names(ctx, record.channels)
        return Text(f"alleen voor {covered.nl}", f"only for {covered.en}")
    channel = next((c for c in ctx.strategy.channels if c.id == channel_id), None)
    if channel is None or record.reach in (None, ConsentReach.BOTH):
        return None
    if record.reach is ConsentReach.INTERNAL and not is_internal(channel):
        return Text("alleen intern", "internally only")
    if record.reach is ConsentReach.EXTERNAL and is_internal(channel):
        return Text("alleen extern", "externally only")
    return None


#: A record that passes every rule: an adult's own consent, dated, within its reach.
_SOUND: Final = ConsentRecord(
    id="zomerfeest-2026",
    what="Fotoserie zomerfeest 2026",
    pseudonym="Bewoner K.",
    situation=ClientSituation.ADULT,
    signatories=(Signatory.CLIENT,),
    reach=ConsentReach.BOTH,
    given=dt.date(2026, 6, 1),
    expires=dt.date(2028, 6, 1),
    published_on=("facebook",),
)


def _with(**changes: Any) -> Callable[[Strategy], Strategy]:
    """An example that adds one record to the register: a sound one, changed by *changes*."""

    def change(s: Strategy) -> Strategy:
        record = attrs.evolve(_SOUND, **changes)
        return replace(consents=(*s.consents, record))(s)

    return change


# --- the rules --------------------------------------------------------------------------


@rule(
    "CONS001",
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
        if record.withdrawn is not None or record.expires is None:
            continue  # a withdrawn consent has its own, sharper rule
        if record.expires < ctx.today:
            shown = Text("", "")
            if record.published_on:
                names = _channel_names(ctx, record.published_on)
                shown = Text(
                    f", maar de beelden staan nog op {names.nl}",
                    f", but the images are still on {names.en}",
                )
            params = _words(ctx, record) | {"expired": _day(record.expires), "shown": shown}
            yield Hit(f"consents[{i}].expires", params)


@rule(
    "CONS002",
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
)
def minor_without_parent(ctx: Context) -> Iterator[Hit]:
    for i, record in _records(ctx):
        if record.situation is ClientSituation.UNDER_16 and not _signed(record, Signatory.PARENT):
            yield Hit(f"consents[{i}].signatories", _words(ctx, record))


@rule(
    "CONS003",
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
    "CONS004",
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
    "CONS005",
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


@rule(
    "CONS006",
    "shown-after-withdrawal",
    area=Area.GUIDELINES,
    level=Level.ERROR,
    title=("Beeld staat nog online na intrekking", "Images still shown after withdrawal"),
    message=(
        "De toestemming voor '{what}' ({who}) is op {withdrawn} ingetrokken, maar de"
        " beelden staan nog op {channels}.",
        "Consent for '{what}' ({who}) was withdrawn on {withdrawn}, but the images are"
        " still on {channels}.",
    ),
    fix=(
        "Haal de beelden van alle kanalen binnen de termijn uit de richtlijn en haal daarna"
        " de kanalen weg bij 'Staat op'.",
        "Take the images off every channel within the time the guideline sets, then clear"
        " the channels under 'Shown on'.",
    ),
    source=_AVG,
    weight=20,
    mode="each",
    fires=_with(withdrawn=dt.date(2026, 10, 1)),
    passes=_with(withdrawn=dt.date(2026, 10, 1), published_on=()),
)
def shown_after_withdrawal(ctx: Context) -> Iterator[Hit]:
    for i, record in _records(ctx):
        if record.withdrawn is not None and record.withdrawn <= ctx.today and record.published_on:
            params = _words(ctx, record) | {
                "withdrawn": _day(record.withdrawn),
                "channels": _channel_names(ctx, record.published_on),
            }
            yield Hit(f"consents[{i}].published_on", params)


@rule(
    "CONS007",
    "consent-undated",
    area=Area.GUIDELINES,
    level=Level.WARNING,
    title=("Toestemming zonder datum", "Consent without a date"),
    message=(
        "Bij '{what}' ({who}) staat niet wanneer de toestemming is gegeven.",
        "'{what}' ({who}) does not say when consent was given.",
    ),
    fix=(
        "Vul de datum van het toestemmingsformulier in: zonder datum weet niemand of de"
        " toestemming nog geldt.",
        "Enter the date of the consent form: without it nobody knows whether consent still holds.",
    ),
    source=_CONSENT,
    weight=5,
    mode="each",
    fires=_with(given=None),
)
def consent_undated(ctx: Context) -> Iterator[Hit]:
    for i, record in _records(ctx):
        if record.given is None:
            yield Hit(f"consents[{i}].given", _words(ctx, record))


@rule(
    "CONS008",
    "no-pseudonym",
    area=Area.GUIDELINES,
    level=Level.WARNING,
    title=("Toestemming zonder pseudoniem", "Consent without a pseudonym"),
    message=(
        "Bij '{what}' staat geen pseudoniem: niet na te gaan van welke {client} de toestemming is.",
        "'{what}' has no pseudonym: there is no telling which {client} gave consent.",
    ),
    fix=(
        "Geef de cliënt een pseudoniem of code die in het dossier terug te vinden is, zoals"
        " 'Jongere 07'. Nooit de echte naam.",
        "Give the client a pseudonym or code the client file links to them, such as"
        " 'Young person 07'. Never the real name.",
    ),
    source=_CONSENT,
    weight=5,
    mode="each",
    fires=_with(pseudonym=""),
)
def no_pseudonym(ctx: Context) -> Iterator[Hit]:
    for i, record in _records(ctx):
        if not record.pseudonym.strip():
            yield Hit(f"consents[{i}].pseudonym", _words(ctx, record))


@rule(
    "CONS009",
    "pseudonym-looks-like-name",
    area=Area.GUIDELINES,
    level=Level.ADVICE,
    title=("Pseudoniem lijkt een echte naam", "Pseudonym looks like a real name"),
    message=(
        "Het pseudoniem bij '{what}' lijkt een voor- en achternaam. Het plan wordt gedeeld;"
        " een naam van een {client} hoort er niet in.",
        "The pseudonym for '{what}' looks like a first name and surname. The plan is"
        " shared; a {client}'s name does not belong in it.",
    ),
    fix=(
        "Vervang de naam door een pseudoniem of code, zoals 'Cliënt K.' of 'Jongere 07'; de"
        " naam staat in het dossier bij het toestemmingsformulier.",
        "Replace the name with a pseudonym or code, such as 'Client K.' or 'Young person"
        " 07'; the name belongs in the client file with the consent form.",
    ),
    source=_AVG,
    weight=3,
    mode="each",
    fires=_with(pseudonym="Jan de Vries"),
    passes=_with(pseudonym="Jongere Jan"),
)
def pseudonym_looks_like_name(ctx: Context) -> Iterator[Hit]:
    for i, record in _records(ctx):
        if looks_like_a_name(record.pseudonym):
            yield Hit(f"consents[{i}].pseudonym", _words(ctx, record))


@rule(
    "CONS010",
    "consent-without-scope",
    area=Area.GUIDELINES,
    level=Level.WARNING,
    title=("Niet vastgelegd waarvoor de toestemming geldt", "Consent without a scope"),
    message=(
        "Bij '{what}' ({who}) staat niet waar de beelden op mogen: intern, extern of op welke"
        " kanalen.",
        "'{what}' ({who}) does not say where the images may be shown: internally, externally"
        " or on which channels.",
    ),
    fix=(
        "Neem over wat er op het toestemmingsformulier staat: intern, extern of beide, en zo"
        " nodig de kanalen. Toestemming geldt alleen voor wat er gevraagd is.",
        "Copy what the consent form says: internal, external or both, and the channels where"
        " it names them. Consent only covers what was asked.",
    ),
    source=_AVG,
    weight=5,
    mode="each",
    fires=_with(reach=None),
    passes=_with(reach=None, channels=("facebook",)),
)
def consent_without_scope(ctx: Context) -> Iterator[Hit]:
    for i, record in _records(ctx):
        if record.reach is None and not record.channels:
            yield Hit(f"consents[{i}].reach", _words(ctx, record))
