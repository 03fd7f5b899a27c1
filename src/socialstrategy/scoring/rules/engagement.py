"""Making it discussable: a kick-off, the councils, conversation starters, and structurally.

Sources: the Q&A "Hoe maken we mediagebruik bespreekbaar met medewerkers, cliënten en
verwanten?" (seed 000: kick-off or launch, statements to react to without judgement,
conversation starters such as the MediaJungle cards, an incident or question as a
starter, the relatives' and client council, teams organising their own sessions, "niet
bij een eenmalig project of enkele bijeenkomst", and check questions 4, 5 and 6); the
Leukeronline section of DOMAIN.md (one *kartrekker* while everyone stays responsible;
client and relatives' councils); participation bodies per sector (DOMAIN.md sector
specifics: verwantenraad in disability and elderly care, jongerenraad in youth care).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import attrs

from socialstrategy.model import Activity
from socialstrategy.scoring.areas import Area, Level
from socialstrategy.scoring.rule import Hit, named, rule
from socialstrategy.scoring.rules._edit import chain, each_in, within, without
from socialstrategy.vocab import (
    KEY_AUDIENCES,
    EngagementKind,
    ParticipationBody,
    Rhythm,
    Sector,
)

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from socialstrategy.i18n import Text
    from socialstrategy.model import Strategy
    from socialstrategy.scoring.context import Context

_QA = "Q&A bespreekbaar maken (seed 000)"
_CHECK = "Q&A bespreekbaar maken, checkvraag {} (seed 000)"
_LEUKER = "DOMAIN.md, making it discussable and embedding it (Leukeronline)"

#: Sectors where relatives often decide with or for the client (DOMAIN.md participation).
_RELATIVES_SECTORS = frozenset({Sector.DISABILITY_CARE, Sector.ELDERLY_CARE})
#: Activities where clients themselves are heard, where there is no client council.
_CLIENTS_HEARD = frozenset(
    {
        EngagementKind.CLIENT_COUNCIL,
        EngagementKind.YOUTH_COUNCIL,
        EngagementKind.CLIENT_PANEL,
        EngagementKind.CLIENT_DEMO,
    }
)
#: Kinds that get people talking without judgement (the Q&A names all three).
_STARTERS = frozenset(
    {
        EngagementKind.CONVERSATION_STARTERS,
        EngagementKind.STATEMENTS,
        EngagementKind.INCIDENT_REVIEW,
    }
)


# --- helpers for checks ---------------------------------------------------------------


def _activities(ctx: Context) -> int:
    return len(ctx.strategy.engagement.activities)


def _kinds(ctx: Context) -> frozenset[EngagementKind]:
    return frozenset(a.kind for a in ctx.strategy.engagement.activities)


def _name(activity: Activity) -> str | Text:
    return named(activity.title)


def _missing_kind(ctx: Context, kind: EngagementKind) -> bool:
    """Whether activities exist but none of *kind* (no activities at all: ENG001)."""
    return bool(ctx.strategy.engagement.activities) and kind not in _kinds(ctx)


# --- helpers for examples -------------------------------------------------------------


def _with(kind: EngagementKind) -> Callable[[Strategy], Strategy]:
    """Add a recurring activity of *kind* for the first audience."""

    def change(s: Strategy) -> Strategy:
        added = Activity(
            id=f"extra-{kind.code}".replace("_", "-"),
            kind=kind,
            title=kind.text.nl,
            audiences=(s.audiences[0].id,),
            rhythm=Rhythm.YEARLY,
            planned=dt.date(2026, 10, 1),
            owner="Manager communicatie",
        )
        return within("engagement", activities=(*s.engagement.activities, added))(s)

    return change


def _without_audience(audience_id: str) -> Callable[[Strategy], Strategy]:
    """Take one audience out of every activity."""

    def change(s: Strategy) -> Strategy:
        items = tuple(
            attrs.evolve(a, audiences=tuple(x for x in a.audiences if x != audience_id))
            for a in s.engagement.activities
        )
        return within("engagement", activities=items)(s)

    return change


# --- the activities as a whole --------------------------------------------------------


@rule(
    "ENG001",
    "no-activities",
    area=Area.ENGAGEMENT,
    level=Level.ERROR,
    title=("Mediagebruik wordt niet besproken", "Media use is not discussed"),
    message=(
        "Er staan geen activiteiten gepland om mediagebruik bespreekbaar te maken met"
        " medewerkers, cliënten en verwanten.",
        "No activities are planned to make media use discussable with employees, clients"
        " and relatives.",
    ),
    fix=(
        "Plan een kick-off en vaste momenten in teams, met {client_voice} en met verwanten"
        " om het gesprek over mediagebruik te voeren.",
        "Plan a kick-off and regular moments in teams, with {client_voice} and with"
        " relatives to talk about media use.",
    ),
    source=f"{_QA}; {_CHECK.format(4)}",
    weight=100,
    fires=within("engagement", activities=()),
)
def no_activities(ctx: Context) -> Iterator[Hit]:
    if not ctx.strategy.engagement.activities:
        yield Hit("engagement.activities")


@rule(
    "ENG002",
    "no-kickoff",
    area=Area.ENGAGEMENT,
    level=Level.WARNING,
    title=("Geen kick-off", "No kick-off"),
    message=(
        "Er is geen kick-off of lancering waarin medewerkers, cliënten en verwanten horen"
        " hoe de organisatie met mediagebruik aan de slag gaat.",
        "There is no kick-off or launch where employees, clients and relatives hear how"
        " the organisation is taking up media use.",
    ),
    fix=(
        "Organiseer een bijeenkomst: vertel wat men kan verwachten en hoe iedereen kan"
        " bijdragen, en laat aanwezigen actief meedoen.",
        "Hold a meeting: say what people can expect and how everyone can contribute, and"
        " let those present take an active part.",
    ),
    source=_QA,
    weight=12,
    fires=without("engagement", "activities", kind=EngagementKind.KICKOFF),
)
def no_kickoff(ctx: Context) -> Iterator[Hit]:
    if _missing_kind(ctx, EngagementKind.KICKOFF):
        yield Hit("engagement.activities")


@rule(
    "ENG003",
    "client-council-not-involved",
    area=Area.ENGAGEMENT,
    level=Level.WARNING,
    title=("{Clients} niet gehoord", "{Clients} not heard"),
    message=(
        "Mediagebruik is niet besproken met {clients}: er staat geen bespreking met"
        " {client_voice} gepland.",
        "Media use has not been discussed with {clients}: no session with {client_voice}"
        " is planned.",
    ),
    fix=(
        "Bespreek het onderwerp met {client_voice} en neem de vragen en zorgen die"
        " bovenkomen mee in de aanpak.",
        "Discuss the topic with {client_voice} and take the questions and concerns that"
        " come up into the approach.",
    ),
    source=f"{_QA}; {_LEUKER}; Wmcz 2018 (where a client council is required)",
    weight=12,
    fires=without("engagement", "activities", kind=EngagementKind.CLIENT_COUNCIL),
)
def client_council_not_involved(ctx: Context) -> Iterator[Hit]:
    # With a client council, it is where clients are heard; without one (a GP practice,
    # a small provider), a panel or a demonstration by a client hears them as well.
    if ctx.governance.has_client_council:
        heard = _kinds(ctx) & {EngagementKind.CLIENT_COUNCIL, EngagementKind.YOUTH_COUNCIL}
    else:
        heard = _kinds(ctx) & _CLIENTS_HEARD
    if ctx.strategy.engagement.activities and not heard:
        yield Hit("engagement.activities")


@rule(
    "ENG004",
    "relatives-council-not-involved",
    area=Area.ENGAGEMENT,
    level=Level.WARNING,
    title=("Verwantenraad niet betrokken", "Relatives' council not involved"),
    message=(
        "Mediagebruik staat niet op de agenda van de verwantenraad, terwijl verwanten vaak"
        " meebeslissen over wat een cliënt online doet.",
        "Media use is not on the relatives' council's agenda, while relatives often have a"
        " say in what a client does online.",
    ),
    fix=(
        "Bespreek het onderwerp in de verwantenraad, bijvoorbeeld rond toestemming voor"
        " foto's en online risico's.",
        "Discuss the topic in the relatives' council, e.g. consent for photos and online risks.",
    ),
    source=f"{_QA}; DOMAIN.md sector specifics (participation)",
    weight=10,
    fires=without("engagement", "activities", kind=EngagementKind.RELATIVES_COUNCIL),
    passes=chain(
        within(
            "organisation",
            sector=Sector.HOSPITAL,
            bodies=(ParticipationBody.CLIENT_COUNCIL, ParticipationBody.WORKS_COUNCIL),
        ),
        without("engagement", "activities", kind=EngagementKind.RELATIVES_COUNCIL),
    ),
)
def relatives_council_not_involved(ctx: Context) -> Iterator[Hit]:
    org = ctx.strategy.organisation
    expected = ParticipationBody.RELATIVES_COUNCIL in org.bodies or org.sector in _RELATIVES_SECTORS
    if expected and _missing_kind(ctx, EngagementKind.RELATIVES_COUNCIL):
        yield Hit("engagement.activities")


@rule(
    "ENG005",
    "youth-council-not-involved",
    area=Area.ENGAGEMENT,
    level=Level.WARNING,
    title=("Jongerenraad niet betrokken", "Youth council not involved"),
    message=(
        "Mediagebruik staat niet op de agenda van de jongerenraad, terwijl jongeren zelf"
        " het best weten wat er online speelt.",
        "Media use is not on the youth council's agenda, while young people themselves"
        " know best what goes on online.",
    ),
    fix=(
        "Bespreek het onderwerp in de jongerenraad en laat jongeren meedenken over de aanpak.",
        "Discuss the topic in the youth council and let young people help shape the approach.",
    ),
    source=f"{_QA}; DOMAIN.md sector specifics (jongerenraad)",
    weight=10,
    fires=within("organisation", sector=Sector.YOUTH_CARE),
    passes=chain(
        within("organisation", sector=Sector.YOUTH_CARE), _with(EngagementKind.YOUTH_COUNCIL)
    ),
)
def youth_council_not_involved(ctx: Context) -> Iterator[Hit]:
    org = ctx.strategy.organisation
    expected = org.sector is Sector.YOUTH_CARE or ParticipationBody.YOUTH_COUNCIL in org.bodies
    if expected and _missing_kind(ctx, EngagementKind.YOUTH_COUNCIL):
        yield Hit("engagement.activities")


@rule(
    "ENG006",
    "all-one-off",
    area=Area.ENGAGEMENT,
    level=Level.ERROR,
    title=("Alleen eenmalige activiteiten", "Only one-off activities"),
    message=(
        "Geen enkele activiteit komt terug: het onderwerp moet structureel aandacht"
        " krijgen, geen eenmalig project.",
        "No activity recurs: the topic needs structural attention, not a one-off project.",
    ),
    fix=(
        "Geef activiteiten een vast ritme, bijvoorbeeld maandelijks in het teamoverleg en"
        " twee keer per jaar met {client_voice}.",
        "Give activities a fixed rhythm, e.g. monthly in team meetings and twice a year"
        " with {client_voice}.",
    ),
    source=f"{_QA}; {_CHECK.format(4)}",
    weight=25,
    fires=each_in("engagement", "activities", rhythm=Rhythm.ONCE),
    passes=chain(
        each_in("engagement", "activities", rhythm=Rhythm.ONCE),
        each_in("engagement", "activities", 0, rhythm=Rhythm.YEARLY),
    ),
)
def all_one_off(ctx: Context) -> Iterator[Hit]:
    activities = ctx.strategy.engagement.activities
    if activities and not any(a.rhythm.recurs for a in activities):
        yield Hit("engagement.activities")


# --- ownership and embedding ----------------------------------------------------------


@rule(
    "ENG007",
    "no-kartrekker",
    area=Area.ENGAGEMENT,
    level=Level.WARNING,
    title=("Geen kartrekker", "Nobody keeps it on the agenda"),
    message=(
        "Niemand is verantwoordelijk om mediagebruik blijvend onder de aandacht te brengen.",
        "Nobody is responsible for keeping media use on the agenda.",
    ),
    fix=(
        "Wijs een kartrekker aan die het onderwerp op de agenda houdt, terwijl iedereen"
        " verantwoordelijk blijft.",
        "Name one person who keeps the topic on the agenda, while everyone stays responsible.",
    ),
    source=f"{_CHECK.format(6)}; {_LEUKER}",
    weight=15,
    fires=within("engagement", owner=""),
)
def no_kartrekker(ctx: Context) -> Iterator[Hit]:
    if not ctx.strategy.engagement.owner.strip():
        yield Hit("engagement.owner")


@rule(
    "ENG008",
    "not-structural",
    area=Area.ENGAGEMENT,
    level=Level.ADVICE,
    title=("Structurele inbedding niet beschreven", "Structural embedding not described"),
    message=(
        "Er staat niet hoe het onderwerp structureel aandacht krijgt, bijvoorbeeld als"
        " vast agendapunt, in de risico-inventarisatie of in het zorgplan.",
        "It does not say how the topic gets structural attention, e.g. as a standing"
        " agenda item, in the risk inventory or in the care plan.",
    ),
    fix=(
        "Beschrijf waar het onderwerp vast terugkomt: teamoverleg, {client_voice},"
        " risico-inventarisatie, zorgplan, inwerkprogramma.",
        "Describe where the topic recurs: team meetings, {client_voice}, risk inventory,"
        " care plan, induction programme.",
    ),
    source=f"{_CHECK.format(4)}; {_LEUKER}",
    weight=8,
    fires=within("engagement", structural=""),
)
def not_structural(ctx: Context) -> Iterator[Hit]:
    if not ctx.strategy.engagement.structural.strip():
        yield Hit("engagement.structural")


# --- who takes part and how -----------------------------------------------------------


@rule(
    "ENG009",
    "key-audience-not-taking-part",
    area=Area.ENGAGEMENT,
    level=Level.ADVICE,
    title=("Doelgroep doet niet mee", "Audience not taking part"),
    message=(
        "De doelgroep '{audience_nl}' doet aan geen enkele activiteit mee.",
        "The audience '{audience_en}' takes part in no activity.",
    ),
    fix=(
        "Betrek medewerkers, cliënten én verwanten: laat ze meedoen aan de kick-off, de"
        " gesprekken of de raden.",
        "Involve employees, clients and relatives alike: let them join the kick-off, the"
        " conversations or the councils.",
    ),
    source=f"{_QA} (medewerkers, cliënten en verwanten); {_CHECK.format(5)}",
    weight=6,
    mode="each",
    fires=_without_audience("verwanten"),
)
def key_audience_not_taking_part(ctx: Context) -> Iterator[Hit]:
    activities = ctx.strategy.engagement.activities
    if not activities:
        return
    kinds = ctx.audience_kind_by_id
    taking_part = {kinds[a] for act in activities for a in act.audiences if a in kinds}
    for kind in KEY_AUDIENCES:
        if kind not in taking_part:
            yield Hit(
                "engagement.activities",
                {"audience_nl": kind.text.nl, "audience_en": kind.text.en},
            )


@rule(
    "ENG010",
    "no-conversation-starters",
    area=Area.ENGAGEMENT,
    level=Level.ADVICE,
    title=("Geen gespreksstarters", "No conversation starters"),
    message=(
        "Er zijn geen gespreksstarters, stellingen of voorbeelden uit de praktijk om het"
        " gesprek zonder oordeel op gang te brengen.",
        "There are no conversation starters, statements or real cases to get people"
        " talking without judgement.",
    ),
    fix=(
        "Gebruik bijvoorbeeld kletskaarten, stellingen waarop iedereen zonder oordeel"
        " reageert, of een incident of vraag van een collega als gespreksstarter.",
        "Use e.g. card games, statements everyone reacts to without judgement, or an"
        " incident or a colleague's question as a starter.",
    ),
    source=_QA,
    weight=6,
    fires=without("engagement", "activities", kind=EngagementKind.CONVERSATION_STARTERS),
    passes=chain(
        without("engagement", "activities", kind=EngagementKind.CONVERSATION_STARTERS),
        _with(EngagementKind.STATEMENTS),
    ),
)
def no_conversation_starters(ctx: Context) -> Iterator[Hit]:
    if ctx.strategy.engagement.activities and not _STARTERS & _kinds(ctx):
        yield Hit("engagement.activities")


@rule(
    "ENG011",
    "no-team-sessions",
    area=Area.ENGAGEMENT,
    level=Level.ADVICE,
    title=("Teams gaan niet zelf in gesprek", "Teams hold no sessions of their own"),
    message=(
        "Teams gaan niet zelf met cliënten en verwanten in gesprek over mediagebruik.",
        "Teams do not talk about media use with clients and relatives themselves.",
    ),
    fix=(
        "Stimuleer teams om eigen bijeenkomsten te organiseren, op de woning of de"
        " locatie, met cliënten en verwanten.",
        "Encourage teams to hold their own sessions, at the home or location, with clients"
        " and relatives.",
    ),
    source=_QA,
    weight=6,
    fires=without("engagement", "activities", kind=EngagementKind.TEAM_SESSION),
)
def no_team_sessions(ctx: Context) -> Iterator[Hit]:
    if _missing_kind(ctx, EngagementKind.TEAM_SESSION):
        yield Hit("engagement.activities")


@rule(
    "ENG012",
    "activity-without-date",
    area=Area.ENGAGEMENT,
    level=Level.ADVICE,
    title=("Activiteit niet gepland", "Activity not scheduled"),
    message=(
        "Activiteit '{activity}' heeft geen datum.",
        "Activity '{activity}' has no date.",
    ),
    fix=(
        "Zet een datum bij de (eerste) keer dat de activiteit plaatsvindt.",
        "Set the date the activity (first) takes place.",
    ),
    source=_QA,
    weight=8,
    mode="share",
    population=_activities,
    fires=each_in("engagement", "activities", 0, planned=None),
)
def activity_without_date(ctx: Context) -> Iterator[Hit]:
    for i, activity in enumerate(ctx.strategy.engagement.activities):
        if activity.planned is None:
            yield Hit(f"engagement.activities[{i}].planned", {"activity": _name(activity)})


@rule(
    "ENG013",
    "activity-without-owner",
    area=Area.ENGAGEMENT,
    level=Level.ADVICE,
    title=("Activiteit zonder organisator", "Activity without an organiser"),
    message=(
        "Bij activiteit '{activity}' staat niet wie die organiseert.",
        "Activity '{activity}' does not say who organises it.",
    ),
    fix=(
        "Noem per activiteit wie die organiseert.",
        "Name who organises each activity.",
    ),
    source=_QA,
    weight=8,
    mode="share",
    population=_activities,
    fires=each_in("engagement", "activities", 0, owner=""),
)
def activity_without_owner(ctx: Context) -> Iterator[Hit]:
    for i, activity in enumerate(ctx.strategy.engagement.activities):
        if not activity.owner.strip():
            yield Hit(f"engagement.activities[{i}].owner", {"activity": _name(activity)})


@rule(
    "ENG014",
    "activity-without-audience",
    area=Area.ENGAGEMENT,
    level=Level.ADVICE,
    title=("Activiteit zonder deelnemers", "Activity without participants"),
    message=(
        "Bij activiteit '{activity}' staat niet welke doelgroepen meedoen.",
        "Activity '{activity}' does not say which audiences take part.",
    ),
    fix=(
        "Kies de doelgroepen die meedoen: medewerkers, cliënten, verwanten.",
        "Choose the audiences taking part: employees, clients, relatives.",
    ),
    source=_QA,
    weight=5,
    mode="share",
    population=_activities,
    fires=each_in("engagement", "activities", 0, audiences=()),
)
def activity_without_audience(ctx: Context) -> Iterator[Hit]:
    for i, activity in enumerate(ctx.strategy.engagement.activities):
        if not activity.audiences:
            yield Hit(f"engagement.activities[{i}].audiences", {"activity": _name(activity)})


@rule(
    "ENG015",
    "outcomes-not-gathered",
    area=Area.ENGAGEMENT,
    level=Level.ADVICE,
    title=("Uitkomsten niet gebundeld", "Outcomes not gathered"),
    message=(
        "Bij geen enkele activiteit staat wat die opleverde of moet opleveren: welke"
        " vragen en zorgen leven er?",
        "No activity says what came out of it, or should: which questions and concerns are there?",
    ),
    fix=(
        "Bundel de uitkomsten van de gesprekken en bespreek samen de vragen en zorgen die"
        " het vaakst bovenkomen.",
        "Gather the outcomes of the conversations and go through the questions and"
        " concerns that come up most, together.",
    ),
    source=f"{_QA}; {_CHECK.format(5)}",
    weight=6,
    fires=each_in("engagement", "activities", outcome=""),
)
def outcomes_not_gathered(ctx: Context) -> Iterator[Hit]:
    activities = ctx.strategy.engagement.activities
    if activities and not any(a.outcome.strip() for a in activities):
        yield Hit("engagement.activities")
