"""Profile: client, relatives and works councils."""

from __future__ import annotations

from typing import TYPE_CHECKING

from socialstrategy.i18n import Text
from socialstrategy.model.governance import WORKS_COUNCIL_FROM
from socialstrategy.scoring.areas import Area, Level
from socialstrategy.scoring.rule import Hit, rule
from socialstrategy.scoring.rules._edit import chain, within
from socialstrategy.scoring.rules.profile._common import _CLIENT_VOICES, _QA, _RELATIVES_SECTORS
from socialstrategy.vocab import ClientParticipation, ParticipationBody, Sector, StaffRepresentation

if TYPE_CHECKING:
    from collections.abc import Iterator

    from socialstrategy.scoring.context import Context


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
        "In de {sector} spreken verwanten vaak mee of beslissen zij voor de cliënt,"
        " maar er is geen verwantenraad benoemd.",
        "In {sector} relatives often speak or decide for the client, but no relatives'"
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
            {"sector": Text(org.sector.label("nl").lower(), org.sector.label("en"))},
        )


@rule(
    "PROF009",
    "no-works-council",
    area=Area.PROFILE,
    level=Level.ADVICE,
    title=("Geen ondernemingsraad", "No works council"),
    message=(
        "De organisatie heeft een ondernemingsraad{size}, maar die staat niet bij de"
        " medezeggenschap; de richtlijn voor medewerkers vraagt zijn advies.",
        "The organisation has a works council{size}, but it is not named among the"
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
                "size": Text(
                    f" (verplicht met {org.employees} medewerkers)" if size else "",
                    f" (required with {org.employees} employees)" if size else "",
                ),
            },
        )
