"""Crisis plan: prevention, monitoring, drills and aftercare."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from socialstrategy import fmt
from socialstrategy.i18n import Text
from socialstrategy.scoring import codes
from socialstrategy.scoring.areas import Area, Level
from socialstrategy.scoring.crisis_plan import last_drill
from socialstrategy.scoring.rule import Hit, rule
from socialstrategy.scoring.rules._checks import empty
from socialstrategy.scoring.rules._edit import chain, each_in, within
from socialstrategy.scoring.rules.crisis._common import _PLAN, _QA

if TYPE_CHECKING:
    from collections.abc import Iterator

    from socialstrategy.scoring.context import Context


# --- prevention, monitoring and aftercare ---------------------------------------------


@rule(
    "CRIS013",
    "no-prevention",
    area=Area.CRISIS,
    level=Level.WARNING,
    title=("Geen preventie", "No prevention"),
    message=(
        "Het plan beschrijft alleen wat te doen als het misgaat, niet hoe incidenten"
        " worden voorkomen.",
        "The plan only says what to do when things go wrong, not how incidents are prevented.",
    ),
    fix=(
        "Noem maatregelen die incidenten voorkomen, zoals scholing, de richtlijn,"
        " toestemmingsregistratie en het benutten van incidentmeldingen.",
        "Name measures that prevent incidents, such as training, the guideline, recording"
        " consent and learning from incident reports.",
    ),
    source=f"{_QA.format(7)}; {_PLAN.format(12)}",
    weight=12,
    fires=chain(within("crisis", prevention=()), each_in("crisis", "scenarios", prevention="")),
    passes=within("crisis", prevention=()),
)
def no_prevention(ctx: Context) -> Iterator[Hit]:
    # Prevention written per scenario counts as well: the question is whether the
    # organisation knows how to prevent incidents, not where it wrote that down.
    crisis = ctx.strategy.crisis
    if not crisis.prevention and not any(s.prevention.strip() for s in crisis.scenarios):
        yield Hit("crisis.prevention")


no_evaluation = rule(
    "CRIS014",
    "no-evaluation",
    area=Area.CRISIS,
    level=Level.WARNING,
    title=("Geen evaluatie en nazorg", "No evaluation and aftercare"),
    message=(
        "Het plan zegt niet hoe incidenten worden geëvalueerd en het plan wordt bijgesteld.",
        "The plan does not say how incidents are evaluated and the plan improved.",
    ),
    fix=(
        "Spreek af dat elk incident binnen een vaste termijn wordt geëvalueerd, met lessen"
        " die in het plan en de scholing terugkomen.",
        "Agree that every incident is evaluated within a set term, with lessons that go"
        " back into the plan and the training.",
    ),
    source=_PLAN.format(12),
    weight=10,
    fires=within("crisis", evaluation=""),
    passes=within("crisis", evaluation="Binnen twee weken een evaluatie met het crisisteam."),
)(empty("crisis.evaluation"))


@rule(
    codes.NO_RECENT_DRILL,
    "no-recent-drill",
    area=Area.CRISIS,
    level=Level.ADVICE,
    title=("Plan niet recent geoefend", "Plan not rehearsed recently"),
    message=(
        "Het crisisplan is in de afgelopen twaalf maanden niet geoefend (laatste"
        " oefening: {last}).",
        "The crisis plan has not been rehearsed in the last twelve months (last drill: {last}).",
    ),
    fix=(
        "Oefen het plan minstens eens per jaar met een realistisch scenario (de oefenkaarten"
        " helpen daarbij) en noteer de datum bij het scenario.",
        "Rehearse the plan at least once a year with a realistic scenario (the drill cards"
        " help) and record the date with the scenario.",
    ),
    source=_PLAN.format(12),
    weight=6,
    fires=chain(
        within("crisis", last_drill=None), each_in("crisis", "scenarios", last_drilled=None)
    ),
    # Only one scenario drilled, just inside twelve months of the day the tests score on
    # (2026-11-23): that is a drill of the plan.
    passes=chain(
        within("crisis", last_drill=None),
        each_in("crisis", "scenarios", last_drilled=None),
        each_in("crisis", "scenarios", 0, last_drilled=dt.date(2025, 11, 24)),
    ),
)
def no_recent_drill(ctx: Context) -> Iterator[Hit]:
    # A drill of one scenario counts as a drill of the plan; which scenarios are still
    # to be drilled is DRILL001's, once the plan has been drilled at all this year.
    last = last_drill(ctx.strategy.crisis)
    if last is None:
        yield Hit("crisis.last_drill", {"last": Text("nooit", "never")})
    elif last < fmt.years_later(ctx.today, -1):
        yield Hit(
            "crisis.last_drill",
            {"last": fmt.both(fmt.date, last)},
        )


no_monitoring = rule(
    "CRIS016",
    "no-monitoring",
    area=Area.CRISIS,
    level=Level.WARNING,
    title=("Geen monitoring", "No monitoring"),
    message=(
        "Het plan zegt niet wat er gemonitord wordt, door wie en wanneer: een incident"
        " wordt dan pas opgemerkt als de pers belt.",
        "The plan does not say what is monitored, by whom and when: an incident is then"
        " only noticed when the press calls.",
    ),
    fix=(
        "Beschrijf zoektermen (ook verschrijvingen en afkortingen), kanalen, wie monitort"
        " en op welke uren.",
        "Describe the keywords (misspellings and abbreviations too), channels, who"
        " monitors and during which hours.",
    ),
    source=_PLAN.format(2),
    weight=12,
    fires=within("crisis", monitoring=""),
    passes=within("crisis", monitoring="Webcare kijkt dagelijks naar vermeldingen van de naam."),
)(empty("crisis.monitoring"))


no_first_hour_checklist = rule(
    "CRIS017",
    "no-first-hour-checklist",
    area=Area.CRISIS,
    level=Level.ADVICE,
    title=("Geen checklist voor het eerste uur", "No first-hour checklist"),
    message=(
        "Er is geen checklist voor het eerste uur van een incident.",
        "There is no checklist for the first hour of an incident.",
    ),
    fix=(
        "Zet de eerste handelingen op een rij: geplande berichten stilzetten, medewerkers"
        " informeren, bewijs bewaren, het gesprek privé voortzetten, kritiek nooit"
        " verwijderen.",
        "List the first actions: pause scheduled posts, brief staff, keep evidence, take"
        " the conversation private, never delete criticism.",
    ),
    source=_PLAN.format(8),
    weight=5,
    fires=within("crisis", first_hour=()),
    passes=lambda s: within("crisis", first_hour=s.crisis.first_hour[:1])(s),
)(empty("crisis.first_hour"))


account_access_not_arranged = rule(
    "CRIS018",
    "account-access-not-arranged",
    area=Area.CRISIS,
    level=Level.ADVICE,
    title=("Toegang tot accounts niet geregeld", "Account access not arranged"),
    message=(
        "Het plan zegt niet waar de toegang tot de accounts ligt: wie kan in een noodgeval"
        " inloggen als de beheerder er niet is?",
        "The plan does not say where account access is kept: who can log in during an"
        " emergency when the administrator is away?",
    ),
    fix=(
        "Leg vast waar wachtwoorden en tweestapscodes liggen (bijvoorbeeld een"
        " wachtwoordkluis) en wie er een tweede sleutel heeft.",
        "Record where passwords and two-factor codes are kept (e.g. a password vault) and"
        " who holds a second key.",
    ),
    source=_PLAN.format(5),
    weight=5,
    fires=within("crisis", account_access=""),
    passes=within(
        "crisis", account_access="Twee beheerders per account; wachtwoorden in de kluis."
    ),
)(empty("crisis.account_access"))
