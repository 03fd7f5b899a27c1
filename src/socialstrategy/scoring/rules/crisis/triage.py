"""Crisis plan: triage, the questions asked before anything else."""

from __future__ import annotations

from typing import TYPE_CHECKING

from socialstrategy.scoring.areas import Area, Level
from socialstrategy.scoring.rule import Hit, rule
from socialstrategy.scoring.rules._checks import empty
from socialstrategy.scoring.rules._edit import each_in, keep_first, within, without
from socialstrategy.scoring.rules.crisis._common import (
    _PLAN,
    _TRIAGE_REQUIRED,
    _started,
    _term,
    _triage,
)
from socialstrategy.vocab import TriageCriterion

if TYPE_CHECKING:
    from collections.abc import Iterator

    from socialstrategy.scoring.context import Context


# --- triage ---------------------------------------------------------------------------


no_triage = rule(
    "CRIS101",
    "no-triage",
    area=Area.CRISIS,
    level=Level.WARNING,
    title=("Geen triage", "No triage"),
    message=(
        "Het plan zegt niet hoe de dienstdoende inschat hoe ernstig een bericht is: zo"
        " hangt het niveau af van wie er toevallig dienst heeft.",
        "The plan does not say how the person on duty judges how serious a message is:"
        " the level then depends on whoever happens to be on duty.",
    ),
    fix=(
        "Zet de vragen op een rij die bepalen hoe zwaar een bericht is, met het niveau"
        " dat bij 'ja' hoort: is een cliënt in gevaar, is privacy geschonden, verspreidt"
        " het zich snel, belt de pers, zijn er juridische gevolgen?",
        "List the questions that decide how serious a message is, each with the level a"
        " 'yes' raises it to: is a client in danger, is privacy broken, is it spreading"
        " fast, has the press called, are there legal consequences?",
    ),
    source=f"{_PLAN.format(3)}",
    weight=8,
    fires=within("crisis", triage=()),
    passes=keep_first("crisis", "triage"),
)(empty("crisis.triage", when=_started))


@rule(
    "CRIS102",
    "triage-criterion-missing",
    area=Area.CRISIS,
    level=Level.WARNING,
    title=(
        "Triage vraagt niet naar veiligheid of privacy",
        "Triage does not ask about safety or privacy",
    ),
    message=(
        "De triage vraagt niet naar '{criterion}': in de zorg weegt dat het zwaarst.",
        "Triage does not ask about '{criterion}': in care, that weighs heaviest.",
    ),
    fix=(
        "Voeg de vraag toe, met het niveau dat een 'ja' oplevert (bij gevaar voor een"
        " cliënt meestal calamiteit).",
        "Add the question, with the level a 'yes' raises a message to (danger to a client"
        " is usually a calamity).",
    ),
    source=f"{_PLAN.format(3)} (in care also client safety, privacy breach)",
    weight=4,
    mode="each",
    fires=without("crisis", "triage", criterion=TriageCriterion.PRIVACY_BREACH),
    passes=without("crisis", "triage", criterion=TriageCriterion.MEDIA_PICKUP),
)
def triage_criterion_missing(ctx: Context) -> Iterator[Hit]:
    triage = ctx.strategy.crisis.triage
    if not triage:  # CRIS101 says there is none
        return
    present = {t.criterion for t in triage}
    for criterion in _TRIAGE_REQUIRED:
        if criterion not in present:
            yield Hit("crisis.triage", _term("criterion", criterion))


@rule(
    "CRIS103",
    "triage-question-empty",
    area=Area.CRISIS,
    level=Level.ADVICE,
    title=("Triage zonder vraag", "Triage without a question"),
    message=(
        "Bij '{criterion}' staat nog niet welke vraag de dienstdoende stelt.",
        "'{criterion}' does not say yet which question the person on duty asks.",
    ),
    fix=(
        "Schrijf de vraag in gewone woorden, zo dat hij met ja of nee te beantwoorden is.",
        "Write the question in plain words, so that it can be answered yes or no.",
    ),
    source=_PLAN.format(3),
    weight=4,
    mode="share",
    population=_triage,
    fires=each_in("crisis", "triage", 0, question=""),
    passes=each_in("crisis", "triage", 0, question="Gaat het over een cliënt?"),
)
def triage_question_empty(ctx: Context) -> Iterator[Hit]:
    for i, item in enumerate(ctx.strategy.crisis.triage):
        if not item.question.strip():
            yield Hit(
                f"crisis.triage[{i}].question",
                {
                    "criterion": item.criterion.text,
                },
            )
