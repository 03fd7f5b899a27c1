"""The action plan's sections: the thinking still to finish, one action's fields, and all
actions at a glance."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pandas as pd
import streamlit as st

from socialstrategy import fmt
from socialstrategy.model import Channel, Goal, StatusUpdate
from socialstrategy.model.names import names_by_id
from socialstrategy.planner import state, tables, widgets
from socialstrategy.planner.columns import text_column
from socialstrategy.planner.components import dated, edited
from socialstrategy.planner.components.form import Form
from socialstrategy.planner.markup import inert
from socialstrategy.planner.steps import step_of
from socialstrategy.planner.widgets import language, t
from socialstrategy.scoring import unfinished_thinking
from socialstrategy.vocab import ActionStatus, PlanPart

if TYPE_CHECKING:
    import datetime as dt

    from socialstrategy.i18n import Language
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
    st.markdown(f"**{t('actions.updates')}**", help=t("actions.updates.help"))
    updates = updates_table(f"{path}.updates", old.updates)
    _status_hint(status, updates)
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
        updates=updates,
    )


def updates_table(path: str, updates: tuple[StatusUpdate, ...]) -> tuple[StatusUpdate, ...]:
    """An action's status updates: on which day it stood where, and why."""
    lang = language()
    statuses = {status.label(lang): status for status in ActionStatus}
    return dated.show(
        path,
        updates,
        t("actions.col.date"),
        [
            tables.Column(
                "status",
                st.column_config.SelectboxColumn(
                    t("actions.col.status"), options=list(statuses), width=130
                ),
                lambda x: x.status.label(lang),
                needed=True,
            ),
            text_column("note", t("actions.col.note"), width="large"),
        ],
        lambda row: StatusUpdate(
            date=tables.day(row["date"]),
            status=statuses.get(tables.text(row["status"]), ActionStatus.PLANNED),
            note=tables.text(row["note"]),
        ),
    )


def _last(updates: tuple[StatusUpdate, ...]) -> tuple[StatusUpdate, dt.date] | None:
    """The latest update with a day, and its day; None when no update has one."""
    dated = [(u, u.date) for u in updates if u.date is not None]
    return max(dated, key=lambda pair: pair[1]) if dated else None


def _status_hint(status: ActionStatus, updates: tuple[StatusUpdate, ...]) -> None:
    """Say so when the latest update gives another status than the action's own."""
    found = _last(updates)
    if found is None:
        return
    last, day = found
    if last.status is not status:
        lang = language()
        st.info(
            t(
                "actions.updates.differs",
                status=last.status.label(lang),
                day=fmt.date(day, lang),
                own=status.label(lang),
            ),
            icon=":material/update:",
        )


def _latest(action: Action, lang: Language) -> str:
    """The latest status update in a few words: ``12-11-2026: Vier video's online``."""
    found = _last(action.updates)
    if found is None:
        return ""
    last, day = found
    return f"{fmt.date(day, lang)}: {last.note or last.status.label(lang)}"


def _frame(actions: tuple[Action, ...], today: dt.date) -> pd.DataFrame:
    lang = language()
    frame: pd.DataFrame = pd.DataFrame(
        [
            {
                t("actions.col.title"): a.title,
                t("actions.col.owner"): a.owner,
                t("actions.col.start"): a.start,
                t("actions.col.due"): a.due,
                t("actions.col.status"): a.status.label(lang),
                t("actions.col.late"): t("actions.late") if a.overdue(today) else "",
                t("actions.col.latest"): _latest(a, lang),
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
    # The revision open to read is as on its day: what was late then, not today.
    today = state.shown_on()
    saved = state.memo(f"actions.overview.{language()}.{today}", lambda s: _frame(s.actions, today))
    late = sum(a.overdue(today) for a in actions)
    if late:
        key = "actions.late.one" if late == 1 else "actions.late.many"
        st.warning(t(key, n=late), icon=":material/schedule:")
    st.dataframe(
        saved if saved is not None else _frame(actions, today),
        hide_index=True,
        width="stretch",
        placeholder="—",  # an action without a date: a dash, not Streamlit's "None"
        column_config={
            t("actions.col.title"): st.column_config.TextColumn(width="medium"),
            t("actions.col.start"): st.column_config.DateColumn(format="DD-MM-YYYY"),
            t("actions.col.due"): st.column_config.DateColumn(format="DD-MM-YYYY"),
            t("actions.col.late"): st.column_config.TextColumn(width=90),
            t("actions.col.latest"): st.column_config.TextColumn(width="medium"),
        },
    )


__all__ = ["action", "overview", "thinking", "updates_table"]
