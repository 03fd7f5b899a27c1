"""Crisis plan: whether there is one, and whether it is current."""

from __future__ import annotations

from typing import TYPE_CHECKING

from socialstrategy.i18n import Text
from socialstrategy.scoring.areas import Area, Level
from socialstrategy.scoring.crisis_plan import lacking
from socialstrategy.scoring.rule import Hit, rule
from socialstrategy.scoring.rules._checks import empty
from socialstrategy.scoring.rules._edit import keep_first, within
from socialstrategy.scoring.rules.crisis._common import _BOOK, _PLAN, _QA, _started

if TYPE_CHECKING:
    from collections.abc import Iterator

    from socialstrategy.scoring.context import Context


# --- the plan as a whole --------------------------------------------------------------


@rule(
    "CRIS001",
    "no-crisis-plan",
    area=Area.CRISIS,
    level=Level.ERROR,
    title=("Geen crisis- en incidentenplan", "No crisis and incident plan"),
    message=(
        "Er is nog geen crisis- en incidentenplan om naar te handelen: {missing}. Bij een"
        " incident weet niemand wie te bellen en wat te zeggen.{start}",
        "There is no crisis and incident plan to act on yet: {missing}. When an incident"
        " happens, nobody knows whom to call or what to say.{start}",
    ),
    fix=(
        "Leg de escalatieketen vast (wie je wanneer belt, met vervanger) en schrijf bij de"
        " scenario's die je voorziet een eerste reactie in eigen woorden.",
        "Record the escalation chain (whom you call when, with a back-up) and write a"
        " holding statement in your own words for the scenarios you foresee.",
    ),
    source=f"{_PLAN.format('1, 5, 7')}; {_QA.format(8)}; {_BOOK}",
    weight=100,
    fires=within("crisis", tiers=(), escalation=(), scenarios=()),
    # One scenario with the organisation's own first response is enough to start from.
    passes=lambda s: within("crisis", tiers=(), scenarios=s.crisis.scenarios[:1], legal_clocks=())(
        s
    ),
)
def no_crisis_plan(ctx: Context) -> Iterator[Hit]:
    missing = ctx.missing_from_crisis_plan
    if missing:
        start = (
            Text(
                " Niveaus en scenariotitels zijn een begin, geen plan.",
                " Tiers and scenario titles are a start, not a plan.",
            )
            if _started(ctx)
            else ""
        )
        yield Hit("crisis", {"missing": lacking(missing), "start": start})


no_scenarios = rule(
    "CRIS002",
    "no-scenarios",
    area=Area.CRISIS,
    level=Level.WARNING,
    title=("Geen scenario's", "No scenarios"),
    message=(
        "Het plan beschrijft geen scenario's: welke incidenten zijn te voorzien, en wat"
        " doe je dan?",
        "The plan describes no scenarios: which incidents can be foreseen, and what do you"
        " do then?",
    ),
    fix=(
        "Werk de incidenten uit die in jouw sector het meest voorkomen (datalek, privacy"
        " van een cliënt, een bericht dat viral gaat), met leider, eerste stappen en eerste"
        " reactie.",
        "Work out the incidents most common in your sector (data leak, a client's privacy,"
        " a post going viral), each with a lead, first steps and a holding statement.",
    ),
    source=f"{_PLAN.format(7)}; {_QA.format(8)}",
    weight=25,
    fires=within("crisis", scenarios=()),
    passes=keep_first("crisis", "scenarios"),
)(empty("crisis.scenarios", when=_started))


no_escalation_chain = rule(
    "CRIS003",
    "no-escalation-chain",
    area=Area.CRISIS,
    level=Level.ERROR,
    title=("Geen escalatieketen", "No escalation chain"),
    message=(
        "Het plan heeft geen escalatieketen: niemand weet wie wanneer gebeld moet worden.",
        "The plan has no escalation chain: nobody knows whom to call, and when.",
    ),
    fix=(
        "Zet de rollen op volgorde (webcare, communicatie, bestuur, functionaris"
        " gegevensbescherming, zorgmanager, HR), met bereikbaarheid en vervanger.",
        "Put the roles in order (webcare, communications, board, data protection officer,"
        " care manager, HR), with how to reach each and a back-up.",
    ),
    source=_PLAN.format(5),
    weight=30,
    fires=within("crisis", escalation=()),
    passes=keep_first("crisis", "escalation", 2),
)(empty("crisis.escalation", when=_started))
