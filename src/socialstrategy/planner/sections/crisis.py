"""The crisis plan's own sections: the general part (owner, monitoring, the first hour,
aftercare) and the scenarios, each with a first response. The plan's tables (levels,
triage, escalation, ...) are in ``planner.crisis_tables``, drawn the same way."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

import attrs
import streamlit as st

from socialstrategy.model.edit import new_scenario
from socialstrategy.planner import comments, drills, widgets
from socialstrategy.planner.components import comments as panel
from socialstrategy.planner.components import edited, lines, list_editor
from socialstrategy.planner.components.form import Form
from socialstrategy.planner.widgets import t
from socialstrategy.vocab import ScenarioKind, Severity

if TYPE_CHECKING:
    from collections.abc import Callable

    from socialstrategy.model import CrisisPlan, Scenario, Strategy
    from socialstrategy.planner.crisis_tables import Roles
    from socialstrategy.planner.widgets import FindingSlots

#: The general part's fields, in the order shown.
GENERAL = (
    "owner",
    "monitoring",
    "account_access",
    "evaluation",
    "last_drill",
    "first_hour",
    "prevention",
)


def _lines(plan: CrisisPlan, field: str) -> tuple[str, ...]:
    """One of the plan's lists of short texts, one per line."""
    return lines.show(
        t(f"crisis.{field}"), getattr(plan, field), f"crisis.{field}", t("crisis.lines.help")
    )


def general(strategy: Strategy, _: Roles, beside: FindingSlots) -> CrisisPlan:
    """Who owns the plan, monitoring, account access, aftercare, the first hour."""
    plan = strategy.crisis
    if plan.model_texts:  # the plan's own fields that still hold starter texts
        widgets.starter_notice(
            strategy, *(f"crisis.{name}" for name in plan.model_texts), read="crisis"
        )
    form = Form(plan, "crisis", "crisis")
    left, right = st.columns(2)
    with left:
        owner = form.who("owner", help=True)
        monitoring = form.text("monitoring", area=True, help=True)
        account_access = form.text("account_access", area=True, help=True)
    with right:
        evaluation = form.text("evaluation", area=True, help=True)
        last_drill = form.date("last_drill", help=True)
    left, right = st.columns(2)
    with left:
        first_hour = _lines(plan, "first_hour")
    with right:
        prevention = _lines(plan, "prevention")
    new_plan = edited.part(
        plan,
        owner=owner,
        monitoring=monitoring,
        account_access=account_access,
        evaluation=evaluation,
        last_drill=last_drill,
        first_hour=first_hour,
        prevention=prevention,
    )
    beside.here("crisis", exact=True)
    # One place for the fields above: a rule about several of them (their model texts)
    # is one box that names them, not a box per field.
    beside.here(*(f"crisis.{field}" for field in GENERAL))
    return new_plan


def scenario(
    strategy: Strategy, roles: Roles, beside: FindingSlots, old: Scenario, path: str
) -> Scenario:
    """One scenario's fields (for the list editor), with its first response."""
    form = Form(old, path, "crisis.scenario")
    panel.show(comments.part_of("crisis.scenarios", old.id))
    title = form.text("title")
    kind_col, level_col, lead_col, hours_col = st.columns(4)
    with kind_col:
        kind = form.term("kind", list(ScenarioKind))
    with level_col:
        level = form.term("level", list(Severity))
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
    statement = form.text("holding_statement", label="statement", area=True, help=True)
    left, right = st.columns(2)
    with left:
        steps = lines.show(
            t("crisis.scenario.steps"), old.steps, f"{path}.steps", t("crisis.lines.help")
        )
    with right:
        prevent = form.text("prevention", area=True)
    drilled = drills.show(strategy, old, f"{path}.last_drilled")
    beside.here(path)
    return edited.part(
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
    )


def scenarios(strategy: Strategy, roles: Roles, beside: FindingSlots) -> CrisisPlan:
    """The scenarios, one at a time."""
    st.caption(t("crisis.scenarios.intro"))
    widgets.starter_notice(strategy, "crisis.scenarios")
    beside.here("crisis.scenarios", exact=True)
    chosen = list_editor.show(
        "crisis.scenarios",
        strategy.crisis.scenarios,
        label=t("crisis.scenario.pick"),
        new=lambda: new_scenario(strategy),
        edit=partial(scenario, strategy, roles, beside),
    )
    return attrs.evolve(strategy.crisis, scenarios=chosen)


SECTIONS: dict[str, Callable[[Strategy, Roles, FindingSlots], CrisisPlan]] = {
    "crisis": general,
    "crisis.scenarios": scenarios,
}


__all__ = ["GENERAL", "SECTIONS", "general", "scenario", "scenarios"]
