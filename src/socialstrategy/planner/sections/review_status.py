"""The review step's status section: where the plan is in its life (draft, in review,
adopted, due for review), sending it for review, recording the works council's advice
and the board's adoption, the adopted revision to download, and the comments per part.

Only editors change the status; what a reviewer or viewer sees is the same, disabled.
The rules of the life cycle are the model's (:mod:`socialstrategy.model.lifecycle`).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import streamlit as st

from socialstrategy import fmt
from socialstrategy.errors import StrategyIOError
from socialstrategy.model.lifecycle import adopted, advised, stage, with_status
from socialstrategy.planner import comments, roles, state
from socialstrategy.planner.components import comments as panel
from socialstrategy.planner.components import downloads
from socialstrategy.planner.sections.trend import past
from socialstrategy.planner.widgets import language, t, words
from socialstrategy.vocab import PlanStage, PlanStatus

if TYPE_CHECKING:
    from socialstrategy.model import Strategy

_ICONS = {
    PlanStage.DRAFT: ":material/edit_note:",
    PlanStage.IN_REVIEW: ":material/rate_review:",
    PlanStage.ADOPTED: ":material/verified:",
    PlanStage.DUE_FOR_REVIEW: ":material/event_busy:",
}


def _day(day: dt.date | None) -> str:
    return fmt.long_date(day, language()) if day is not None else "—"


def _set_status(status: PlanStatus) -> None:
    state.apply(lambda plan, _: with_status(plan, status))


def _advise(date_key: str, summary_key: str) -> None:
    day = st.session_state.get(date_key)
    summary = str(st.session_state.get(summary_key) or "")
    state.apply(lambda plan, _: advised(plan, day, summary))


def _adopt(date_key: str, decision_key: str) -> None:
    day = st.session_state.get(date_key)
    if not isinstance(day, dt.date):
        return
    decision = str(st.session_state.get(decision_key) or "")
    state.apply(lambda plan, revision: adopted(plan, day, decision, revision))


def status(strategy: Strategy) -> None:
    """The plan's status in words, and what an editor can do next."""
    lifecycle = strategy.lifecycle
    now = stage(strategy, state.shown_on())
    st.markdown(t("status.now", status=now.label(language())))
    revision, adoption = lifecycle.adopted_revision, lifecycle.adoption
    if now in (PlanStage.ADOPTED, PlanStage.DUE_FOR_REVIEW) and revision is not None:
        key = "status.adopted" if adoption.date else "status.adopted.undated"
        st.success(t(key, revision=revision, date=_day(adoption.date)), icon=_ICONS[now])
    if now is PlanStage.DUE_FOR_REVIEW:
        st.warning(t("status.due", date=_day(strategy.meta.next_review)), icon=_ICONS[now])
    if lifecycle.changed_since_adoption:
        st.info(
            t("status.on_top", revision=revision, date=_day(adoption.date)),
            icon=":material/layers:",
        )
    elif now is PlanStage.DRAFT:
        st.info(t("status.draft"), icon=_ICONS[now])
    if now is PlanStage.IN_REVIEW:
        st.info(t("status.in_review"), icon=_ICONS[now])
    read_only = roles.read_only()
    if read_only:
        st.caption(t("status.read_only"))
    if lifecycle.status is PlanStatus.DRAFT:
        st.button(
            t("status.send"),
            on_click=_set_status,
            args=(PlanStatus.IN_REVIEW,),
            disabled=read_only,
            icon=":material/send:",
            key=state.key("status.send"),
        )
    elif lifecycle.status is PlanStatus.IN_REVIEW:
        st.button(
            t("status.back"),
            on_click=_set_status,
            args=(PlanStatus.DRAFT,),
            disabled=read_only,
            icon=":material/undo:",
            key=state.key("status.back"),
        )
    left, right = st.columns(2)
    with left:
        _advice_form(strategy, read_only=read_only)
    with right:
        _adoption_form(strategy, read_only=read_only)
    if revision is not None:
        _adopted_downloads(revision)


def _advice_form(strategy: Strategy, *, read_only: bool) -> None:
    advice = strategy.lifecycle.advice
    named = words()
    with st.form(state.key("status.advice"), border=True):
        st.markdown(f"**{named['advice']}**", help=t("status.advice.help", **named))
        date_key, summary_key = state.key("status.advice.date"), state.key("status.advice.summary")
        st.date_input(
            t("status.advice.date"),
            value=advice.date,
            format="DD-MM-YYYY",
            key=date_key,
            disabled=read_only,
        )
        st.text_area(
            t("status.advice.summary"),
            value=advice.summary,
            key=summary_key,
            height=90,
            disabled=read_only,
        )
        st.form_submit_button(
            t("status.advice.save"),
            on_click=_advise,
            args=(date_key, summary_key),
            disabled=read_only,
            key=state.key("status.advice.save"),
        )


def _adoption_form(strategy: Strategy, *, read_only: bool) -> None:
    adoption = strategy.lifecycle.adoption
    named = words()
    adopted_now = strategy.lifecycle.status is PlanStatus.ADOPTED
    with st.form(state.key("status.adoption"), border=True):
        st.markdown(f"**{t('status.adoption', **named)}**", help=t("status.adoption.help", **named))
        date_key = state.key("status.adoption.date")
        decision_key = state.key("status.adoption.decision")
        st.date_input(
            t("status.adoption.date"),
            value=adoption.date if adopted_now and adoption.date else dt.date.today(),
            format="DD-MM-YYYY",
            key=date_key,
            disabled=read_only or adopted_now,
        )
        st.text_area(
            t("status.adoption.decision"),
            value=adoption.decision if adopted_now else "",
            placeholder=t("status.adoption.decision.placeholder"),
            key=decision_key,
            height=90,
            disabled=read_only or adopted_now,
        )
        st.form_submit_button(
            t("status.adoption.save"),
            on_click=_adopt,
            args=(date_key, decision_key),
            disabled=read_only or adopted_now,
            type="primary",
            key=state.key("status.adoption.save"),
        )


def _adopted_downloads(revision: int) -> None:
    """The adopted revision as it was adopted: its file and its board summary."""
    current = state.draft()
    if current is None:
        return
    try:
        kept = state.workspace().open_revision(current.id, revision).strategy
    except StrategyIOError:
        st.warning(t("status.gone", revision=revision), icon=":material/history:")
        return
    left, right = st.columns(2)
    downloads.plan_file(
        left,
        t("status.download.toml", revision=revision),
        kept,
        words=f"vastgesteld versie {revision}",
        icon=":material/verified:",
        key="status.download.toml",
    )
    downloads.document(
        right,
        t("status.download.board", revision=revision),
        kept,
        "board",
        "pdf",
        history=past().until(revision),
        icon=":material/description:",
        key="status.download.board",
    )


def all_comments(strategy: Strategy) -> None:
    """Every part with comments, each in its panel (to read and resolve in one place)."""
    found = comments.of_plan()
    if not found:
        st.caption(t("status.comments.none"))
        return
    lang = language()
    for part in dict.fromkeys(c.part for c in found):
        collection, _, _ = part.partition("/")
        name = comments.part_name(strategy, part, lang)
        if part == "guidelines":
            about = t("comments.guidelines")
        elif name is None:
            about = t("status.comments.gone")
        else:
            about = t("comments.goal" if collection == "goals" else "comments.scenario", name=name)
        panel.show(part, about=about)


__all__ = ["all_comments", "status"]
