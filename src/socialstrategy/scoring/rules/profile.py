"""Profile: who the organisation is, and a document that is owned and kept up to date.

Sources: the book review (seed 003: social media "gekoppeld aan de primaire processen";
support from directors and managers); the Q&A (seed 000: take the topic to the
cliëntenraad and verwantenraad; someone responsible); DOMAIN.md sector specifics
(participation bodies per sector) and guidelines #15 (works council's advice, a review
date); the Wmcz 2018 (a client council for care providers) and the WOR (a works council
from 50 employees), as the governance in effect reads them (:mod:`model.governance`).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import attrs

from socialstrategy import fmt
from socialstrategy.i18n import LANGUAGES
from socialstrategy.model.governance import WORKS_COUNCIL_FROM
from socialstrategy.scoring.areas import Area, Level
from socialstrategy.scoring.rule import Hit, rule
from socialstrategy.scoring.rules._edit import chain, within
from socialstrategy.vocab import (
    ClientParticipation,
    ParticipationBody,
    ProcessKind,
    Sector,
    StaffRepresentation,
)

if TYPE_CHECKING:
    from collections.abc import Iterator

    from socialstrategy.model import Strategy
    from socialstrategy.scoring.context import Context

_BOOK = "Gulden & Van der Wurff, Social media in zorg en welzijn (seed 003)"
_QA = "Q&A on making media use discussable (seed 000)"

#: Bodies that give clients a voice: the youth council does so in youth care.
_CLIENT_VOICES = frozenset({ParticipationBody.CLIENT_COUNCIL, ParticipationBody.YOUTH_COUNCIL})
#: Sectors where relatives often decide or speak for clients (DOMAIN.md, sector specifics).
_RELATIVES_SECTORS = frozenset({Sector.DISABILITY_CARE, Sector.ELDERLY_CARE})


def _all_processes_supporting(s: Strategy) -> Strategy:
    # Keeping the processes (as supporting ones) leaves every goal's reference intact.
    processes = tuple(
        attrs.evolve(p, kind=ProcessKind.SUPPORTING) for p in s.organisation.processes
    )
    return within("organisation", processes=processes)(s)


def _one_primary_process_left(s: Strategy) -> Strategy:
    primary = [p.id for p in s.organisation.processes if p.kind is ProcessKind.PRIMARY]
    processes = tuple(
        attrs.evolve(p, kind=ProcessKind.SUPPORTING) if p.id in primary[1:] else p
        for p in s.organisation.processes
    )
    return within("organisation", processes=processes)(s)


def _without_roles(s: Strategy) -> Strategy:
    """No roles, and nothing left that refers to one."""
    crisis = s.crisis
    return attrs.evolve(
        within("organisation", roles=())(s),
        guidelines=attrs.evolve(
            s.guidelines, rules=tuple(attrs.evolve(r, roles=()) for r in s.guidelines.rules)
        ),
        crisis=attrs.evolve(
            crisis,
            tiers=tuple(attrs.evolve(t, approver="") for t in crisis.tiers),
            escalation=(),
            scenarios=tuple(attrs.evolve(x, lead="") for x in crisis.scenarios),
            legal_clocks=tuple(attrs.evolve(c, owner="") for c in crisis.legal_clocks),
            responses=tuple(attrs.evolve(r, decides="") for r in crisis.responses),
            stakeholders=tuple(attrs.evolve(k, informs="") for k in crisis.stakeholders),
        ),
        training=(),
    )


def _dates(day: dt.date) -> dict[str, object]:
    """A date for messages: '01-06-2026' and '01/06/2026'."""
    return {f"date_{lang}": fmt.date(day, lang) for lang in LANGUAGES}


@rule(
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
)
def no_organisation_name(ctx: Context) -> Iterator[Hit]:
    if not ctx.strategy.organisation.name.strip():
        yield Hit("organisation.name")


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
)
def sector_other(ctx: Context) -> Iterator[Hit]:
    if ctx.strategy.organisation.sector is Sector.OTHER:
        yield Hit("organisation.sector")


@rule(
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
)
def no_mission(ctx: Context) -> Iterator[Hit]:
    if not ctx.strategy.organisation.mission.strip():
        yield Hit("organisation.mission")


@rule(
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
)
def no_roles(ctx: Context) -> Iterator[Hit]:
    if not ctx.strategy.organisation.roles:
        yield Hit("organisation.roles")


@rule(
    "PROF006",
    "no-participation-bodies",
    area=Area.PROFILE,
    level=Level.WARNING,
    title=("Geen medezeggenschap benoemd", "No participation bodies named"),
    message=(
        "Er is geen medezeggenschapsorgaan benoemd, terwijl de organisatie {expected_nl} heeft.",
        "No participation body is named, though the organisation has {expected_en}.",
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
                "expected_nl": " en ".join(nl for nl, _ in expected),
                "expected_en": " and ".join(en for _, en in expected),
            },
        )


@rule(
    "PROF007",
    "no-client-council",
    area=Area.PROFILE,
    level=Level.WARNING,
    title=("Geen cliëntenraad", "No client council"),
    message=(
        "Er is medezeggenschap benoemd, maar geen cliëntenraad of jongerenraad: wie"
        " spreekt namens de {clients}?",
        "Participation bodies are named, but no client or youth council: who speaks for"
        " the {clients}?",
    ),
    fix=(
        "Voeg de cliëntenraad (of jongerenraad) toe en neem het onderwerp daar mee.",
        "Add the client council (or youth council) and take the topic there.",
    ),
    source=f"{_QA}; Wmcz 2018 (client council)",
    weight=10,
    fires=within("organisation", bodies=(ParticipationBody.WORKS_COUNCIL,)),
    # A plan that says its clients take part in another way (a panel) has no council to add.
    passes=within(
        "organisation",
        bodies=(ParticipationBody.WORKS_COUNCIL,),
        client_participation=ClientParticipation.OTHER_FORM,
    ),
)
def no_client_council(ctx: Context) -> Iterator[Hit]:
    bodies = ctx.strategy.organisation.bodies
    if bodies and ctx.governance.has_client_council and not _CLIENT_VOICES.intersection(bodies):
        yield Hit("organisation.bodies")


@rule(
    "PROF008",
    "no-relatives-council",
    area=Area.PROFILE,
    level=Level.ADVICE,
    title=("Geen verwantenraad", "No relatives' council"),
    message=(
        "In de {sector_nl} spreken verwanten vaak mee of beslissen zij voor de cliënt,"
        " maar er is geen verwantenraad benoemd.",
        "In {sector_en} relatives often speak or decide for the client, but no relatives'"
        " council is named.",
    ),
    fix=(
        "Voeg de verwantenraad toe, of leg uit hoe verwanten anders meepraten.",
        "Add the relatives' council, or explain how relatives have a say otherwise.",
    ),
    source=f"{_QA}; DOMAIN.md sector specifics (verwantenraad in disability and elderly care)",
    weight=5,
    fires=within("organisation", bodies=(ParticipationBody.CLIENT_COUNCIL,)),
    passes=chain(
        within("organisation", sector=Sector.MENTAL_HEALTH),
        within("organisation", bodies=(ParticipationBody.CLIENT_COUNCIL,)),
    ),
)
def no_relatives_council(ctx: Context) -> Iterator[Hit]:
    org = ctx.strategy.organisation
    if (
        org.bodies
        and org.sector in _RELATIVES_SECTORS
        and ParticipationBody.RELATIVES_COUNCIL not in org.bodies
    ):
        yield Hit(
            "organisation.bodies",
            {"sector_nl": org.sector.label("nl").lower(), "sector_en": org.sector.label("en")},
        )


@rule(
    "PROF009",
    "no-works-council",
    area=Area.PROFILE,
    level=Level.ADVICE,
    title=("Geen ondernemingsraad", "No works council"),
    message=(
        "De organisatie heeft een ondernemingsraad{size_nl}, maar die staat niet bij de"
        " medezeggenschap; de richtlijn voor medewerkers vraagt zijn advies.",
        "The organisation has a works council{size_en}, but it is not named among the"
        " participation bodies; the employee guideline needs its advice.",
    ),
    fix=(
        "Voeg de ondernemingsraad (OR) toe aan de medezeggenschap.",
        "Add the works council (OR) to the participation bodies.",
    ),
    source="DOMAIN.md guidelines #15 (works council's advice); WOR (from 50 employees)",
    weight=5,
    fires=within("organisation", bodies=(ParticipationBody.CLIENT_COUNCIL,)),
    passes=chain(
        within("organisation", employees=60, staff_representation=StaffRepresentation.NONE),
        within("organisation", bodies=(ParticipationBody.CLIENT_COUNCIL,)),
    ),
)
def no_works_council(ctx: Context) -> Iterator[Hit]:
    # The works council in effect: recorded, or required from 50 employees (unless the
    # plan records that there is none); never assumed with the size unknown.
    org = ctx.strategy.organisation
    if (
        org.bodies
        and ctx.governance.has_works_council
        and ParticipationBody.WORKS_COUNCIL not in org.bodies
    ):
        size = org.employees is not None and org.employees >= WORKS_COUNCIL_FROM
        yield Hit(
            "organisation.bodies",
            {
                "size_nl": f" (verplicht met {org.employees} medewerkers)" if size else "",
                "size_en": f" (required with {org.employees} employees)" if size else "",
            },
        )


@rule(
    "PROF010",
    "no-author",
    area=Area.PROFILE,
    level=Level.ADVICE,
    title=("Geen eigenaar van het document", "No owner of the document"),
    message=(
        "Er staat niet wie het document heeft geschreven of beheert.",
        "The document does not say who wrote or owns it.",
    ),
    fix=(
        "Vul de auteur of eigenaar in: bij wie kun je terecht met vragen en wijzigingen?",
        "Fill in the author or owner: who takes questions and changes?",
    ),
    source=f"{_QA} (someone responsible); seed 003 (support from directors and managers)",
    weight=5,
    fires=within("meta", author=""),
)
def no_author(ctx: Context) -> Iterator[Hit]:
    if not ctx.strategy.meta.author.strip():
        yield Hit("meta.author")


@rule(
    "PROF011",
    "no-review-date",
    area=Area.PROFILE,
    level=Level.WARNING,
    title=("Geen herzieningsdatum", "No review date"),
    message=(
        "Er staat geen datum voor de volgende herziening; sociale media veranderen snel.",
        "There is no date for the next review; social media change fast.",
    ),
    fix=(
        "Plan de volgende herziening, uiterlijk over een jaar.",
        "Plan the next review, at most a year from now.",
    ),
    source="DOMAIN.md guidelines #15 (a review date); Q&A question 3 (future-proof)",
    weight=15,
    fires=within("meta", next_review=None),
)
def no_review_date(ctx: Context) -> Iterator[Hit]:
    if ctx.strategy.meta.next_review is None:
        yield Hit("meta.next_review")


@rule(
    "PROF012",
    "review-date-passed",
    area=Area.PROFILE,
    level=Level.ERROR,
    title=("Herziening verlopen", "Review overdue"),
    message=(
        "De strategie had op {date_nl} herzien moeten worden; die datum is voorbij.",
        "The strategy was due for review on {date_en}; that date has passed.",
    ),
    fix=(
        "Herzie de strategie, verhoog het revisienummer en plan de volgende herziening.",
        "Review the strategy, raise the revision number and plan the next review.",
    ),
    source="DOMAIN.md guidelines #15 (a review date); Q&A question 3 (future-proof)",
    weight=25,
    fires=within("meta", last_reviewed=dt.date(2025, 6, 1), next_review=dt.date(2026, 6, 1)),
    # Due today is not yet overdue (the tests score on 23 November 2026).
    passes=within("meta", next_review=dt.date(2026, 11, 23)),
)
def review_date_passed(ctx: Context) -> Iterator[Hit]:
    due = ctx.strategy.meta.next_review
    if due is not None and due < ctx.today:
        yield Hit("meta.next_review", _dates(due))


@rule(
    "PROF013",
    "review-date-far-off",
    area=Area.PROFILE,
    level=Level.ADVICE,
    title=("Herziening ver weg", "Review far off"),
    message=(
        "De volgende herziening staat pas op {date_nl}, meer dan een jaar vooruit;"
        " kanalen en risico's veranderen sneller.",
        "The next review is not until {date_en}, more than a year ahead; channels"
        " and risks change faster.",
    ),
    fix=(
        "Herzie de strategie ten minste jaarlijks, ook als het plan voor meer jaren geldt.",
        "Review the strategy at least yearly, even when the plan covers several years.",
    ),
    source="Q&A question 3 (future-proof) and structural attention (seed 000)",
    weight=5,
    fires=within("meta", next_review=dt.date(2028, 12, 31)),
)
def review_date_far_off(ctx: Context) -> Iterator[Hit]:
    due = ctx.strategy.meta.next_review
    if due is not None and due > fmt.years_later(ctx.today, 1):
        yield Hit("meta.next_review", _dates(due))


def _contradictions(ctx: Context) -> Iterator[tuple[str, str, str, str, str]]:
    """(field, body in Dutch, in English, recorded choice in Dutch, in English) where the
    bodies name a council the recorded governance says is not there."""
    org = ctx.strategy.organisation
    staff, clients = org.staff_representation, org.client_participation
    if (
        staff not in {None, StaffRepresentation.WORKS_COUNCIL}
        and ParticipationBody.WORKS_COUNCIL in org.bodies
    ):
        assert staff is not None
        yield (
            "staff_representation",
            "een ondernemingsraad",
            "a works council",
            staff.label("nl").lower(),
            staff.label("en").lower(),
        )
    if clients not in {None, ClientParticipation.CLIENT_COUNCIL} and _CLIENT_VOICES.intersection(
        org.bodies
    ):
        assert clients is not None
        yield (
            "client_participation",
            "een cliëntenraad",
            "a client council",
            clients.label("nl").lower(),
            clients.label("en").lower(),
        )


@rule(
    "PROF014",
    "participation-contradicts-bodies",
    area=Area.PROFILE,
    level=Level.ADVICE,
    title=("Medezeggenschap spreekt zichzelf tegen", "Participation contradicts itself"),
    message=(
        "De medezeggenschap noemt {body_nl}, maar bij wie meepraat staat '{recorded_nl}':"
        " de adviezen gaan uit van dat laatste.",
        "The participation bodies name {body_en}, but who has a say is recorded as"
        " '{recorded_en}': the advice follows the latter.",
    ),
    fix=(
        "Maak de twee gelijk: haal de raad weg bij de medezeggenschap, of kies hem bij"
        " 'Wie stelt vast, wie praat mee'.",
        "Make the two agree: remove the council from the participation bodies, or choose"
        " it under 'Who adopts, who has a say'.",
    ),
    source="WOR art. 2 and 35c; Wmcz 2018 (the governance in effect, model/governance.py)",
    weight=5,
    mode="each",
    fires=within("organisation", staff_representation=StaffRepresentation.NONE),
    passes=within("organisation", staff_representation=StaffRepresentation.WORKS_COUNCIL),
)
def participation_contradicts_bodies(ctx: Context) -> Iterator[Hit]:
    for field, body_nl, body_en, recorded_nl, recorded_en in _contradictions(ctx):
        yield Hit(
            f"organisation.{field}",
            {
                "body_nl": body_nl,
                "body_en": body_en,
                "recorded_nl": recorded_nl,
                "recorded_en": recorded_en,
            },
        )
