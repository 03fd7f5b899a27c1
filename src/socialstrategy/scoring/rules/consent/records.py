"""Consent register: withdrawals, dates, pseudonyms and scope of each record."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from socialstrategy.scoring import codes
from socialstrategy.scoring.areas import Area, Level
from socialstrategy.scoring.rule import Hit, rule
from socialstrategy.scoring.rules.consent._common import (
    _AVG,
    _CONSENT,
    _channel_names,
    _day,
    _each_record,
    _records,
    _with,
    _words,
    looks_like_a_name,
)

if TYPE_CHECKING:
    from collections.abc import Iterator

    from socialstrategy.scoring.context import Context


@rule(
    codes.SHOWN_AFTER_WITHDRAWAL,
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


consent_undated = rule(
    codes.CONSENT_UNDATED,
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
    passes=_with(given=dt.date(2026, 11, 1)),
)(_each_record("given", lambda record: record.given is None))


no_pseudonym = rule(
    codes.NO_PSEUDONYM,
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
    passes=_with(pseudonym="Deelnemer dagbesteding"),
)(_each_record("pseudonym", lambda record: not record.pseudonym.strip()))


pseudonym_looks_like_name = rule(
    codes.PSEUDONYM_LOOKS_LIKE_NAME,
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
)(_each_record("pseudonym", lambda record: looks_like_a_name(record.pseudonym)))


consent_without_scope = rule(
    codes.CONSENT_WITHOUT_SCOPE,
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
)(_each_record("reach", lambda record: record.reach is None and not record.channels))
