"""Crisis and incident plan: levels, triage, the decision tree, escalation, scenarios with a
first response, who is informed, message principles and legal clocks."""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs
import streamlit as st

from socialstrategy.model import Role, Scenario
from socialstrategy.model.edit import new_scenario
from socialstrategy.model.names import names_by_id
from socialstrategy.planner import crisis_tables, drills, state, widgets
from socialstrategy.planner.components import list_editor
from socialstrategy.planner.markup import inert
from socialstrategy.planner.steps import BY_KEY
from socialstrategy.planner.widgets import language, t
from socialstrategy.vocab import ScenarioKind, Severity

if TYPE_CHECKING:
    from collections.abc import Sequence

step = BY_KEY["crisis"]
lang = language()


def show_example() -> None:
    sample = widgets.example()
    plan = sample.crisis
    if not plan.scenarios or not plan.tiers:
        return
    scenario = plan.scenarios[0]
    st.markdown(
        t(
            "crisis.example",
            org=sample.organisation.name,
            tiers=len(plan.tiers),
            low=plan.tiers[0].level.label(lang).lower(),
            high=plan.tiers[-1].level.label(lang).lower(),
            scenario=inert(scenario.title),
            statement=inert(scenario.holding_statement),
        )
    )


def lines(label: str, values: Sequence[str], path: str, help: str) -> tuple[str, ...]:
    """A list of short texts as a text area, one per line; the list as it is until edited.

    An item written by hand may hold a line break or spaces: only an edit splits it again.
    """
    shown = "\n".join(values)
    written = widgets.text(label, shown, path, area=True, help=help)
    if written == shown:
        return tuple(values)
    return tuple(line.strip() for line in written.splitlines() if line.strip())


widgets.header(step, show_example)
strategy = widgets.require_strategy()
beside = widgets.FindingSlots(step)
plan = strategy.crisis

role_names = names_by_id(strategy, Role, lang)
roles = crisis_tables.Roles.of(strategy, role_names)

if not role_names:
    st.info(t("crisis.no_roles"), icon=":material/badge:")
    widgets.link(BY_KEY["organisation"], t("crisis.to_roles"), "organisation.roles")


def edit_scenario(old: Scenario, path: str) -> Scenario:
    title = widgets.text(t("crisis.scenario.title"), old.title, f"{path}.title")
    kind_col, level_col, lead_col, hours_col = st.columns(4)
    with kind_col:
        kind = widgets.term(t("crisis.scenario.kind"), list(ScenarioKind), old.kind, f"{path}.kind")
    with level_col:
        level = widgets.term(t("crisis.scenario.level"), list(Severity), old.level, f"{path}.level")
    with lead_col:
        lead = widgets.ref(t("crisis.scenario.lead"), roles.label, old.lead, f"{path}.lead")
    with hours_col:
        hours = widgets.number(
            t("crisis.scenario.hours"),
            old.response_hours,
            f"{path}.response_hours",
            help=t("crisis.scenario.hours.help"),
            minimum=0.0,
        )
    statement = widgets.text(
        t("crisis.scenario.statement"),
        old.holding_statement,
        f"{path}.holding_statement",
        area=True,
        help=t("crisis.scenario.statement.help"),
    )
    left, right = st.columns(2)
    with left:
        steps = lines(
            t("crisis.scenario.steps"), old.steps, f"{path}.steps", t("crisis.lines.help")
        )
    with right:
        prevent = widgets.text(
            t("crisis.scenario.prevention"),
            old.prevention,
            f"{path}.prevention",
            area=True,
        )
    drilled = drills.show(strategy, old, f"{path}.last_drilled")
    beside.here(path)
    return widgets.build(
        lambda: attrs.evolve(
            old,
            title=title,
            kind=kind,
            level=level,
            lead=lead,
            response_hours=hours,
            holding_statement=statement,
            steps=steps,
            prevention=prevent,
            last_drilled=drilled,
        ),
        old,
    )


# In the order of the plan's skeleton (DOMAIN.md): the general part holds monitoring,
# the first hour and aftercare.
sections = {
    "crisis": t("crisis.tab.general"),
    "crisis.tiers": t("crisis.tab.tiers"),
    "crisis.triage": t("crisis.tab.triage"),
    "crisis.responses": t("crisis.tab.responses"),
    "crisis.escalation": t("crisis.tab.escalation"),
    "crisis.scenarios": t("crisis.tab.scenarios"),
    "crisis.stakeholders": t("crisis.tab.stakeholders"),
    "crisis.principles": t("crisis.tab.principles"),
    "crisis.legal_clocks": t("crisis.tab.clocks"),
}
widgets.whole_notice(strategy, "crisis", read="crisis.all", button=t("crisis.read_whole"))
section = widgets.section(t("crisis.section"), sections, "crisis.section")

# Each section evolves the plan by the fields it shows; the rest stays as it is (a
# field this page does not show is kept, not dropped).
new_plan = plan

if section == "crisis":
    if plan.model_texts:  # the plan's own fields that still hold starter texts
        widgets.starter_notice(
            strategy, *(f"crisis.{name}" for name in plan.model_texts), read="crisis"
        )
    left, right = st.columns(2)
    with left:
        owner = widgets.who(
            t("crisis.owner"), plan.owner, "crisis.owner", help=t("crisis.owner.help")
        )
        monitoring = widgets.text(
            t("crisis.monitoring"),
            plan.monitoring,
            "crisis.monitoring",
            area=True,
            help=t("crisis.monitoring.help"),
        )
        account_access = widgets.text(
            t("crisis.account_access"),
            plan.account_access,
            "crisis.account_access",
            area=True,
            help=t("crisis.account_access.help"),
        )
    with right:
        evaluation = widgets.text(
            t("crisis.evaluation"),
            plan.evaluation,
            "crisis.evaluation",
            area=True,
            help=t("crisis.evaluation.help"),
        )
        last_drill = widgets.date(
            t("crisis.last_drill"),
            plan.last_drill,
            "crisis.last_drill",
            help=t("crisis.last_drill.help"),
        )
    left, right = st.columns(2)
    with left:
        first_hour = lines(
            t("crisis.first_hour"), plan.first_hour, "crisis.first_hour", t("crisis.lines.help")
        )
    with right:
        prevention = lines(
            t("crisis.prevention"), plan.prevention, "crisis.prevention", t("crisis.lines.help")
        )
    new_plan = widgets.build(
        lambda: attrs.evolve(
            plan,
            owner=owner,
            monitoring=monitoring,
            account_access=account_access,
            evaluation=evaluation,
            last_drill=last_drill,
            first_hour=first_hour,
            prevention=prevention,
        ),
        plan,
    )
    beside.here("crisis", exact=True)
    # One place for the fields above: a rule about several of them (their model texts)
    # is one box that names them, not a box per field.
    beside.here(
        *(
            f"crisis.{part}"
            for part in (
                "owner",
                "monitoring",
                "account_access",
                "evaluation",
                "last_drill",
                "first_hour",
                "prevention",
            )
        )
    )

if section in crisis_tables.SECTIONS:
    new_plan = crisis_tables.show(section, strategy, roles, beside)

if section == "crisis.scenarios":
    st.caption(t("crisis.scenarios.intro"))
    widgets.starter_notice(strategy, "crisis.scenarios")
    beside.here("crisis.scenarios", exact=True)
    scenarios = list_editor.show(
        "crisis.scenarios",
        plan.scenarios,
        label=t("crisis.scenario.pick"),
        new=lambda: new_scenario(strategy),
        edit=edit_scenario,
    )
    new_plan = attrs.evolve(plan, scenarios=scenarios)

state.update(attrs.evolve(strategy, crisis=new_plan))
beside.fill()
widgets.findings(step)
widgets.step_links(step)
