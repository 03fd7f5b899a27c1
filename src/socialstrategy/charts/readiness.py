"""The nine check questions and their answers, as a dot per question on the answer scale."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

import altair as alt

from socialstrategy.charts._spec import shorten, title, to_spec
from socialstrategy.charts._texts import CHART
from socialstrategy.charts._theme import AMBER, BAD, EMPTY, GOOD, UNKNOWN
from socialstrategy.vocab import Answer, CheckQuestion

if TYPE_CHECKING:
    from socialstrategy.i18n import Language
    from socialstrategy.model import ReadinessAnswer, Strategy

#: Green for yes, amber for partly, red for no, grey for don't know, in the vocabulary's order.
ANSWER_COLOURS: Final = {
    Answer.YES: GOOD,
    Answer.PARTLY: AMBER,
    Answer.NO: BAD,
    Answer.UNKNOWN: UNKNOWN,
}


def short_label(question: CheckQuestion, language: Language) -> str:
    """The few words that stand for *question* in a chart, e.g. "Online gedrag cliënten"."""
    return CHART(f"readiness.q.{question.code}", language)


def readiness_chart(strategy: Strategy, language: Language) -> dict[str, Any]:
    """Each check question (vocabulary order) with its answer; unanswered is "don't know"."""
    answers: dict[CheckQuestion, ReadinessAnswer] = {}
    for answered in strategy.readiness:
        answers.setdefault(answered.question, answered)  # a duplicate is an integrity error
    rows: list[dict[str, Any]] = []
    for order, question in enumerate(CheckQuestion):
        given = answers.get(question)
        answer = given.answer if given else Answer.UNKNOWN
        rows.append(
            {
                "order": order,
                "code": question.code,
                "question": short_label(question, language),
                "full": question.label(language),
                "answer_code": answer.code,
                "answer": answer.label(language),
                "explanation": shorten(given.explanation, 160) if given else "",
            }
        )
    scale_labels = [answer.label(language) for answer in ANSWER_COLOURS]
    questions: list[str] = [row["question"] for row in rows]
    cells = [{"question": q, "answer": a} for q in questions for a in scale_labels]
    x = alt.X(
        "answer:N",
        scale=alt.Scale(domain=scale_labels),
        axis=alt.Axis(
            orient="top", title=None, labelAngle=0, labelLimit=0, domain=False, ticks=False
        ),
    )
    y = alt.Y(
        "question:N",
        sort=questions,
        axis=alt.Axis(title=None, domain=False, ticks=False, labelLimit=0, labelPadding=8),
    )
    background = (
        alt.Chart(alt.InlineData(values=cells))
        .mark_rect(color=EMPTY, stroke="#ffffff", strokeWidth=2)
        .encode(x=x, y=y)
    )
    dots = (
        alt.Chart(alt.InlineData(values=rows))
        .mark_circle(size=240, opacity=1)
        .encode(
            x=x,
            y=y,
            color=alt.Color(
                "answer:N",
                scale=alt.Scale(domain=scale_labels, range=list(ANSWER_COLOURS.values())),
                legend=None,
            ),
            tooltip=[
                alt.Tooltip("full:N", title=CHART("readiness.question", language)),
                alt.Tooltip("answer:N", title=CHART("readiness.answer", language)),
                alt.Tooltip("explanation:N", title=CHART("readiness.explanation", language)),
            ],
        )
    )
    tally = " · ".join(
        f"{answer.label(language)}: {sum(row['answer_code'] == answer.code for row in rows)}"
        for answer in ANSWER_COLOURS
    )
    chart = alt.layer(
        background, dots, title=title(CHART("readiness.title", language), tally)
    ).properties(width=alt.Step(76), height=alt.Step(28))
    return to_spec(chart, language)
