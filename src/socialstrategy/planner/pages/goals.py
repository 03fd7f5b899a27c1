"""Goals: what social media must achieve for the primary processes, stated SMART."""

from __future__ import annotations

import attrs
import streamlit as st

from socialstrategy import fmt
from socialstrategy.model import Audience, Goal, Indicator
from socialstrategy.model.edit import new_goal, references_to_goal, remove_goal
from socialstrategy.model.names import names_by_id
from socialstrategy.planner import state, tables, widgets
from socialstrategy.planner.components import list_editor
from socialstrategy.planner.markup import inert
from socialstrategy.planner.steps import BY_KEY
from socialstrategy.planner.widgets import language, t
from socialstrategy.vocab import ProcessKind

step = BY_KEY["goals"]
lang = language()


def _figure(value: float | None) -> str:
    return "—" if value is None else fmt.number(value, lang)


def show_example() -> None:
    sample = widgets.example()
    goal = sample.goals[0]
    names = {p.id: p.name for p in sample.organisation.processes}
    indicator = goal.indicators[0]
    st.markdown(
        t(
            "goals.example",
            title=inert(goal.title),
            processes=inert(", ".join(names[p] for p in goal.processes)),
            kpi=inert(indicator.kpi),
            baseline=inert(f"{_figure(indicator.baseline)} {indicator.unit}"),
            target=inert(f"{_figure(indicator.target)} {indicator.unit}"),
            deadline=fmt.date(indicator.deadline, lang) if indicator.deadline else "—",
        )
    )


widgets.header(step, show_example)
slots = widgets.FindingSlots(step)
strategy = widgets.require_strategy()
org, goals = strategy.organisation, strategy.goals
primary = org.primary_processes

st.subheader(t("goals.overview"))
overview = st.container()  # filled once the change is saved, so it shows the result

st.subheader(t("goals.edit"))
process_names = {x.id: x.name or x.id for x in primary} | {
    x.id: t("goals.processes.supporting", name=x.name or x.id)
    for x in org.processes
    if x.kind is not ProcessKind.PRIMARY
}
audience_names = names_by_id(strategy, Audience, lang)


def edit(goal: Goal, p: str) -> Goal:
    slots.here(p, exact=True)
    title = widgets.text(
        t("goals.title"), goal.title, f"{p}.title", placeholder=t("goals.title.placeholder")
    )
    description = widgets.text(
        t("goals.description"),
        goal.description,
        f"{p}.description",
        area=True,
        help=t("goals.description.help"),
    )
    processes = widgets.refs(
        t("goals.processes"),
        process_names,
        goal.processes,
        f"{p}.processes",
        help=t("goals.processes.help"),
    )
    if not process_names:
        st.caption(t("goals.processes.none", step=BY_KEY["organisation"].title.get(lang)))
    slots.here(f"{p}.processes")
    audiences = widgets.refs(t("goals.audiences"), audience_names, goal.audiences, f"{p}.audiences")
    if not audience_names:
        st.caption(t("goals.audiences.none", step=BY_KEY["audiences"].title.get(lang)))
    slots.here(f"{p}.audiences")
    left, right = st.columns([1, 2])
    with left:
        owner = widgets.who(t("goals.owner"), goal.owner, f"{p}.owner", help=t("goals.owner.help"))
    with right:
        rationale = widgets.text(
            t("goals.rationale"),
            goal.rationale,
            f"{p}.rationale",
            area=True,
            help=t("goals.rationale.help"),
        )
    slots.here(f"{p}.owner")
    slots.here(f"{p}.rationale")
    st.markdown(f"**{t('goals.indicators')}**", help=t("goals.indicators.help"))
    indicators = tables.edit(
        f"{p}.indicators",
        goal.indicators,
        [
            tables.Column(
                "kpi",
                st.column_config.TextColumn(t("goals.col.kpi"), width="medium"),
                lambda x: x.kpi,
                needed=True,
            ),
            tables.Column(
                "unit", st.column_config.TextColumn(t("goals.col.unit")), lambda x: x.unit
            ),
            tables.number_column("baseline", t("goals.col.baseline"), lambda x: x.baseline),
            tables.number_column("target", t("goals.col.target"), lambda x: x.target),
            tables.date_column("deadline", t("goals.col.deadline"), lambda x: x.deadline),
            tables.Column(
                "source",
                st.column_config.TextColumn(t("goals.col.source"), width="medium"),
                lambda x: x.source,
            ),
        ],
        lambda row, _: Indicator(
            kpi=tables.text(row["kpi"]),
            unit=tables.text(row["unit"]),
            baseline=tables.figure(row["baseline"]),
            target=tables.figure(row["target"]),
            deadline=tables.day(row["deadline"]),
            source=tables.text(row["source"]),
        ),
    )
    slots.here(f"{p}.indicators")
    return widgets.build(
        lambda: attrs.evolve(
            goal,
            title=title,
            description=description,
            processes=processes,
            audiences=audiences,
            owner=owner,
            rationale=rationale,
            indicators=indicators,
        ),
        goal,
    )


edited = list_editor.show(
    "goals",
    goals,
    label=t("goals.pick"),
    new=lambda: new_goal(strategy),
    edit=edit,
    remove=remove_goal,
    references=lambda g: references_to_goal(strategy, g.id),
    references_text="goals.remove.refs",
)
changed = attrs.evolve(strategy, goals=edited)
state.update(changed)

# Findings and the overview come after saving, so they describe what is now on disk.
slots.fill()
with overview:
    primary_names = {x.id: x.name or x.id for x in changed.organisation.primary_processes}
    lines: list[str] = []
    in_itself = 0
    for number, item in enumerate(changed.goals, start=1):
        served = [primary_names[x] for x in item.processes if x in primary_names]
        count = len(item.indicators)
        if count == 0:
            measured = t("goals.overview.no_indicators")
        elif count == 1:
            measured = t("goals.overview.indicator")
        else:
            measured = t("goals.overview.indicators", n=count)
        if served:
            status = t("goals.overview.serves", processes=inert(", ".join(served)))
        else:
            in_itself += 1
            status = f":red[**:material/error: {t('goals.in_itself')}**]"
        name = inert(item.title) if item.title else t("list.new")
        lines.append(f"{number}. **{name}** · {status} · {measured}")
    if in_itself:
        st.error(
            t("goals.in_itself.banner", n=in_itself, total=len(changed.goals)),
            icon=":material/error:",
        )
    st.markdown("\n".join(lines))
    widgets.findings(step, "goals", exact=True)
widgets.findings(step)
widgets.step_links(step)
