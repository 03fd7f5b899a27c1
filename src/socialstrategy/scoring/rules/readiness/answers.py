"""Readiness: the check questions answered, and how."""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from socialstrategy.scoring.areas import Area, Level
from socialstrategy.scoring.rule import Hit, rule
from socialstrategy.scoring.rules._edit import each, first
from socialstrategy.scoring.rules.readiness._common import (
    _MOSTLY_OPEN,
    _NINTH,
    _QA,
    _answer_first,
    _each_answer,
    _open_questions,
)
from socialstrategy.vocab import Answer

if TYPE_CHECKING:
    from collections.abc import Iterator

    from socialstrategy.scoring.context import Context


@rule(
    "READ001",
    "most-questions-open",
    area=Area.READINESS,
    level=Level.ERROR,
    title=("Checkvragen grotendeels onbeantwoord", "Most check questions unanswered"),
    message=(
        "Checkvraag {n} is nog niet beantwoord: '{q}' Van de negen checkvragen staan"
        " er {open} open; eerst denken, dan doen.",
        "Check question {n} is not answered yet: '{q}' Of the nine check questions,"
        " {open} are open; think first, then act.",
    ),
    fix=(
        "Beantwoord de checkvragen met ja, deels of nee, en licht elk antwoord toe: zo"
        " weet je waar de organisatie staat voordat je doelen kiest.",
        "Answer the check questions with yes, partly or no, and explain each answer: then"
        " you know where the organisation stands before choosing goals.",
    ),
    source=_QA,
    weight=_NINTH,
    mode="each",
    fires=each("readiness", answer=Answer.UNKNOWN),
    passes=_answer_first(_MOSTLY_OPEN, Answer.UNKNOWN),
)
def most_questions_open(ctx: Context) -> Iterator[Hit]:
    hits = _open_questions(ctx)
    if len(hits) > _MOSTLY_OPEN:
        for hit in hits:
            yield Hit(hit.path, {**hit.params, "open": len(hits)})


@rule(
    "READ002",
    "question-open",
    area=Area.READINESS,
    level=Level.WARNING,
    title=("Checkvraag onbeantwoord", "Check question unanswered"),
    message=(
        "Checkvraag {n} is nog niet beantwoord: '{q}'",
        "Check question {n} is not answered yet: '{q}'",
    ),
    fix=(
        "Beantwoord de vraag met ja, deels of nee en licht het antwoord toe; 'weet niet'"
        " is een reden om het uit te zoeken.",
        "Answer the question with yes, partly or no and explain the answer; 'don't know'"
        " is a reason to find out.",
    ),
    source=_QA,
    weight=_NINTH,
    mode="each",
    fires=lambda s: attrs.evolve(s, readiness=s.readiness[1:]),
    passes=_answer_first(1, Answer.NO),
)
def question_open(ctx: Context) -> Iterator[Hit]:
    hits = _open_questions(ctx)
    if len(hits) <= _MOSTLY_OPEN:
        yield from hits


answered_no = rule(
    "READ003",
    "answered-no",
    area=Area.READINESS,
    level=Level.WARNING,
    title=("Checkvraag met nee beantwoord", "Check question answered no"),
    message=(
        "Op checkvraag {n} is het antwoord nee: '{q}' Hier ligt werk.",
        "The answer to check question {n} is no: '{q}' There is work to do here.",
    ),
    fix=(
        "Maak van het nee een doel of actie in de strategie, met een eigenaar en een"
        " datum, en beantwoord de vraag opnieuw als het geregeld is.",
        "Turn the no into a goal or action in the strategy, with an owner and a date,"
        " and answer the question again once it is in place.",
    ),
    source=_QA,
    weight=_NINTH,
    mode="each",
    fires=_answer_first(1, Answer.NO),
    passes=_answer_first(1, Answer.PARTLY),
)(_each_answer("answer", Answer.NO))


answered_partly = rule(
    "READ004",
    "answered-partly",
    area=Area.READINESS,
    level=Level.ADVICE,
    title=("Checkvraag deels op orde", "Check question partly in place"),
    message=(
        "Checkvraag {n} is deels op orde: '{q}'",
        "Check question {n} is partly in place: '{q}'",
    ),
    fix=(
        "Schrijf in de toelichting wat nog ontbreekt en neem dat op in het actieplan.",
        "Write in the explanation what is still missing and put it in the action plan.",
    ),
    source=_QA,
    weight=_NINTH / 2,
    mode="each",
    fires=_answer_first(1, Answer.PARTLY),
    passes=_answer_first(1, Answer.NO),
)(_each_answer("answer", Answer.PARTLY))


yes_without_evidence = rule(
    "READ005",
    "yes-without-evidence",
    area=Area.READINESS,
    level=Level.WARNING,
    title=("Ja zonder bewijs", "Yes without evidence"),
    message=(
        "Checkvraag {n} is met ja beantwoord, maar zonder bewijs: '{q}' Een ja zonder"
        " bewijs telt als deels.",
        "Check question {n} is answered yes, but without evidence: '{q}' A yes"
        " without evidence counts as partly.",
    ),
    fix=(
        "Noem wie, wat en waar: het besluit, het document, het overleg of de cijfers"
        " die het ja laten zien.",
        "Name who, what and where: the decision, document, meeting or figures that show the yes.",
    ),
    source=_QA,
    weight=_NINTH / 2,
    mode="each",
    fires=first("readiness", evidence=""),
    # An honest "partly" needs no proof of a yes (READ004 covers it).
    passes=_answer_first(1, Answer.PARTLY, evidence=""),
)(_each_answer("evidence", Answer.YES, blank=True))


answer_unexplained = rule(
    "READ006",
    "answer-unexplained",
    area=Area.READINESS,
    level=Level.ADVICE,
    title=("Antwoord zonder toelichting", "Answer without explanation"),
    message=(
        "Het antwoord op checkvraag {n} heeft geen toelichting: '{q}'",
        "The answer to check question {n} has no explanation: '{q}'",
    ),
    fix=(
        "Leg in een paar zinnen uit waarom dit het antwoord is, zodat {adopter} en"
        " {client_voice} het kunnen volgen.",
        "Explain in a few sentences why this is the answer, so {adopter} and"
        " {client_voice} can follow it.",
    ),
    source=_QA,
    weight=2,
    mode="each",
    fires=first("readiness", explanation=""),
    # "Don't know" has nothing to explain yet; READ001/READ002 ask for the answer.
    passes=_answer_first(1, Answer.UNKNOWN, explanation=""),
)(_each_answer("explanation", Answer.YES, Answer.PARTLY, Answer.NO, blank=True))
