"""Engagement: the activities as a whole."""

from __future__ import annotations

from typing import TYPE_CHECKING

from socialstrategy.scoring.areas import Area, Level
from socialstrategy.scoring.rule import Hit, rule
from socialstrategy.scoring.rules._checks import empty
from socialstrategy.scoring.rules._edit import chain, each_in, keep_first, within, without
from socialstrategy.scoring.rules.engagement._common import (
    _CHECK,
    _CLIENTS_HEARD,
    _LEUKER,
    _QA,
    _RELATIVES_SECTORS,
    _kinds,
    _missing_kind,
    _with,
)
from socialstrategy.vocab import EngagementKind, ParticipationBody, Rhythm, Sector

if TYPE_CHECKING:
    from collections.abc import Iterator

    from socialstrategy.scoring.context import Context


# --- the activities as a whole --------------------------------------------------------


no_activities = rule(
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
    passes=keep_first("engagement", "activities"),
)(empty("engagement.activities"))


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
    passes=without("engagement", "activities", kind=EngagementKind.TEAM_SESSION),
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
    passes=without("engagement", "activities", kind=EngagementKind.KICKOFF),
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
