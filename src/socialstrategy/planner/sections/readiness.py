"""The check questions' sections: one card per question (answer, explanation, evidence),
which cards start open, and the count of answers."""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING, Any

import attrs
import streamlit as st

from socialstrategy.model import ReadinessAnswer
from socialstrategy.planner import state, widgets
from socialstrategy.planner.components.form import Form
from socialstrategy.planner.markup import inert
from socialstrategy.planner.widgets import language, t
from socialstrategy.vocab import Answer

if TYPE_CHECKING:
    from collections.abc import Sequence

    from socialstrategy.model import Strategy
    from socialstrategy.vocab import CheckQuestion

PREVIEW = 100  # characters of the explanation shown under a closed question


def focused(strategy: Strategy) -> CheckQuestion | None:
    """The question a next-step link points at (``?focus=readiness[k]...``, k its place in
    the file, which may differ from its number when the file lacks some of the nine)."""
    found = re.match(r"readiness\[(\d+)\]", st.query_params.get("focus", ""))
    if found is None or int(found[1]) >= len(strategy.readiness):
        return None
    return strategy.readiness[int(found[1])].question


def open_at_start(sheet: Sequence[ReadinessAnswer], focused: CheckQuestion | None) -> list[bool]:
    """Which questions start with their explanation and evidence open.

    Open where something is left to explain (``ReadinessAnswer.to_explain``: a blank
    sheet starts as nine calm questions, not eighteen empty boxes). Decided once per
    visit and remembered: an expander whose ``expanded`` changes is a new widget, and
    would snap shut as soon as the first word typed is saved. Two changes are made on
    purpose: the question a next-step link points at is added (its expander, new, opens),
    also when the link is followed on this step; and a new answer that needs explaining
    opens its question (in :func:`card`, through the expander's state).
    """
    name = state.key("readiness.open_at_start", keep=state.Keep.PLACE)
    opened: list[bool] = st.session_state.get(name) or [answer.to_explain for answer in sheet]
    opened = [was or answer.question is focused for was, answer in zip(opened, sheet, strict=True)]
    st.session_state[name] = opened
    return opened


def _preview(answer: ReadinessAnswer) -> str:
    """A closed question's explanation in short, and whether evidence is recorded."""
    words = " ".join(answer.explanation.split())
    if len(words) > PREVIEW:
        words = words[:PREVIEW].rsplit(" ", 1)[0].rstrip(",;:.") + "…"
    else:
        words = words.rstrip(",;:.")  # no full stop just before the " · "
    return t(
        "readiness.preview",
        explanation=inert(words) if words else t("readiness.preview.no_explanation"),
        evidence=t(
            "readiness.preview.evidence" if answer.evidence else "readiness.preview.no_evidence"
        ),
    )


def _details(answer: ReadinessAnswer, p: str) -> tuple[str, str]:
    """The explanation and the evidence, as edited."""
    form = Form(answer, p, "readiness")
    explanation = form.text("explanation", area=True, placeholder=True)
    evidence = form.text("evidence", area=True, help=True, placeholder=True, words=True)
    return explanation, evidence


def card(n: int, answer: ReadinessAnswer, opened: bool) -> tuple[ReadinessAnswer, Any]:
    """One question's answer, explanation and evidence; the slot for its findings.

    The explanation and evidence sit in an expander drawn only when open: nine
    questions with two text areas each made every rerun of the step slow. A closed
    question keeps the explanation and evidence it has.
    """
    p = f"readiness[{n}]"
    slot = st.container(border=True)
    with slot:
        chosen = widgets.term(
            f"**{n + 1}. {answer.question.label(language())}**",
            list(Answer),
            answer.answer,
            f"{p}.answer",
            horizontal=True,
        )
        details_key = state.key(f"{p}.details", keep=state.Keep.PLACE)
        # The answer as this question last showed it: the radio's callback saves a new
        # answer before the run, so the plan already holds it and cannot tell it is new.
        seen_key = state.key(f"{p}.seen")
        seen = st.session_state.get(seen_key, answer.answer)
        st.session_state[seen_key] = chosen
        if chosen is not seen and attrs.evolve(answer, answer=chosen).to_explain:
            # A new answer that needs explaining opens its details, as a click would.
            st.session_state[details_key] = True
        details = st.expander(
            t("readiness.details"), expanded=opened, key=details_key, on_change="rerun"
        )
        explanation, evidence = answer.explanation, answer.evidence
        if details.open:
            with details:
                explanation, evidence = _details(answer, p)
        else:
            st.caption(_preview(answer))
        edited = widgets.build(
            lambda: ReadinessAnswer(
                question=answer.question,
                answer=chosen,
                explanation=explanation,
                evidence=evidence,
            ),
            answer,
        )
    return edited, slot  # findings at the foot of the card, drawn after the save


def summary(answers: Sequence[ReadinessAnswer]) -> None:
    """How many questions are answered, and how: ``5 × ja, 2 × deels``."""
    lang = language()
    counts = Counter(answer.answer for answer in answers)
    st.caption(
        t(
            "readiness.summary",
            answered=sum(counts[a] for a in Answer if a is not Answer.UNKNOWN),
            counts=", ".join(f"{counts[a]} × {a.label(lang).lower()}" for a in Answer if counts[a]),
        )
    )


__all__ = ["card", "focused", "open_at_start", "summary"]
