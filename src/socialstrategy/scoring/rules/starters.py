"""Model texts taken over without a look ("overgenomen zonder aanpassing").

A new plan for a sector starts with the sector's starter texts (the guideline, consent,
media guidance, the crisis plan), each marked as a model text until a person edits or
accepts it (:mod:`socialstrategy.model.starters`). A plan full of untouched model texts
looks finished but is nobody's own: one finding per part that still holds them, so the
score rewards adapting the texts, not merely having them.

Sources: the issue that brought starter texts (a manager should adapt a model text with
the organisation, as a consultant would); DOMAIN.md guidelines #15 (a guideline is
adopted after the works council's advice, which needs a text the organisation stands
behind) and crisis plan #12 (a plan that is not the organisation's own is not rehearsed).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

import attrs

from socialstrategy.i18n import Text
from socialstrategy.model.starters import unreviewed_parts
from socialstrategy.scoring.areas import Area, Level
from socialstrategy.scoring.rule import Hit, rule
from socialstrategy.scoring.rules._edit import within

if TYPE_CHECKING:
    from collections.abc import Iterator

    from socialstrategy.model import Strategy
    from socialstrategy.scoring.context import Context

_SOURCE = (
    "Starter texts (issue 14): adapt, do not adopt unread; DOMAIN.md guidelines #15 and"
    " crisis plan #12"
)

#: How a message names a part, by its path.
_PARTS: Final[dict[str, Text]] = {
    "guidelines.rules": Text("De regels van de richtlijn", "The guideline's rules"),
    "guidelines.consent": Text(
        "Het beleid voor toestemming voor beeld", "The policy on consent for images"
    ),
    "media_guidance": Text("De mediabegeleiding", "Media guidance"),
    "crisis.owner": Text("De eigenaar van het crisisplan", "The crisis plan's owner"),
    "crisis.monitoring": Text("De monitoring", "Monitoring"),
    "crisis.account_access": Text("De toegang tot de accounts", "Access to the accounts"),
    "crisis.first_hour": Text("De checklist voor het eerste uur", "The first-hour checklist"),
    "crisis.prevention": Text("De preventie", "Prevention"),
    "crisis.evaluation": Text("De evaluatie", "Evaluation"),
    "crisis.tiers": Text("De niveaus van het crisisplan", "The crisis plan's levels"),
    "crisis.escalation": Text("De escalatieketen", "The escalation chain"),
    "crisis.scenarios": Text("De scenario's", "The scenarios"),
    "crisis.legal_clocks": Text("De wettelijke termijnen", "The legal deadlines"),
    "crisis.triage": Text("De triage", "Triage"),
    "crisis.responses": Text("De beslisboom voor reacties", "The response decision tree"),
    "crisis.stakeholders": Text("Wie informeert wie", "Who informs whom"),
    "crisis.principles": Text("De boodschapprincipes", "The message principles"),
}
_CRISIS_PART = Text("Een deel van het crisisplan", "A part of the crisis plan")
_GUIDELINE_PART = Text("Een deel van de richtlijn", "A part of the guideline")


def _hits(ctx: Context, *prefixes: str) -> Iterator[Hit]:
    for part, count in unreviewed_parts(ctx.strategy).items():
        if not part.startswith(prefixes):
            continue
        fallback = _CRISIS_PART if part.startswith("crisis") else _GUIDELINE_PART
        name = _PARTS.get(part, fallback)
        yield Hit(
            part,
            {
                "part": name,
                "n": count,
                "texts": Text(
                    "een modeltekst" if count == 1 else f"{count} modelteksten",
                    "a model text" if count == 1 else f"{count} model texts",
                ),
            },
        )


def _mark_first_rule(s: Strategy) -> Strategy:
    rules = s.guidelines.rules
    marked = (attrs.evolve(rules[0], model_text=True), *rules[1:])
    return within("guidelines", rules=marked)(s)


def _mark_first_scenario(s: Strategy) -> Strategy:
    scenarios = s.crisis.scenarios
    marked = (attrs.evolve(scenarios[0], model_text=True), *scenarios[1:])
    return within("crisis", scenarios=marked)(s)


@rule(
    "MODEL001",
    "guideline-model-text-unreviewed",
    area=Area.GUIDELINES,
    level=Level.WARNING,
    # Titles differ per rule: the review page lists both, and one title twice reads as
    # one finding shown twice.
    title=(
        "Richtlijn overgenomen zonder aanpassing",
        "Guideline taken over without a look",
    ),
    message=(
        "{part}: nog {texts} voor de sector die niemand heeft aangepast of bewust overgenomen.",
        "{part}: still {texts} for the sector that nobody has adapted or deliberately adopted.",
    ),
    fix=(
        "Lees de tekst met wie ermee moet werken, pas aan wat bij jullie anders gaat (namen,"
        " systemen, afspraken) en neem de rest bewust over met 'Overnemen zoals het er staat'.",
        "Read the text with the people who will work with it, change what is different for"
        " you (names, systems, agreements) and adopt the rest deliberately with 'Adopt as it"
        " stands'.",
    ),
    source=_SOURCE,
    weight=20,
    mode="each",
    fires=_mark_first_rule,
    passes=_mark_first_scenario,
)
def guideline_model_text_unreviewed(ctx: Context) -> Iterator[Hit]:
    yield from _hits(ctx, "guidelines", "media_guidance")


@rule(
    "MODEL002",
    "crisis-model-text-unreviewed",
    area=Area.CRISIS,
    level=Level.WARNING,
    title=(
        "Crisisplan overgenomen zonder aanpassing",
        "Crisis plan taken over without a look",
    ),
    message=(
        "{part}: nog {texts} voor de sector die niemand heeft aangepast of bewust overgenomen.",
        "{part}: still {texts} for the sector that nobody has adapted or deliberately adopted.",
    ),
    fix=(
        "Loop de tekst na met wie hem in een incident gebruikt: vul namen en"
        " bereikbaarheid in, pas aan wat bij jullie anders gaat en neem de rest bewust over"
        " met 'Overnemen zoals het er staat'.",
        "Go through the text with the people who will use it in an incident: fill in names"
        " and how to reach them, change what is different for you and adopt the rest"
        " deliberately with 'Adopt as it stands'.",
    ),
    source=_SOURCE,
    weight=8,
    mode="each",
    fires=_mark_first_scenario,
    passes=_mark_first_rule,
)
def crisis_model_text_unreviewed(ctx: Context) -> Iterator[Hit]:
    yield from _hits(ctx, "crisis")
