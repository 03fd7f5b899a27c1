"""The action plan's sections: the thinking still to finish, one action's fields, and all
actions at a glance."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pandas as pd
import streamlit as st

from socialstrategy import fmt
from socialstrategy.model import Channel, Goal
from socialstrategy.model.names import names_by_id
from socialstrategy.planner import state, widgets
from socialstrategy.planner.components import edited
from socialstrategy.planner.components.form import Form
from socialstrategy.planner.markup import inert
from socialstrategy.planner.steps import step_of
from socialstrategy.planner.widgets import language, t
from socialstrategy.scoring import unfinished_thinking
from socialstrategy.vocab import ActionStatus, PlanPart

if TYPE_CHECKING:
    from socialstrategy.model import Action, Strategy
    from socialstrategy.planner.widgets import FindingSlots


def thinking(strategy: Strategy) -> None:
    """Thinking comes first: say what is unfinished, and where to finish it."""
    gaps = unfinished_thinking(strategy)
    if not gaps:
        st.success(t("actions.thinking_done"), icon=":material/check_circle:")
        return
    lang = language()
    draft = state.draft()
    with st.container(border=True):
        st.warning(t("actions.unfinished"), icon=":material/psychology:")
        for gap in gaps:
            target = step_of(gap.path)
            text = gap.text.get(lang)
            st.page_link(
                str(widgets.page_path(target)),
                label=t(
                    "actions.gap",
                    gap=inert(fmt.capital(text)),
                    step=target.title.get(lang),
                ),
                icon=":material/arrow_forward:",
                query_params={"focus": gap.path, state.QUERY_DRAFT: draft.id if draft else ""},
            )


def action(strategy: Strategy, slots: FindingSlots, old: Action, path: str) -> Action:
    """One action's fields (for the list editor): what, who, when, and why."""
    form = Form(old, path, "actions")
    title = form.text("title")
    description = form.text("description", area=True, help=True)
    owner_col, status_col, start_col, due_col = st.columns(4)
    with owner_col:
        owner = form.who("owner")
    with status_col:
        status = form.term("status", list(ActionStatus))
    with start_col:
        start = form.date("start")
    with due_col:
        due = form.date("due")
    st.markdown(f"**{t('actions.why')}**")
    goals_col, parts_col = st.columns(2)
    with goals_col:
        goals = form.refs("goals", names_by_id(strategy, Goal, language()), help=True)
    with parts_col:
        supports = form.terms("supports", list(PlanPart), help=True)
    channels = form.refs("channels", names_by_id(strategy, Channel, language()), help=True)
    slots.here(path)
    return edited.part(
        old,
        title=title,
        description=description,
        owner=owner,
        status=status,
        start=start,
        due=due,
        goals=goals,
        supports=supports,
        channels=channels,
    )


def _frame(actions: tuple[Action, ...]) -> pd.DataFrame:
    lang = language()
    frame: pd.DataFrame = pd.DataFrame(
        [
            {
                t("actions.col.title"): a.title,
                t("actions.col.owner"): a.owner,
                t("actions.col.start"): a.start,
                t("actions.col.due"): a.due,
                t("actions.col.status"): a.status.label(lang),
            }
            for a in actions
        ]
    )
    return frame


def overview(actions: tuple[Action, ...]) -> None:
    """All actions at a glance, read-only: the editor below changes one at a time."""
    if not actions:
        return
    # Made once per saved revision: turning rows into a table is the page's largest cost.
    saved = state.memo(f"actions.overview.{language()}", lambda s: _frame(s.actions))
    st.dataframe(
        saved if saved is not None else _frame(actions),
        hide_index=True,
        width="stretch",
        placeholder="—",  # an action without a date: a dash, not Streamlit's "None"
        column_config={
            t("actions.col.title"): st.column_config.TextColumn(width="large"),
            t("actions.col.start"): st.column_config.DateColumn(format="DD-MM-YYYY"),
            t("actions.col.due"): st.column_config.DateColumn(format="DD-MM-YYYY"),
        },
    )


__all__ = ["action", "overview", "thinking"]
