"""Organisation and processes: who we are, and which care processes goals must serve."""

from __future__ import annotations

import attrs

from socialstrategy.planner import examples, state, widgets
from socialstrategy.planner.sections import organisation
from socialstrategy.planner.steps import BY_KEY
from socialstrategy.planner.widgets import t

step = BY_KEY["organisation"]

widgets.header(step, examples.organisation)
strategy = widgets.require_strategy()
sections = {
    "organisation": t("org.section.organisation"),
    "organisation.processes": t("org.section.processes"),
    "meta": t("org.section.document"),
}
section = widgets.section(
    t("org.section"),
    sections,
    "organisation.section",
    holds={"organisation.roles": "organisation.processes"},
)

# What a section that is not shown contributes: the plan as it is.
meta, org = strategy.meta, strategy.organisation
if section == "organisation":
    org = organisation.organisation(step, org)
if section == "organisation.processes":
    org = organisation.processes_and_roles(step, org)
if section == "meta":
    meta = organisation.document(step, meta)
state.update(attrs.evolve(strategy, meta=meta, organisation=org))
widgets.findings(step)
widgets.step_links(step)
