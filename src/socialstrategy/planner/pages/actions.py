"""Action plan, the last step: eerst denken, dan doen."""

from __future__ import annotations

import attrs
import pandas as pd
import streamlit as st

from socialstrategy import fmt
from socialstrategy.model import Action, Channel, Goal
from socialstrategy.model.edit import new_action
from socialstrategy.model.names import names_by_id
from socialstrategy.planner import state, widgets
from socialstrategy.planner.components import list_editor
from socialstrategy.planner.markup import inert
from socialstrategy.planner.steps import BY_KEY, step_of
from socialstrategy.planner.widgets import language, t
from socialstrategy.scoring import unfinished_thinking
from socialstrategy.vocab import ActionStatus, PlanPart

step = BY_KEY["actions"]
lang = language()


def show_example() -> None:
    sample = widgets.example()
    goals = {g.id: g.title for g in sample.goals}
    if not sample.actions:
        return
    action = sample.actions[0]
    st.markdown(
        t(
            "actions.example",
            org=inert(sample.organisation.name),
            title=inert(action.title),
            owner=inert(action.owner),
            start=fmt.date(action.start, lang) if action.start else "—",
            due=fmt.date(action.due, lang) if action.due else "—",
            # A goal written as a sentence ends in a full stop; the text adds its own.
            goals=inert("; ".join(goals.get(g, g) for g in action.goals).rstrip(".")),
        )
    )


def overview_frame(actions: tuple[Action, ...]) -> pd.DataFrame:
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


def show_overview(actions: tuple[Action, ...]) -> None:
    """All actions at a glance, read-only: the editor below changes one at a time."""
    if not actions:
        return
    # Made once per saved revision: turning rows into a table is the page's largest cost.
    saved = state.memo(f"actions.overview.{lang}", lambda s: overview_frame(s.actions))
    st.dataframe(
        saved if saved is not None else overview_frame(actions),
        hide_index=True,
        width="stretch",
        placeholder="—",  # an action without a date: a dash, not Streamlit's "None"
        column_config={
            t("actions.col.title"): st.column_config.TextColumn(width="large"),
            t("actions.col.start"): st.column_config.DateColumn(format="DD-MM-YYYY"),
            t("actions.col.due"): st.column_config.DateColumn(format="DD-MM-YYYY"),
        },
    )


widgets.header(step, show_example)
strategy = widgets.require_strategy()
draft = state.draft()
beside = widgets.FindingSlots(step)

# Thinking comes first: say what is unfinished, and where to finish it.
gaps = unfinished_thinking(strategy)
if gaps:
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
else:
    st.success(t("actions.thinking_done"), icon=":material/check_circle:")

st.subheader(t("actions.list"))
overview = st.container()
beside.here("actions", exact=True)


def edit(old: Action, path: str) -> Action:
    title = widgets.text(t("actions.title"), old.title, f"{path}.title")
    description = widgets.text(
        t("actions.description"),
        old.description,
        f"{path}.description",
        area=True,
        help=t("actions.description.help"),
    )
    owner_col, status_col, start_col, due_col = st.columns(4)
    with owner_col:
        owner = widgets.who(t("actions.owner"), old.owner, f"{path}.owner")
    with status_col:
        status = widgets.term(t("actions.status"), list(ActionStatus), old.status, f"{path}.status")
    with start_col:
        start = widgets.date(t("actions.start"), old.start, f"{path}.start")
    with due_col:
        due = widgets.date(t("actions.due"), old.due, f"{path}.due")
    st.markdown(f"**{t('actions.why')}**")
    goals_col, parts_col = st.columns(2)
    with goals_col:
        goals = widgets.refs(
            t("actions.goals"),
            names_by_id(strategy, Goal, language()),
            old.goals,
            f"{path}.goals",
            help=t("actions.goals.help"),
        )
    with parts_col:
        supports = widgets.terms(
            t("actions.supports"),
            list(PlanPart),
            old.supports,
            f"{path}.supports",
            help=t("actions.supports.help"),
        )
    channels = widgets.refs(
        t("actions.channels"),
        names_by_id(strategy, Channel, lang),
        old.channels,
        f"{path}.channels",
        help=t("actions.channels.help"),
    )
    beside.here(path)
    return widgets.build(
        lambda: attrs.evolve(
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
        ),
        old,
    )


actions = list_editor.show(
    "actions",
    strategy.actions,
    label=t("actions.pick"),
    new=lambda: new_action(strategy),
    edit=edit,
)
state.update(attrs.evolve(strategy, actions=actions))
with overview:
    show_overview(actions)
beside.fill()
widgets.findings(step)
widgets.step_links(step)
