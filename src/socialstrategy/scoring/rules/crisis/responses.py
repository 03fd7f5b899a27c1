"""Crisis plan: the response decision tree (monitor, correct, restore, escalate)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from socialstrategy.scoring.areas import Area, Level
from socialstrategy.scoring.rule import Hit, rule
from socialstrategy.scoring.rules._checks import empty
from socialstrategy.scoring.rules._edit import each_in, keep_first, within, without
from socialstrategy.scoring.rules.crisis._common import _PLAN, _responses, _started
from socialstrategy.vocab import ResponseKind

if TYPE_CHECKING:
    from collections.abc import Iterator

    from socialstrategy.scoring.context import Context


# --- the response decision tree -------------------------------------------------------


no_decision_tree = rule(
    "CRIS104",
    "no-decision-tree",
    area=Area.CRISIS,
    level=Level.WARNING,
    title=("Geen beslisboom voor reageren", "No response decision tree"),
    message=(
        "Het plan zegt niet wanneer je een bericht alleen volgt, de feiten rechtzet,"
        " contact zoekt om te herstellen of opschaalt, en wie dat beslist.",
        "The plan does not say when a message is only monitored, when the facts are"
        " corrected, when contact is sought to restore, or when it is escalated, nor who"
        " decides.",
    ),
    fix=(
        "Beschrijf de vier antwoorden (volgen, rechtzetten, herstellen, opschalen): wanneer"
        " elk van toepassing is, wie beslist en wat er dan gebeurt.",
        "Describe the four answers (monitor, correct, restore, escalate): when each"
        " applies, who decides and what is done.",
    ),
    source=f"{_PLAN.format(4)} (webcare response decision trees)",
    weight=8,
    fires=within("crisis", responses=()),
    passes=keep_first("crisis", "responses"),
)(empty("crisis.responses", when=_started))


@rule(
    "CRIS105",
    "decision-tree-without-escalate",
    area=Area.CRISIS,
    level=Level.WARNING,
    title=("Beslisboom zonder opschalen", "Decision tree without escalation"),
    message=(
        "De beslisboom kent geen 'opschalen': er staat niet wanneer een bericht naar de"
        " escalatieketen gaat.",
        "The decision tree has no 'escalate': it does not say when a message goes to the"
        " escalation chain.",
    ),
    fix=(
        "Voeg de tak 'opschalen' toe: wanneer (gevaar voor een cliënt, een datalek, de"
        " pers belt) en wie dan beslist.",
        "Add the 'escalate' branch: when (danger to a client, a data leak, the press"
        " calls) and who decides then.",
    ),
    source=_PLAN.format("4, 5"),
    weight=5,
    fires=without("crisis", "responses", kind=ResponseKind.ESCALATE),
    passes=without("crisis", "responses", kind=ResponseKind.MONITOR),
)
def decision_tree_without_escalate(ctx: Context) -> Iterator[Hit]:
    responses = ctx.strategy.crisis.responses
    if responses and not any(r.kind is ResponseKind.ESCALATE for r in responses):
        yield Hit("crisis.responses")


@rule(
    "CRIS106",
    "response-without-decider",
    area=Area.CRISIS,
    level=Level.WARNING,
    title=("Antwoord zonder beslisser", "Answer without a decider"),
    message=(
        "Bij '{kind}' staat niet wie beslist: onder druk wacht dan iedereen op een ander.",
        "'{kind}' does not say who decides: under pressure, everyone then waits for someone else.",
    ),
    fix=(
        "Kies per antwoord de rol die beslist (rollen leg je vast bij Organisatie).",
        "Choose the role that decides on each answer (roles are set under Organisation).",
    ),
    source=_PLAN.format(4),
    weight=5,
    mode="share",
    population=_responses,
    fires=each_in("crisis", "responses", 0, decides=""),
    passes=each_in("crisis", "responses", 0, decides="communicatie"),
)
def response_without_decider(ctx: Context) -> Iterator[Hit]:
    for i, response in enumerate(ctx.strategy.crisis.responses):
        if not response.decides:
            yield Hit(
                f"crisis.responses[{i}].decides",
                {"kind": response.kind.text},
            )
