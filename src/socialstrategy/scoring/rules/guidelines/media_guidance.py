"""Guideline: media guidance for clients."""

from __future__ import annotations

from typing import TYPE_CHECKING

from socialstrategy import fmt
from socialstrategy.i18n import Text
from socialstrategy.scoring.areas import Area, Level
from socialstrategy.scoring.rule import Hit, rule
from socialstrategy.scoring.rules._checks import empty
from socialstrategy.scoring.rules._edit import chain, within
from socialstrategy.scoring.rules.guidelines._common import _GUIDANCE, _LEUKERONLINE, _guides
from socialstrategy.vocab import Sector

if TYPE_CHECKING:
    from collections.abc import Iterator

    from socialstrategy.scoring.context import Context


# --- media guidance for clients ---------------------------------------------------------


no_media_guidance_vision = rule(
    "GUID018",
    "no-media-guidance-vision",
    area=Area.GUIDELINES,
    level=Level.WARNING,
    title=("Geen visie op mediabegeleiding", "No vision on media guidance"),
    message=(
        "Er is geen visie op het mediagebruik van cliënten: elke begeleider beslist zelf wat"
        " mag en wat niet.",
        "There is no vision on the media use of clients: each carer decides alone what is allowed.",
    ),
    fix=(
        "Schrijf samen met medewerkers, {client_voice} en verwanten een korte visie:"
        " welke kansen en risico's zien we, en wat is onze rol?",
        "Write a short vision with staff, {client_voice} and relatives: which"
        " opportunities and risks do we see, and what is our role?",
    ),
    source=_GUIDANCE,
    weight=12,
    fires=within("media_guidance", vision=""),
    # A hospital does not guide its patients' media use in daily life.
    passes=chain(
        within("media_guidance", vision=""), within("organisation", sector=Sector.HOSPITAL)
    ),
)(empty("media_guidance.vision", when=_guides))


no_media_guidance_approach = rule(
    "GUID019",
    "no-media-guidance-approach",
    area=Area.GUIDELINES,
    level=Level.WARNING,
    title=("Geen aanpak voor mediabegeleiding", "No approach to media guidance"),
    message=(
        "Er staat niet hoe begeleiders cliënten helpen met hun mediagebruik.",
        "It does not say how carers help clients with their media use.",
    ),
    fix=(
        "Beschrijf de aanpak: wanneer bespreek je mediagebruik, welke hulp bied je, en wat"
        " doe je als het misgaat (oplichting, grooming, pesten).",
        "Describe the approach: when media use is discussed, what help is offered, and what"
        " to do when it goes wrong (scams, grooming, bullying).",
    ),
    source=_GUIDANCE,
    weight=10,
    fires=within("media_guidance", approach=""),
    passes=within("media_guidance", approach="We praten met cliënten over wat ze online doen."),
)(empty("media_guidance.approach", when=_guides))


media_use_not_in_care_plan = rule(
    "GUID020",
    "media-use-not-in-care-plan",
    area=Area.GUIDELINES,
    level=Level.ADVICE,
    title=("Mediagebruik niet in het zorgplan", "Media use not in the care plan"),
    message=(
        "Mediagebruik is geen onderdeel van het zorgplan: afspraken met de cliënt blijven"
        " los zand.",
        "Media use is not part of the care plan: agreements with the client stay loose.",
    ),
    fix=(
        "Neem mediagebruik op in het zorgplan (of ondersteuningsplan) en bespreek het in"
        " het MDO en de evaluatie met cliënt en verwanten.",
        "Make media use part of the care or support plan, and discuss it in case reviews"
        " with the client and relatives.",
    ),
    source=_LEUKERONLINE,
    weight=6,
    fires=within("media_guidance", in_care_plan=False),
    passes=within("media_guidance", in_risk_inventory=False),
)(empty("media_guidance.in_care_plan", when=_guides))


online_safety_not_in_risk_inventory = rule(
    "GUID021",
    "online-safety-not-in-risk-inventory",
    area=Area.GUIDELINES,
    level=Level.ADVICE,
    title=("Online veiligheid niet in de risico-inventarisatie", "Online safety not assessed"),
    message=(
        "De risico-inventarisatie vraagt niet hoe veilig de cliënt online is.",
        "The risk inventory does not ask how safe the client is online.",
    ),
    fix=(
        "Voeg aan de risico-inventarisatie de vraag toe: hoe veilig is deze cliënt online?"
        " (oplichting, grooming, sextortion, schulden).",
        "Add the question to the risk inventory: how safe is this client online? (scams,"
        " grooming, sextortion, debts).",
    ),
    source=_LEUKERONLINE,
    weight=6,
    fires=within("media_guidance", in_risk_inventory=False),
    passes=within("media_guidance", in_care_plan=False),
)(empty("media_guidance.in_risk_inventory", when=_guides))


media_guidance_without_owner = rule(
    "GUID022",
    "media-guidance-without-owner",
    area=Area.GUIDELINES,
    level=Level.ADVICE,
    title=("Mediabegeleiding zonder kartrekker", "Media guidance without a lead"),
    message=(
        "Niemand is verantwoordelijk voor mediabegeleiding: zonder kartrekker zakt het"
        " onderwerp weg.",
        "Nobody is responsible for media guidance: without a lead, the topic fades away.",
    ),
    fix=(
        "Wijs een kartrekker aan (bijvoorbeeld een gedragsdeskundige of aandachtsfunctionaris"
        " mediawijsheid), terwijl iedereen verantwoordelijk blijft.",
        "Appoint a lead (a behavioural specialist or media literacy champion, for"
        " instance), while everyone stays responsible.",
    ),
    source=_LEUKERONLINE + "; seed 000, check question 6",
    weight=5,
    fires=within("media_guidance", owner=""),
    passes=within("media_guidance", owner="Orthopedagoog"),
)(empty("media_guidance.owner", when=_guides))


@rule(
    "GUID023",
    "media-guidance-one-sided",
    area=Area.GUIDELINES,
    level=Level.ADVICE,
    title=("Mediabegeleiding eenzijdig", "Media guidance one-sided"),
    message=(
        "De mediabegeleiding noemt geen {missing}: begeleiden gaat over kansen én risico's.",
        "Media guidance names no {missing}: guidance is about opportunities and risks alike.",
    ),
    fix=(
        "Beschrijf welke online risico's en welke kansen (contact, zelfstandigheid, plezier)"
        " je voor je cliënten ziet.",
        "Describe which online risks and which opportunities (contact, independence, fun)"
        " you see for your clients.",
    ),
    source=_GUIDANCE + "; " + _LEUKERONLINE,
    weight=4,
    fires=within("media_guidance", opportunities=""),
    passes=within("media_guidance", opportunities="Contact met familie."),
)
def media_guidance_one_sided(ctx: Context) -> Iterator[Hit]:
    guidance = ctx.strategy.media_guidance
    if not _guides(ctx):
        return
    missing = [
        (field, text)
        for field, text, value in (
            ("risks", Text("risico's", "risks"), guidance.risks),
            ("opportunities", Text("kansen", "opportunities"), guidance.opportunities),
        )
        if not value.strip()
    ]
    if missing:
        words = fmt.listed([text for _, text in missing], either=("nl", "en"))
        yield Hit(f"media_guidance.{missing[0][0]}", {"missing": words})
