"""Profile: the organisation's name, processes, sector, mission, roles and bodies."""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from socialstrategy.i18n import Text
from socialstrategy.scoring.areas import Area, Level
from socialstrategy.scoring.rule import Hit, rule
from socialstrategy.scoring.rules._checks import empty
from socialstrategy.scoring.rules._edit import within
from socialstrategy.scoring.rules.profile._common import (
    _BOOK,
    _QA,
    _all_processes_supporting,
    _one_primary_process_left,
    _without_roles,
)
from socialstrategy.vocab import ClientParticipation, Sector, StaffRepresentation

if TYPE_CHECKING:
    from collections.abc import Iterator

    from socialstrategy.scoring.context import Context


no_organisation_name = rule(
    "PROF001",
    "no-organisation-name",
    area=Area.PROFILE,
    level=Level.ERROR,
    title=("Naam organisatie ontbreekt", "Organisation name missing"),
    message=(
        "De strategie noemt niet voor welke organisatie ze is.",
        "The strategy does not say which organisation it is for.",
    ),
    fix=(
        "Vul de naam van de organisatie in, zoals die op het bestuursstuk komt.",
        "Fill in the organisation's name, as it will appear in the board paper.",
    ),
    source="PRODUCT.md: organisation profile (name, sector, size, primary processes)",
    weight=30,
    fires=within("organisation", name=""),
    passes=within("organisation", name="Stichting Referentie Zorg"),
)(empty("organisation.name"))


@rule(
    "PROF002",
    "no-primary-processes",
    area=Area.PROFILE,
    level=Level.ERROR,
    title=("Geen primaire processen", "No primary processes"),
    message=(
        "Er zijn geen primaire processen benoemd, dus geen doel kan eraan gekoppeld"
        " worden: dan worden sociale media een doel op zich.",
        "No primary processes are named, so no goal can be linked to one: social media"
        " then become a goal in themselves.",
    ),
    fix=(
        "Noem de zorgprocessen van de organisatie, zoals intake, wonen, dagbesteding,"
        " behandeling of nazorg.",
        "Name the organisation's care processes, such as intake, living, day activities,"
        " treatment or aftercare.",
    ),
    source=_BOOK,
    weight=100,
    fires=_all_processes_supporting,
    passes=_one_primary_process_left,
)
def no_primary_processes(ctx: Context) -> Iterator[Hit]:
    if not ctx.primary_process_ids:
        yield Hit("organisation.processes")


@rule(
    "PROF003",
    "sector-other",
    area=Area.PROFILE,
    level=Level.ADVICE,
    title=("Geen sector gekozen", "No sector chosen"),
    message=(
        "De sector staat op 'anders', dus gelden de voorbeelden en standaarden van een"
        " sector (processen, financiers, medezeggenschap, scenario's) niet.",
        "The sector is set to 'other', so no sector's examples and defaults (processes,"
        " funders, participation bodies, scenarios) apply.",
    ),
    fix=(
        "Kies de sector die het best past, ook als de organisatie in meer sectoren werkt.",
        "Choose the sector that fits best, even if the organisation works in several.",
    ),
    source="PRODUCT.md: organisation profile (sector); DOMAIN.md sector specifics",
    weight=10,
    fires=within("organisation", sector=Sector.OTHER),
    passes=within("organisation", sector=Sector.WELFARE),
)
def sector_other(ctx: Context) -> Iterator[Hit]:
    if ctx.strategy.organisation.sector is Sector.OTHER:
        yield Hit("organisation.sector")


no_mission = rule(
    "PROF004",
    "no-mission",
    area=Area.PROFILE,
    level=Level.ADVICE,
    title=("Missie ontbreekt", "Mission missing"),
    message=(
        "De missie of kerntaak van de organisatie staat er niet in; daaraan toets je of"
        " sociale media bijdragen.",
        "The organisation's mission or core task is not stated; it is what you test"
        " social media's contribution against.",
    ),
    fix=(
        "Beschrijf in een of twee zinnen waarvoor de organisatie er is.",
        "Describe in a sentence or two what the organisation is there for.",
    ),
    source=_BOOK,
    weight=5,
    fires=within("organisation", mission=""),
    passes=within("organisation", mission="Goede zorg, dichtbij huis."),
)(empty("organisation.mission"))


no_roles = rule(
    "PROF005",
    "no-roles",
    area=Area.PROFILE,
    level=Level.WARNING,
    title=("Geen rollen benoemd", "No roles named"),
    message=(
        "Er zijn geen rollen benoemd, dus kun je geen escalatieketen opstellen en geen"
        " scholing per rol plannen.",
        "No roles are named, so there can be no escalation chain and no training per role.",
    ),
    fix=(
        "Noem de rollen die in deze strategie iets doen, zoals webcaremedewerker,"
        " communicatieadviseur, bestuurder, functionaris gegevensbescherming en begeleider.",
        "Name the roles that act in this strategy, such as webcare officer, communications"
        " adviser, board member, data protection officer and support worker.",
    ),
    source="DOMAIN.md crisis plan #5 (escalation roles with back-ups); seed 003 (training)",
    weight=15,
    fires=_without_roles,
    passes=lambda s: within(
        "organisation",
        roles=(
            attrs.evolve(s.organisation.roles[0], name="Webcare-medewerker"),
            *s.organisation.roles[1:],
        ),
    )(s),
)(empty("organisation.roles"))


@rule(
    "PROF006",
    "no-participation-bodies",
    area=Area.PROFILE,
    level=Level.WARNING,
    title=("Geen medezeggenschap benoemd", "No participation bodies named"),
    message=(
        "Er is geen medezeggenschapsorgaan benoemd, terwijl de organisatie {expected} heeft.",
        "No participation body is named, though the organisation has {expected}.",
    ),
    fix=(
        "Noem de raden die meepraten over de strategie en de richtlijn; bespreek het"
        " onderwerp daar.",
        "Name the councils that have a say in the strategy and the guideline; discuss the"
        " topic there.",
    ),
    source=f"{_QA}; DOMAIN.md sector specifics (participation)",
    weight=20,
    fires=within("organisation", bodies=()),
    passes=within(
        "organisation",
        bodies=(),
        staff_representation=StaffRepresentation.NONE,
        client_participation=ClientParticipation.OTHER_FORM,
    ),
)
def no_participation_bodies(ctx: Context) -> Iterator[Hit]:
    # Only the bodies the organisation has (recorded, or by law for its sector and
    # size): a partnership without a works council or client council is not asked for one.
    g = ctx.governance
    expected = [
        (nl, en)
        for present, nl, en in (
            (g.consults_staff_body, g.staff_body.nl, g.staff_body.en),
            (g.has_client_council, "een cliëntenraad", "a client council"),
        )
        if present
    ]
    if not ctx.strategy.organisation.bodies and expected:
        yield Hit(
            "organisation.bodies",
            {
                "expected": Text(
                    " en ".join(nl for nl, _ in expected), " and ".join(en for _, en in expected)
                ),
            },
        )
