"""Engagement: ownership and embedding."""

from __future__ import annotations

from socialstrategy.scoring import codes
from socialstrategy.scoring.areas import Area, Level
from socialstrategy.scoring.rule import rule
from socialstrategy.scoring.rules._checks import empty
from socialstrategy.scoring.rules._edit import within
from socialstrategy.scoring.rules.engagement._common import _CHECK, _LEUKER

# --- ownership and embedding ----------------------------------------------------------


no_kartrekker = rule(
    codes.NO_KARTREKKER,
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
    passes=within("engagement", owner="Teamleider dagbesteding"),
)(empty("engagement.owner"))


not_structural = rule(
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
    passes=within("engagement", structural="Vast agendapunt in het teamoverleg, elk kwartaal."),
)(empty("engagement.structural"))
