"""Crisis and incident plan: levels, triage, the decision tree, escalation, scenarios with a
first response, who is informed, message principles and legal clocks."""

from __future__ import annotations

import attrs
import streamlit as st

from socialstrategy.model import Role
from socialstrategy.model.names import names_by_id
from socialstrategy.planner import crisis_tables, examples, state, widgets
from socialstrategy.planner.sections import crisis
from socialstrategy.planner.steps import BY_KEY
from socialstrategy.planner.widgets import language, t

step = BY_KEY["crisis"]

widgets.header(step, examples.crisis)
strategy = widgets.require_strategy()
beside = widgets.FindingSlots(step)

role_names = names_by_id(strategy, Role, language())
roles = crisis_tables.Roles.of(strategy, role_names)
if not role_names:
    st.info(t("crisis.no_roles"), icon=":material/badge:")
    widgets.link(BY_KEY["organisation"], t("crisis.to_roles"), "organisation.roles")

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
new_plan = strategy.crisis
if section in crisis.SECTIONS:
    new_plan = crisis.SECTIONS[section](strategy, roles, beside)
elif section in crisis_tables.SECTIONS:
    new_plan = crisis_tables.show(section, strategy, roles, beside)

state.update(attrs.evolve(strategy, crisis=new_plan))
beside.fill()
widgets.findings(step)
widgets.step_links(step)
