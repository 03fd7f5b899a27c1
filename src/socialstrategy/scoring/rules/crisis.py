"""Crisis and incident plan: tiers, escalation, scenarios, legal clocks and aftercare.

Sources: DOMAIN.md "A crisis and webcare plan" items 1-12 (CDC CERC principles, the
Dutch communication guideline for forensic care: incident / calamiteit / crisis and the
process message, webcare escalation ladders); the legal clocks of Dutch care (AVG art. 33:
a data leak to the Autoriteit Persoonsgegevens within 72 hours; Wkkgz: calamities to the
IGJ, complaints through the klachtenfunctionaris); the Q&A check questions 7 ("weten we
hoe we incidenten kunnen voorkomen?") and 8 ("weten we wat we moeten doen in het geval
van een incident?") (seed 000); the book's chapter on complaints and crisis communication
(seed 003).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from socialstrategy import fmt
from socialstrategy.i18n import LANGUAGES, Text
from socialstrategy.scoring.areas import Area, Level
from socialstrategy.scoring.crisis_plan import lacking, last_drill
from socialstrategy.scoring.rule import Hit, named, rule
from socialstrategy.scoring.rules._edit import chain, each_in, within, without, without_clock
from socialstrategy.vocab import (
    NO_INSPECTORATE,
    PRESETS,
    STATUTORY_HOURS,
    LegalClockKind,
    ScenarioKind,
    Sector,
    Severity,
)
from socialstrategy.vocab.starters.crisis import is_to_fill_in

if TYPE_CHECKING:
    from collections.abc import Iterator

    from socialstrategy.model import Scenario
    from socialstrategy.scoring.context import Context

_QA = "Q&A bespreekbaar maken, checkvraag {} (seed 000)"
_PLAN = "DOMAIN.md crisis and webcare plan #{}"
#: CRIS005's remedy for a small organisation (:attr:`Governance.small`).
_SMALL_REACH = Text(
    "Spreek af wie van {adopter} bij een ernstig incident ook buiten werktijd gebeld kan"
    " worden; een telefoonnummer in de keten is genoeg.",
    "Agree who of {adopter} can be called about a serious incident outside working hours"
    " too; a telephone number in the chain will do.",
)
_BOOK = (
    "Gulden & Van der Wurff, Social media in zorg en welzijn (seed 003):"
    " klachten- en crisiscommunicatie"
)

#: The three levels the forensic-care guideline tells apart; complaint and issue are
#: handled by webcare and need no tier of their own.
_REQUIRED_TIERS = (Severity.INCIDENT, Severity.CALAMITY, Severity.CRISIS)
#: Sectors whose providers report calamities to the IGJ (Wkkgz; youth care: Jeugdwet).
_IGJ_SECTORS = frozenset(Sector) - NO_INSPECTORATE
_DATA_LEAK_HOURS = STATUTORY_HOURS[LegalClockKind.DATA_LEAK_AUTHORITY]


# --- helpers for checks ---------------------------------------------------------------


def _started(ctx: Context) -> bool:
    """Whether any of the plan's backbone exists, presets included; otherwise CRIS001
    says it all. (Whether it is a plan yet is :attr:`Context.has_crisis_plan`.)"""
    c = ctx.strategy.crisis
    return bool(c.tiers or c.escalation or c.scenarios)


def _role(ctx: Context, role_id: str) -> str | Text:
    for role in ctx.strategy.organisation.roles:
        if role.id == role_id:
            return named(role.name)
    return role_id


def _clock_kinds(ctx: Context) -> frozenset[LegalClockKind]:
    return frozenset(c.kind for c in ctx.strategy.crisis.legal_clocks)


def _scenario_name(scenario: Scenario) -> str | Text:
    return named(scenario.title)


def _tiers(ctx: Context) -> int:
    return len(ctx.strategy.crisis.tiers)


def _steps(ctx: Context) -> int:
    return len(ctx.strategy.crisis.escalation)


def _scenarios(ctx: Context) -> int:
    return len(ctx.strategy.crisis.scenarios)


def _clocks(ctx: Context) -> int:
    return len(ctx.strategy.crisis.legal_clocks)


# --- helpers for examples -------------------------------------------------------------


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


@rule(
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
)
def no_scenarios(ctx: Context) -> Iterator[Hit]:
    if _started(ctx) and not ctx.strategy.crisis.scenarios:
        yield Hit("crisis.scenarios")


@rule(
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
)
def no_escalation_chain(ctx: Context) -> Iterator[Hit]:
    if _started(ctx) and not ctx.strategy.crisis.escalation:
        yield Hit("crisis.escalation")


# --- escalation -----------------------------------------------------------------------


@rule(
    "CRIS004",
    "escalation-step-unreachable",
    area=Area.CRISIS,
    level=Level.WARNING,
    title=("Rol in de escalatieketen onbereikbaar", "Escalation role cannot be reached"),
    message=(
        "In de escalatieketen staat niet hoe '{role}' bereikt wordt.",
        "The escalation chain does not say how to reach '{role}'.",
    ),
    fix=(
        "Noteer per rol een telefoonnummer of het bereikbaarheidsrooster.",
        "Record a phone number or the on-call roster for each role.",
    ),
    source=_PLAN.format(5),
    weight=10,
    mode="share",
    population=_steps,
    fires=each_in("crisis", "escalation", 0, reach=""),
)
def escalation_step_unreachable(ctx: Context) -> Iterator[Hit]:
    for i, step in enumerate(ctx.strategy.crisis.escalation):
        # The starter's "Vul in: …" names what to record; it is not a way to reach anyone.
        if not step.reach.strip() or is_to_fill_in(step.reach):
            yield Hit(f"crisis.escalation[{i}].reach", {"role": _role(ctx, step.role)})


@rule(
    "CRIS005",
    "nobody-day-and-night",
    area=Area.CRISIS,
    level=Level.WARNING,
    title=("Niemand dag en nacht bereikbaar", "Nobody reachable day and night"),
    message=(
        "Niemand in de escalatieketen is dag en nacht bereikbaar, terwijl incidenten zich"
        " juist 's avonds en in het weekend voordoen.",
        "Nobody in the escalation chain can be reached day and night, while incidents"
        " happen in the evening and at weekends too.",
    ),
    fix=(
        "Maak ten minste één rol in de keten 24/7 bereikbaar, bijvoorbeeld via een piketdienst.",
        "Make at least one role in the chain reachable around the clock, e.g. an on-call rota.",
    ),
    source=f"{_PLAN.format(5)}; DOMAIN.md figures (evenings and weekends)",
    weight=12,
    fires=each_in("crisis", "escalation", day_and_night=False),
    passes=chain(
        each_in("crisis", "escalation", day_and_night=False),
        each_in("crisis", "escalation", 2, day_and_night=True),
    ),
)
def nobody_day_and_night(ctx: Context) -> Iterator[Hit]:
    # A small organisation has no on-call rota to set up: one telephone number will do.
    remedy = _SMALL_REACH if ctx.governance.small else None
    steps = ctx.strategy.crisis.escalation
    if steps and not any(step.day_and_night for step in steps):
        yield Hit("crisis.escalation", fix=remedy)


@rule(
    "CRIS006",
    "escalation-step-without-backup",
    area=Area.CRISIS,
    level=Level.ADVICE,
    title=("Geen vervanger in de escalatieketen", "No back-up in the escalation chain"),
    message=(
        "'{role}' heeft geen vervanger: bij ziekte of vakantie stokt de keten.",
        "'{role}' has no back-up: when they are ill or on leave, the chain breaks.",
    ),
    fix=(
        "Wijs per stap een vervangende rol aan.",
        "Name a back-up role for every step.",
    ),
    source=_PLAN.format(5),
    weight=6,
    mode="share",
    population=_steps,
    fires=each_in("crisis", "escalation", 0, backup=""),
)
def escalation_step_without_backup(ctx: Context) -> Iterator[Hit]:
    for i, step in enumerate(ctx.strategy.crisis.escalation):
        if not step.backup:
            yield Hit(f"crisis.escalation[{i}].backup", {"role": _role(ctx, step.role)})


# --- tiers ----------------------------------------------------------------------------


@rule(
    "CRIS007",
    "tiers-incomplete",
    area=Area.CRISIS,
    level=Level.WARNING,
    title=(
        "Incident, calamiteit en crisis niet onderscheiden",
        "Incident, calamity and crisis not distinguished",
    ),
    message=(
        "Er is nog geen niveau voor {missing_nl}: zo is niet vooraf duidelijk wanneer iets"
        " een incident, een calamiteit of een crisis is.",
        "There is no tier yet for {missing_en}: so it is not clear beforehand when"
        " something is an incident, a calamity or a crisis.",
    ),
    fix=(
        "Beschrijf per niveau wanneer een situatie zo zwaar is en wie dan beslist.",
        "Describe for each tier what makes a situation that serious and who decides then.",
    ),
    source=f"{_PLAN.format(1)} (communication guideline forensic care)",
    weight=12,
    fires=without("crisis", "tiers", level=Severity.CALAMITY),
)
def tiers_incomplete(ctx: Context) -> Iterator[Hit]:
    if not _started(ctx):
        return
    present = {t.level for t in ctx.strategy.crisis.tiers}
    missing = [level for level in _REQUIRED_TIERS if level not in present]
    if missing:
        yield Hit(
            "crisis.tiers",
            {
                "missing_nl": fmt.items([m.text.nl.lower() for m in missing], "nl"),
                "missing_en": fmt.items([m.text.en.lower() for m in missing], "en"),
            },
        )


@rule(
    "CRIS008",
    "tier-without-trigger",
    area=Area.CRISIS,
    level=Level.ADVICE,
    title=("Niveau zonder criterium", "Tier without a trigger"),
    message=(
        "Bij niveau '{tier_nl}' staat niet wat een situatie zo zwaar maakt.",
        "Tier '{tier_en}' does not say what makes a situation that serious.",
    ),
    fix=(
        "Noteer het criterium, bijvoorbeeld: ernstig letsel, landelijke media-aandacht,"
        " gegevens van cliënten op straat.",
        "Record the trigger, e.g. serious injury, national media attention, client data"
        " made public.",
    ),
    source=_PLAN.format(1),
    weight=5,
    mode="share",
    population=_tiers,
    fires=each_in("crisis", "tiers", 0, trigger=""),
)
def tier_without_trigger(ctx: Context) -> Iterator[Hit]:
    for i, tier in enumerate(ctx.strategy.crisis.tiers):
        if not tier.trigger.strip():
            yield Hit(
                f"crisis.tiers[{i}].trigger",
                {"tier_nl": tier.level.text.nl, "tier_en": tier.level.text.en},
            )


@rule(
    "CRIS009",
    "tier-without-approver",
    area=Area.CRISIS,
    level=Level.WARNING,
    title=("Niveau zonder beslisser", "Tier without an approver"),
    message=(
        "Bij niveau '{tier_nl}' staat niet wie reacties goedkeurt: in het eerste uur gaat"
        " dan kostbare tijd verloren.",
        "Tier '{tier_en}' does not say who approves responses: precious time is lost in"
        " the first hour.",
    ),
    fix=(
        "Wijs per niveau één rol aan die reacties goedkeurt.",
        "Name one role per tier that approves responses.",
    ),
    source=_PLAN.format(5),
    weight=8,
    mode="share",
    population=_tiers,
    fires=each_in("crisis", "tiers", 0, approver=""),
)
def tier_without_approver(ctx: Context) -> Iterator[Hit]:
    for i, tier in enumerate(ctx.strategy.crisis.tiers):
        if not tier.approver:
            yield Hit(
                f"crisis.tiers[{i}].approver",
                {"tier_nl": tier.level.text.nl, "tier_en": tier.level.text.en},
            )


# --- scenarios ------------------------------------------------------------------------


@rule(
    "CRIS010",
    "scenario-without-holding-statement",
    area=Area.CRISIS,
    level=Level.WARNING,
    title=("Scenario zonder eerste reactie", "Scenario without a holding statement"),
    message=(
        "Scenario '{scenario}' heeft geen eerste reactie klaarstaan.",
        "Scenario '{scenario}' has no holding statement ready.",
    ),
    fix=(
        "Schrijf vooraf een eerste reactie (procesboodschap): wat we weten, wat we doen,"
        " wanneer en waar we meer vertellen.",
        "Write a holding statement in advance (process message): what we know, what we"
        " are doing, when and where we will say more.",
    ),
    source=f"{_PLAN.format(7)} (CERC: be first)",
    weight=15,
    mode="share",
    population=_scenarios,
    fires=each_in("crisis", "scenarios", 0, holding_statement=""),
)
def scenario_without_holding_statement(ctx: Context) -> Iterator[Hit]:
    for i, scenario in enumerate(ctx.strategy.crisis.scenarios):
        if not scenario.holding_statement.strip():
            yield Hit(
                f"crisis.scenarios[{i}].holding_statement",
                {"scenario": _scenario_name(scenario)},
            )


@rule(
    "CRIS011",
    "scenario-without-response-time",
    area=Area.CRISIS,
    level=Level.WARNING,
    title=("Scenario zonder reactietijd", "Scenario without a response-time target"),
    message=(
        "Voor scenario '{scenario}' staat nergens binnen hoeveel uur de eerste reactie"
        " naar buiten gaat, ook niet bij het niveau '{tier_nl}'.",
        "Nowhere does it say within how many hours the first response to scenario"
        " '{scenario}' goes out, not even for its tier '{tier_en}'.",
    ),
    fix=(
        "Leg een reactietijd vast bij het scenario of bij zijn niveau.",
        "Set a response-time target on the scenario or on its tier.",
    ),
    source=f"{_PLAN.format(6)}; DOMAIN.md figures (Dutch webcare response times)",
    weight=10,
    mode="share",
    population=_scenarios,
    fires=chain(
        each_in("crisis", "scenarios", 0, response_hours=None),
        each_in("crisis", "tiers", 0, response_hours=None),
    ),
    passes=each_in("crisis", "scenarios", 0, response_hours=None),
)
def scenario_without_response_time(ctx: Context) -> Iterator[Hit]:
    tier_hours = {t.level: t.response_hours for t in ctx.strategy.crisis.tiers}
    for i, scenario in enumerate(ctx.strategy.crisis.scenarios):
        if scenario.response_hours is None and tier_hours.get(scenario.level) is None:
            yield Hit(
                f"crisis.scenarios[{i}].response_hours",
                {
                    "scenario": _scenario_name(scenario),
                    "tier_nl": scenario.level.text.nl,
                    "tier_en": scenario.level.text.en,
                },
            )


@rule(
    "CRIS012",
    "scenario-without-lead",
    area=Area.CRISIS,
    level=Level.ADVICE,
    title=("Scenario zonder leider", "Scenario without a lead"),
    message=(
        "Bij scenario '{scenario}' staat niet wie de aanpak leidt.",
        "Scenario '{scenario}' does not say who leads the response.",
    ),
    fix=(
        "Wijs per scenario een rol aan die de aanpak leidt.",
        "Name the role that leads the response to each scenario.",
    ),
    source=_PLAN.format(5),
    weight=5,
    mode="share",
    population=_scenarios,
    fires=each_in("crisis", "scenarios", 0, lead=""),
)
def scenario_without_lead(ctx: Context) -> Iterator[Hit]:
    for i, scenario in enumerate(ctx.strategy.crisis.scenarios):
        if not scenario.lead:
            yield Hit(f"crisis.scenarios[{i}].lead", {"scenario": _scenario_name(scenario)})


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


@rule(
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
)
def no_evaluation(ctx: Context) -> Iterator[Hit]:
    if not ctx.strategy.crisis.evaluation.strip():
        yield Hit("crisis.evaluation")


@rule(
    "CRIS015",
    "no-recent-drill",
    area=Area.CRISIS,
    level=Level.ADVICE,
    title=("Plan niet recent geoefend", "Plan not rehearsed recently"),
    message=(
        "Het crisisplan is in de afgelopen twaalf maanden niet geoefend (laatste"
        " oefening: {last_nl}).",
        "The crisis plan has not been rehearsed in the last twelve months (last drill: {last_en}).",
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
        yield Hit("crisis.last_drill", {"last_nl": "nooit", "last_en": "never"})
    elif last < fmt.years_later(ctx.today, -1):
        yield Hit(
            "crisis.last_drill",
            {"last_nl": fmt.date(last, "nl"), "last_en": fmt.date(last, "en")},
        )


@rule(
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
)
def no_monitoring(ctx: Context) -> Iterator[Hit]:
    if not ctx.strategy.crisis.monitoring.strip():
        yield Hit("crisis.monitoring")


@rule(
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
)
def no_first_hour_checklist(ctx: Context) -> Iterator[Hit]:
    if not ctx.strategy.crisis.first_hour:
        yield Hit("crisis.first_hour")


@rule(
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
)
def account_access_not_arranged(ctx: Context) -> Iterator[Hit]:
    if not ctx.strategy.crisis.account_access.strip():
        yield Hit("crisis.account_access")


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
        " het plan {state_nl}.",
        "A data leak must be reported to the Dutch Data Protection Authority within 72"
        " hours; the plan {state_en}.",
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
                    "state_nl": f"rekent met {fmt.number(hours, 'nl')} uur",
                    "state_en": f"allows {fmt.number(hours, 'en')} hours",
                },
            )
    if not found:
        yield Hit(
            "crisis.legal_clocks",
            {"state_nl": "regelt die melding niet", "state_en": "does not arrange that report"},
        )


@rule(
    "CRIS020",
    "calamity-report-missing",
    area=Area.CRISIS,
    level=Level.WARNING,
    title=("Melding calamiteit bij de IGJ niet geregeld", "Calamity report to the IGJ missing"),
    message=(
        "Het plan regelt niet hoe een calamiteit bij de Inspectie Gezondheidszorg en Jeugd"
        " wordt gemeld, terwijl dat in de sector '{sector_nl}' verplicht is.",
        "The plan does not arrange how a calamity is reported to the Health and Youth Care"
        " Inspectorate, which is mandatory in the '{sector_en}' sector.",
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
            {"sector_nl": sector.text.nl, "sector_en": sector.text.en},
        )


@rule(
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
)
def complaints_not_routed(ctx: Context) -> Iterator[Hit]:
    if LegalClockKind.COMPLAINTS_OFFICER not in _clock_kinds(ctx):
        yield Hit("crisis.legal_clocks")


@rule(
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
)
def rating_site_response_missing(ctx: Context) -> Iterator[Hit]:
    if LegalClockKind.RATING_SITE_RESPONSE not in _clock_kinds(ctx):
        yield Hit("crisis.legal_clocks")


@rule(
    "CRIS023",
    "legal-clock-without-owner",
    area=Area.CRISIS,
    level=Level.ADVICE,
    title=("Termijn zonder eigenaar", "Deadline without an owner"),
    message=(
        "Niemand is eigenaar van '{clock_nl}': zo verloopt de termijn ongemerkt.",
        "Nobody owns '{clock_en}': the deadline can pass unnoticed.",
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
)
def legal_clock_without_owner(ctx: Context) -> Iterator[Hit]:
    for i, clock in enumerate(ctx.strategy.crisis.legal_clocks):
        if not clock.owner:
            yield Hit(
                f"crisis.legal_clocks[{i}].owner",
                {"clock_nl": clock.kind.text.nl, "clock_en": clock.kind.text.en},
            )


# --- fit with the sector and internal consistency ------------------------------------


@rule(
    "CRIS024",
    "likely-scenario-missing",
    area=Area.CRISIS,
    level=Level.ADVICE,
    title=(
        "Voor de sector waarschijnlijk scenario ontbreekt",
        "Likely scenario for the sector missing",
    ),
    message=(
        "Het scenario '{scenario_nl}' komt in de sector '{sector_nl}' vaak voor, maar is"
        " niet uitgewerkt.",
        "The scenario '{scenario_en}' is common in the '{sector_en}' sector, but has not"
        " been worked out.",
    ),
    fix=(
        "Werk dit scenario uit met leider, eerste stappen en eerste reactie.",
        "Work out this scenario with a lead, first steps and a holding statement.",
    ),
    source=f"{_PLAN.format(7)}; sector presets (PRODUCT.md: crisis scenarios)",
    weight=3,
    mode="each",
    fires=without("crisis", "scenarios", kind=ScenarioKind.CLIENT_ONLINE_HARM),
)
def likely_scenario_missing(ctx: Context) -> Iterator[Hit]:
    scenarios = ctx.strategy.crisis.scenarios
    if not scenarios:  # CRIS002 already says that none are worked out
        return
    sector = ctx.strategy.organisation.sector
    present = {s.kind for s in scenarios}
    for kind in PRESETS[sector].scenarios:
        if kind not in present:
            yield Hit(
                "crisis.scenarios",
                {
                    "scenario_nl": kind.text.nl,
                    "scenario_en": kind.text.en,
                    "sector_nl": sector.text.nl,
                    "sector_en": sector.text.en,
                },
            )


@rule(
    "CRIS025",
    "scenario-without-steps",
    area=Area.CRISIS,
    level=Level.ADVICE,
    title=("Scenario zonder eerste stappen", "Scenario without first steps"),
    message=(
        "Bij scenario '{scenario}' staan geen eerste stappen.",
        "Scenario '{scenario}' lists no first steps.",
    ),
    fix=(
        "Zet de eerste stappen op volgorde: eerst de cliënt, dan melden, informeren en reageren.",
        "List the first steps in order: the client first, then reporting, informing and"
        " responding.",
    ),
    source=f"{_PLAN.format('4, 8')}; {_QA.format(8)}",
    weight=5,
    mode="share",
    population=_scenarios,
    fires=each_in("crisis", "scenarios", 0, steps=()),
)
def scenario_without_steps(ctx: Context) -> Iterator[Hit]:
    for i, scenario in enumerate(ctx.strategy.crisis.scenarios):
        if not scenario.steps:
            yield Hit(f"crisis.scenarios[{i}].steps", {"scenario": _scenario_name(scenario)})


@rule(
    "CRIS026",
    "approver-not-in-chain",
    area=Area.CRISIS,
    level=Level.ADVICE,
    title=("Beslisser niet in de escalatieketen", "Approver not in the escalation chain"),
    message=(
        "'{role}' keurt reacties goed op niveau '{tier_nl}', maar staat niet in de"
        " escalatieketen: wie waarschuwt hem of haar?",
        "'{role}' approves responses at tier '{tier_en}', but is not in the escalation"
        " chain: who alerts them?",
    ),
    fix=(
        "Neem de beslisser op in de escalatieketen, met bereikbaarheid en vervanger.",
        "Add the approver to the escalation chain, with how to reach them and a back-up.",
    ),
    fix_path="crisis.escalation",
    source=_PLAN.format(5),
    weight=6,
    mode="share",
    population=_tiers,
    fires=without("crisis", "escalation", role="bestuur"),
)
def approver_not_in_chain(ctx: Context) -> Iterator[Hit]:
    chain_roles = {step.role for step in ctx.strategy.crisis.escalation}
    if not chain_roles:  # CRIS003 covers a missing chain
        return
    for i, tier in enumerate(ctx.strategy.crisis.tiers):
        if tier.approver and tier.approver not in chain_roles:
            yield Hit(
                f"crisis.tiers[{i}].approver",
                {
                    "role": _role(ctx, tier.approver),
                    "tier_nl": tier.level.text.nl,
                    "tier_en": tier.level.text.en,
                },
            )


@rule(
    "CRIS027",
    "no-plan-owner",
    area=Area.CRISIS,
    level=Level.ADVICE,
    title=("Plan zonder eigenaar", "Plan without an owner"),
    message=(
        "Het crisis- en incidentenplan heeft geen eigenaar die het actueel houdt.",
        "The crisis and incident plan has no owner who keeps it up to date.",
    ),
    fix=(
        "Wijs een eigenaar aan die het plan na elk incident en elke oefening bijwerkt.",
        "Name an owner who updates the plan after every incident and drill.",
    ),
    source=_PLAN.format(12),
    weight=5,
    fires=within("crisis", owner=""),
)
def no_plan_owner(ctx: Context) -> Iterator[Hit]:
    if not ctx.strategy.crisis.owner.strip():
        yield Hit("crisis.owner")


@rule(
    "CRIS028",
    "scenario-slower-than-tier",
    area=Area.CRISIS,
    level=Level.ADVICE,
    title=("Scenario trager dan zijn niveau", "Scenario slower than its tier"),
    message=(
        "Scenario '{scenario}' geeft de eerste reactie binnen {scenario_hours_nl} uur, maar"
        " bij het niveau '{tier_nl}' hoort een reactie binnen {tier_hours_nl} uur.",
        "Scenario '{scenario}' gives its first response within {scenario_hours_en} hours,"
        " but its tier '{tier_en}' asks for a response within {tier_hours_en} hours.",
    ),
    fix=(
        "Maak de twee gelijk, of zet bij de eerste stappen waarom dit scenario meer tijd"
        " krijgt: wie in een incident het plan openslaat, moet weten welke termijn geldt.",
        "Make the two agree, or say in the first steps why this scenario gets more time:"
        " whoever opens the plan during an incident must know which deadline applies.",
    ),
    source=f"{_PLAN.format(6)} (one plan, one answer under pressure)",
    weight=5,
    mode="share",
    population=_scenarios,
    fires=each_in("crisis", "scenarios", 0, response_hours=999.0),
    passes=each_in("crisis", "scenarios", 0, response_hours=0.25),
)
def scenario_slower_than_tier(ctx: Context) -> Iterator[Hit]:
    tiers = {t.level: t for t in ctx.strategy.crisis.tiers}
    for i, scenario in enumerate(ctx.strategy.crisis.scenarios):
        tier = tiers.get(scenario.level)
        if (
            tier is not None
            and tier.response_hours is not None
            and scenario.response_hours is not None
            and scenario.response_hours > tier.response_hours
        ):
            yield Hit(
                f"crisis.scenarios[{i}].response_hours",
                {
                    "scenario": _scenario_name(scenario),
                    **{
                        f"{name}_{lang}": fmt.number(hours, lang)
                        for name, hours in (
                            ("scenario_hours", scenario.response_hours),
                            ("tier_hours", tier.response_hours),
                        )
                        for lang in LANGUAGES
                    },
                    "tier_nl": scenario.level.text.nl,
                    "tier_en": scenario.level.text.en,
                },
            )


@rule(
    "CRIS029",
    "escalation-step-without-role",
    area=Area.CRISIS,
    level=Level.WARNING,
    title=("Stap in de escalatieketen zonder rol", "Escalation step without a role"),
    message=(
        "Stap {number} van de escalatieketen noemt nog geen rol.",
        "Step {number} of the escalation chain names no role yet.",
    ),
    fix=(
        "Kies bij die stap de rol die dan gebeld wordt (rollen leg je vast bij Organisatie).",
        "Choose the role that is called at that step (roles are set under Organisation).",
    ),
    source=_PLAN.format(5),
    weight=10,
    mode="share",
    population=_steps,
    fires=each_in("crisis", "escalation", 0, role=""),
)
def escalation_step_without_role(ctx: Context) -> Iterator[Hit]:
    for i, step in enumerate(ctx.strategy.crisis.escalation):
        if not step.role:
            yield Hit(f"crisis.escalation[{i}].role", {"number": i + 1})
