"""Crisis plan: the legal clocks of Dutch care (AVG art. 33, Wkkgz, complaints)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from socialstrategy import fmt
from socialstrategy.i18n import Text
from socialstrategy.scoring.areas import Area, Level
from socialstrategy.scoring.rule import Hit, rule
from socialstrategy.scoring.rules._edit import chain, each_in, within, without_clock
from socialstrategy.scoring.rules.crisis._common import (
    _DATA_LEAK_HOURS,
    _IGJ_SECTORS,
    _PLAN,
    _clock_kinds,
    _clocks,
)
from socialstrategy.vocab import LegalClockKind, Sector

if TYPE_CHECKING:
    from collections.abc import Iterator

    from socialstrategy.scoring.context import Context
    from socialstrategy.scoring.rule import Check


# --- legal clocks ---------------------------------------------------------------------


@rule(
    "CRIS019",
    "data-leak-clock",
    area=Area.CRISIS,
    level=Level.ERROR,
    title=(
        "Melding datalek bij de Autoriteit Persoonsgegevens niet geregeld",
        "Data leak report to the Data Protection Authority not arranged",
    ),
    message=(
        "Een datalek moet binnen 72 uur bij de Autoriteit Persoonsgegevens gemeld zijn;"
        " het plan {state}.",
        "A data leak must be reported to the Dutch Data Protection Authority within 72"
        " hours; the plan {state}.",
    ),
    fix=(
        "Neem de melding aan de AP op, met een termijn van hoogstens 72 uur en de"
        " functionaris gegevensbescherming als eigenaar.",
        "Include the report to the AP, with a deadline of at most 72 hours and the data"
        " protection officer as owner.",
    ),
    source=f"{_PLAN.format(11)}; AVG (GDPR) art. 33",
    weight=20,
    fires=without_clock(LegalClockKind.DATA_LEAK_AUTHORITY),
    passes=each_in("crisis", "legal_clocks", 0, deadline_hours=48),
)
def data_leak_clock(ctx: Context) -> Iterator[Hit]:
    clocks = ctx.strategy.crisis.legal_clocks
    found = False
    for i, clock in enumerate(clocks):
        if clock.kind is not LegalClockKind.DATA_LEAK_AUTHORITY:
            continue
        found = True
        hours = clock.deadline_hours
        if hours is not None and hours > _DATA_LEAK_HOURS:
            yield Hit(
                f"crisis.legal_clocks[{i}].deadline_hours",
                {
                    "state": Text(
                        f"rekent met {fmt.duration(hours, 'nl')}",
                        f"allows {fmt.duration(hours, 'en')}",
                    ),
                },
            )
    if not found:
        yield Hit(
            "crisis.legal_clocks",
            {"state": Text("regelt die melding niet", "does not arrange that report")},
        )


@rule(
    "CRIS020",
    "calamity-report-missing",
    area=Area.CRISIS,
    level=Level.WARNING,
    title=("Melding calamiteit bij de IGJ niet geregeld", "Calamity report to the IGJ missing"),
    message=(
        "Het plan regelt niet hoe een calamiteit bij de Inspectie Gezondheidszorg en Jeugd"
        " wordt gemeld, terwijl dat in de sector '{sector}' verplicht is.",
        "The plan does not arrange how a calamity is reported to the Health and Youth Care"
        " Inspectorate, which is mandatory in the '{sector}' sector.",
    ),
    fix=(
        "Neem de melding aan de IGJ op: wie meldt, via welk loket, en dat dit onverwijld gebeurt.",
        "Include the report to the IGJ: who reports, through which channel, and that it"
        " happens without delay.",
    ),
    source=f"{_PLAN.format(11)}; Wkkgz art. 11, Jeugdwet art. 4.1.8",
    weight=12,
    fires=without_clock(LegalClockKind.CALAMITY_INSPECTORATE),
    passes=chain(
        within("organisation", sector=Sector.WELFARE),
        without_clock(LegalClockKind.CALAMITY_INSPECTORATE),
    ),
)
def calamity_report_missing(ctx: Context) -> Iterator[Hit]:
    sector = ctx.strategy.organisation.sector
    if sector in _IGJ_SECTORS and LegalClockKind.CALAMITY_INSPECTORATE not in _clock_kinds(ctx):
        yield Hit(
            "crisis.legal_clocks",
            {"sector": sector.text},
        )


def _clock_missing(kind: LegalClockKind) -> Check:
    """A check that finds no deadline of *kind* in the plan."""

    def check(ctx: Context) -> Iterator[Hit]:
        if kind not in _clock_kinds(ctx):
            yield Hit("crisis.legal_clocks")

    return check


complaints_not_routed = rule(
    "CRIS021",
    "complaints-not-routed",
    area=Area.CRISIS,
    level=Level.WARNING,
    title=(
        "Online klachten niet naar de klachtenfunctionaris",
        "Online complaints not routed to the complaints officer",
    ),
    message=(
        "Het plan zegt niet dat klachten die online binnenkomen naar de"
        " klachtenfunctionaris gaan: zo vallen ze buiten de klachtenregeling.",
        "The plan does not route complaints made online to the complaints officer: they"
        " fall outside the complaints procedure.",
    ),
    fix=(
        "Spreek af dat webcare een online klacht binnen een vaste termijn doorzet naar de"
        " klachtenfunctionaris en de klager daarover informeert.",
        "Agree that webcare passes an online complaint to the complaints officer within a"
        " set term and tells the complainant so.",
    ),
    source=f"{_PLAN.format(11)}; Wkkgz (klachtenregeling)",
    weight=10,
    fires=without_clock(LegalClockKind.COMPLAINTS_OFFICER),
    passes=without_clock(LegalClockKind.RATING_SITE_RESPONSE),
)(_clock_missing(LegalClockKind.COMPLAINTS_OFFICER))


rating_site_response_missing = rule(
    "CRIS022",
    "rating-site-response-missing",
    area=Area.CRISIS,
    level=Level.ADVICE,
    title=(
        "Geen werkwijze voor beoordelingssites",
        "No procedure for rating sites",
    ),
    message=(
        "Het plan zegt niet hoe de organisatie reageert op beoordelingen op sites als"
        " ZorgkaartNederland.",
        "The plan does not say how the organisation answers reviews on sites such as"
        " ZorgkaartNederland.",
    ),
    fix=(
        "Leg vast wie reageert, binnen welke termijn en volgens de eigen klachtenprocedure,"
        " zonder gegevens van de cliënt te noemen.",
        "Record who answers, within what term and following the organisation's own"
        " complaints procedure, without naming anything about the client.",
    ),
    source=f"{_PLAN.format(11)}; DOMAIN.md sector specifics (rating sites)",
    weight=5,
    fires=without_clock(LegalClockKind.RATING_SITE_RESPONSE),
    passes=without_clock(LegalClockKind.COMPLAINTS_OFFICER),
)(_clock_missing(LegalClockKind.RATING_SITE_RESPONSE))


@rule(
    "CRIS023",
    "legal-clock-without-owner",
    area=Area.CRISIS,
    level=Level.ADVICE,
    title=("Termijn zonder eigenaar", "Deadline without an owner"),
    message=(
        "Niemand is eigenaar van '{clock}': zo verloopt de termijn ongemerkt.",
        "Nobody owns '{clock}': the deadline can pass unnoticed.",
    ),
    fix=(
        "Wijs de rol aan die ervoor zorgt dat de termijn wordt gehaald.",
        "Name the role that makes sure the deadline is met.",
    ),
    source=_PLAN.format(11),
    weight=4,
    mode="share",
    population=_clocks,
    fires=each_in("crisis", "legal_clocks", 0, owner=""),
    passes=each_in("crisis", "legal_clocks", 0, owner="bestuur"),
)
def legal_clock_without_owner(ctx: Context) -> Iterator[Hit]:
    for i, clock in enumerate(ctx.strategy.crisis.legal_clocks):
        if not clock.owner:
            yield Hit(
                f"crisis.legal_clocks[{i}].owner",
                {"clock": clock.kind.text},
            )
