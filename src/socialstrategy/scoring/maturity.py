"""Five maturity levels that read naturally for a Dutch care board."""

from __future__ import annotations

from typing import Final

import attrs

from socialstrategy.i18n import Text


@attrs.frozen
class Maturity:
    level: int
    name: Text
    description: Text
    #: The lowest overall score that reaches this level.
    threshold: float


LEVELS: Final[tuple[Maturity, ...]] = (
    Maturity(
        1,
        Text("Ad hoc", "Ad hoc"),
        Text(
            "Sociale media worden gebruikt zonder gedeelde doelen of afspraken; wat er"
            " gebeurt, hangt af van enthousiaste individuen.",
            "Social media are used without shared goals or agreements; what happens"
            " depends on enthusiastic individuals.",
        ),
        0,
    ),
    Maturity(
        2,
        Text("Verkennend", "Exploring"),
        Text(
            "De organisatie denkt na over doelen en doelgroepen, maar de samenhang met de"
            " primaire processen, de richtlijnen en het crisisplan is nog dun.",
            "The organisation is thinking about goals and audiences, but the link with the"
            " primary processes, the guidelines and the crisis plan is still thin.",
        ),
        35,
    ),
    Maturity(
        3,
        Text("Gestructureerd", "Structured"),
        Text(
            "Doelen, kanalen, richtlijnen en een crisisplan staan op papier; nu moeten ze"
            " sluitend worden en in de organisatie gaan leven.",
            "Goals, channels, guidelines and a crisis plan are on paper; now they must close"
            " the gaps and come alive in the organisation.",
        ),
        55,
    ),
    Maturity(
        4,
        Text("Geïntegreerd", "Integrated"),
        Text(
            "Sociale media zijn verbonden met de zorgprocessen, er is eigenaarschap,"
            " scholing en een geoefend crisisplan; het onderwerp staat structureel op de"
            " agenda.",
            "Social media are tied to the care processes, with ownership, training and a"
            " rehearsed crisis plan; the topic is on the agenda structurally.",
        ),
        75,
    ),
    Maturity(
        5,
        Text("Verankerd", "Embedded"),
        Text(
            "Sociale media zijn een vanzelfsprekend onderdeel van zorg en dienstverlening,"
            " gemeten en bijgestuurd in een vaste cyclus, met cliënten en verwanten als"
            " partners.",
            "Social media are a natural part of care and services, measured and adjusted in"
            " a fixed cycle, with clients and relatives as partners.",
        ),
        90,
    ),
)
#: With a critical finding open, a strategy cannot be called integrated or embedded.
CAP_WITH_ERRORS: Final = 3
#: A plan is as strong as its weakest part: (lowest area score needed, highest level).
WEAKEST_AREA_CAPS: Final = ((60.0, 3), (80.0, 4))


def maturity_for(
    overall: float, has_errors: bool, weakest: tuple[Text, float]
) -> tuple[Maturity, Text | None]:
    """The level an overall score reaches, and what capped it lower, if anything.

    *weakest* is the label and score of the lowest-scoring area.
    """
    reached = [m for m in LEVELS if overall >= m.threshold][-1]
    caps: list[tuple[int, Text]] = []
    if has_errors:
        caps.append(
            (
                CAP_WITH_ERRORS,
                Text("er staan kritieke bevindingen open", "critical findings are open"),
            )
        )
    area, area_score = weakest
    for below, level in WEAKEST_AREA_CAPS:
        if area_score < below:
            caps.append(
                (
                    level,
                    Text(
                        f"het zwakste gebied, {area.nl}, scoort {area_score:.0f}",
                        f"the weakest area, {area.en}, scores {area_score:.0f}",
                    ),
                )
            )
            break
    binding = [cap for cap in caps if cap[0] < reached.level]
    if not binding:
        return reached, None
    level, reason = min(binding, key=lambda cap: cap[0])
    return LEVELS[level - 1], reason
