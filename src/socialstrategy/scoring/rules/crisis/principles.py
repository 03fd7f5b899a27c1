"""Crisis plan: the message principles (CERC; the forensic-care guideline)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from socialstrategy.scoring.areas import Area, Level
from socialstrategy.scoring.rule import Hit, rule
from socialstrategy.scoring.rules._checks import empty
from socialstrategy.scoring.rules._edit import each_in, keep_first, within, without
from socialstrategy.scoring.rules.crisis._common import (
    _CERC,
    _FORENSIC,
    _PLAN,
    _PRINCIPLES_REQUIRED,
    _principles,
    _started,
    _term,
)
from socialstrategy.vocab import MessagePrinciple

if TYPE_CHECKING:
    from collections.abc import Iterator

    from socialstrategy.scoring.context import Context


# --- message principles ---------------------------------------------------------------


no_message_principles = rule(
    "CRIS112",
    "no-message-principles",
    area=Area.CRISIS,
    level=Level.ADVICE,
    title=("Geen uitgangspunten voor de boodschap", "No message principles"),
    message=(
        "Het plan zegt niet hoe jullie spreken in een incident: snel, juist, met medeleven,"
        " en alleen over je eigen domein.",
        "The plan does not say how you speak in an incident: fast, right, with empathy,"
        " and only about your own domain.",
    ),
    fix=(
        "Kies de uitgangspunten (bijvoorbeeld de zes van CERC: wees snel, wees juist, wees"
        " geloofwaardig, toon medeleven, zeg wat mensen kunnen doen, toon respect; en"
        " spreek alleen over je eigen domein) en schrijf bij elk wat het voor jullie betekent.",
        "Choose the principles (e.g. CERC's six: be first, be right, be credible, express"
        " empathy, promote action, show respect; and speak only about your own domain)"
        " and write down what each means for you.",
    ),
    source=f"{_PLAN.format(10)}; {_CERC}",
    weight=5,
    fires=within("crisis", principles=()),
    passes=keep_first("crisis", "principles"),
)(empty("crisis.principles", when=_started))


@rule(
    "CRIS113",
    "message-principle-missing",
    area=Area.CRISIS,
    level=Level.ADVICE,
    title=("Uitgangspunt ontbreekt", "Message principle missing"),
    message=(
        "Bij de uitgangspunten ontbreekt '{principle}'.",
        "The message principles lack '{principle}'.",
    ),
    fix=(
        "Voeg het toe en schrijf erbij wat het voor jullie betekent: medeleven eerst, en"
        " niets zeggen namens politie, gemeente of een andere zorgaanbieder.",
        "Add it with what it means for you: empathy first, and nothing said on behalf of"
        " the police, the municipality or another care provider.",
    ),
    source=f"{_PLAN.format(10)}; {_CERC}; {_FORENSIC}",
    weight=2,
    mode="each",
    fires=without("crisis", "principles", principle=MessagePrinciple.OWN_DOMAIN),
    passes=without("crisis", "principles", principle=MessagePrinciple.BE_RIGHT),
)
def message_principle_missing(ctx: Context) -> Iterator[Hit]:
    principles = ctx.strategy.crisis.principles
    if not principles:  # CRIS112 says there are none
        return
    present = {p.principle for p in principles}
    for principle in _PRINCIPLES_REQUIRED:
        if principle not in present:
            yield Hit("crisis.principles", _term("principle", principle))


@rule(
    "CRIS114",
    "principle-without-meaning",
    area=Area.CRISIS,
    level=Level.ADVICE,
    title=("Uitgangspunt zonder uitleg", "Principle without its meaning"),
    message=(
        "Bij '{principle}' staat niet wat het voor jullie berichten betekent.",
        "'{principle}' does not say what it means for your messages.",
    ),
    fix=(
        "Schrijf in een zin wat het uitgangspunt in de praktijk betekent, bijvoorbeeld:"
        " 'we beginnen bij de mensen om wie het gaat'.",
        "Write in one sentence what the principle means in practice, e.g. 'we start with"
        " the people it is about'.",
    ),
    source=f"{_PLAN.format(10)}; {_CERC}",
    weight=3,
    mode="share",
    population=_principles,
    fires=each_in("crisis", "principles", 0, meaning=""),
    passes=each_in("crisis", "principles", 0, meaning="Eerst de cliënt, dan de buitenwereld."),
)
def principle_without_meaning(ctx: Context) -> Iterator[Hit]:
    for i, item in enumerate(ctx.strategy.crisis.principles):
        if not item.meaning.strip():
            yield Hit(
                f"crisis.principles[{i}].meaning",
                {
                    "principle": item.principle.text,
                },
            )
