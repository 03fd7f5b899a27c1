"""The nine check questions: answer, explanation and evidence, with the chart."""

from __future__ import annotations

from typing import TYPE_CHECKING

from socialstrategy import charts
from socialstrategy.export import outline
from socialstrategy.export.documents._base import pairs
from socialstrategy.vocab import CheckQuestion

if TYPE_CHECKING:
    from socialstrategy.export.documents._base import Sources
    from socialstrategy.model import ReadinessAnswer


def blocks(src: Sources) -> list[outline.Block]:
    lang = src.language
    answers: dict[CheckQuestion, ReadinessAnswer] = {}
    for answer in src.strategy.readiness:
        answers.setdefault(answer.question, answer)
    out: list[outline.Block] = [
        outline.Heading(src.t("report.readiness"), 1),
        outline.Paragraph(src.t("report.readiness.intro")),
        outline.Chart(
            charts.readiness_chart(src.strategy, lang), src.t("report.chart.readiness"), 16
        ),
    ]
    for number, question in enumerate(CheckQuestion, start=1):
        given = answers.get(question)
        out.append(outline.Heading(f"{number}. {question.label(lang)}", 2))
        if given is None:
            out.append(outline.Paragraph(src.t("report.readiness.unanswered"), "note"))
            continue
        out += pairs(
            (
                (src.t("report.readiness.answer"), given.answer.label(lang)),
                (src.t("report.readiness.explanation"), given.explanation),
                (src.t("report.readiness.evidence"), given.evidence),
            )
        )
    return out
