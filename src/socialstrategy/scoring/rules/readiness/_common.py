"""Helpers shared by the readiness rules."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

from socialstrategy.scoring.rule import Hit
from socialstrategy.vocab import Answer, CheckQuestion

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from socialstrategy.model import ReadinessAnswer, Strategy
    from socialstrategy.scoring.context import Context
    from socialstrategy.scoring.rule import Check


_QA = "Q&A on making media use discussable, check questions (seed 000)"
_QUESTIONS = tuple(CheckQuestion)
#: More open questions than this is more than half of the nine: not yet thought through.
_MOSTLY_OPEN = len(_QUESTIONS) // 2
#: An unanswered question or a "no" costs a ninth of the area; "partly" half of that.
_NINTH = 100 / len(_QUESTIONS)


def _about(question: CheckQuestion) -> dict[str, object]:
    """Message params naming *question* in both languages, with its Q&A number."""
    return {
        "n": _QUESTIONS.index(question) + 1,
        "q": question.text,
    }


def _open_questions(ctx: Context) -> list[Hit]:
    """Each question missing from the list (at ``readiness``) or answered "don't know"."""
    given: dict[CheckQuestion, tuple[int, ReadinessAnswer]] = {}
    for i, answer in enumerate(ctx.strategy.readiness):
        given.setdefault(answer.question, (i, answer))
    hits = []
    for question in _QUESTIONS:
        found = given.get(question)
        if found is None:
            hits.append(Hit("readiness", _about(question)))
        elif found[1].answer is Answer.UNKNOWN:
            hits.append(Hit(f"readiness[{found[0]}].answer", _about(question)))
    return hits


def _answered(ctx: Context, *answers: Answer) -> Iterator[tuple[int, ReadinessAnswer]]:
    for i, answer in enumerate(ctx.strategy.readiness):
        if answer.answer in answers:
            yield i, answer


def _each_answer(field: str, *answers: Answer, blank: bool = False) -> Check:
    """A check that names each question answered as one of *answers* at its *field*;
    with *blank*, only where that field is left empty."""

    def check(ctx: Context) -> Iterator[Hit]:
        for i, answer in _answered(ctx, *answers):
            if not blank or not getattr(answer, field).strip():
                yield Hit(f"readiness[{i}].{field}", _about(answer.question))

    return check


def _answer_first(n: int, answer: Answer, **changes: Any) -> Callable[[Strategy], Strategy]:
    """An example: the first *n* questions get *answer* (and *changes*)."""

    def change(s: Strategy) -> Strategy:
        readiness = tuple(
            attrs.evolve(r, answer=answer, **changes) if i < n else r
            for i, r in enumerate(s.readiness)
        )
        return attrs.evolve(s, readiness=readiness)

    return change
