"""Check questions: the nine questions of the Q&A, answered, explained and backed up."""

from __future__ import annotations

from collections import Counter
from typing import Any

import streamlit as st

from socialstrategy.model import ReadinessAnswer
from socialstrategy.model.edit import readiness_sheet, set_readiness
from socialstrategy.planner import state, widgets
from socialstrategy.planner.steps import BY_KEY
from socialstrategy.planner.widgets import language, t
from socialstrategy.vocab import Answer

step = BY_KEY["readiness"]
lang = language()


def show_example() -> None:
    sample = widgets.example("ziekenhuis-amstelzicht.toml")
    answer = sample.readiness[0]
    st.markdown(
        t(
            "readiness.example",
            n=1,
            question=answer.question.label(lang),
            answer=answer.answer.label(lang),
            explanation=answer.explanation,
            evidence=answer.evidence,
        )
    )


def _answer(n: int, answer: ReadinessAnswer) -> tuple[ReadinessAnswer, Any]:
    """One question's answer, explanation and evidence; the slot for its findings."""
    p = f"readiness[{n}]"
    with st.container(border=True):
        left, right = st.columns([2, 3], gap="medium")
        with left:
            chosen = widgets.term(
                f"**{n + 1}. {answer.question.label(lang)}**",
                list(Answer),
                answer.answer,
                f"{p}.answer",
                horizontal=True,
            )
            slot = st.container()
        with right:
            explanation = widgets.text(
                t("readiness.explanation"),
                answer.explanation,
                f"{p}.explanation",
                area=True,
                placeholder=t("readiness.explanation.placeholder"),
            )
            evidence = widgets.text(
                t("readiness.evidence"),
                answer.evidence,
                f"{p}.evidence",
                area=True,
                help=t("readiness.evidence.help"),
                placeholder=t("readiness.evidence.placeholder"),
            )
        edited = widgets.build(
            lambda: ReadinessAnswer(
                question=answer.question,
                answer=chosen,
                explanation=explanation,
                evidence=evidence,
            ),
            answer,
        )
    return edited, slot


widgets.header(step, show_example)
strategy = widgets.require_strategy()

summary = st.container()  # filled once the change is saved
rows = [_answer(n, answer) for n, answer in enumerate(readiness_sheet(strategy))]
changed = set_readiness(strategy, (answer for answer, _ in rows))
state.update(changed)

# Findings come after saving, so they describe what is now on disk; a question's place
# in the file may differ from its number when the file lacked some of the nine. A
# question still at "don't know" only has "not answered yet" to say, which its radio
# already shows: that one is listed once, at the end, not nine times over.
where = {answer.question: i for i, answer in enumerate(changed.readiness)}
for answer, slot in rows:
    if answer.question in where and answer.answer is not Answer.UNKNOWN:
        with slot:
            widgets.findings(step, f"readiness[{where[answer.question]}]")
with summary:
    counts = Counter(answer.answer for answer, _ in rows)
    st.caption(
        t(
            "readiness.summary",
            answered=sum(counts[a] for a in Answer if a is not Answer.UNKNOWN),
            counts=", ".join(f"{counts[a]} × {a.label(lang).lower()}" for a in Answer if counts[a]),
        )
    )
    widgets.findings(step, "readiness", exact=True)
widgets.findings(step)
widgets.step_links(step)
