"""Action plan, the last step: eerst denken, dan doen."""

from __future__ import annotations

from functools import partial

import attrs
import streamlit as st

from socialstrategy.model.edit import new_action
from socialstrategy.planner import examples, state, widgets
from socialstrategy.planner.components import list_editor
from socialstrategy.planner.sections import actions
from socialstrategy.planner.steps import BY_KEY
from socialstrategy.planner.widgets import t

step = BY_KEY["actions"]

widgets.header(step, examples.actions)
strategy = widgets.require_strategy()
beside = widgets.FindingSlots(step)
actions.thinking(strategy)

st.subheader(t("actions.list"))
overview = st.container()
beside.here("actions", exact=True)
edited = list_editor.show(
    "actions",
    strategy.actions,
    label=t("actions.pick"),
    new=lambda: new_action(strategy),
    edit=partial(actions.action, strategy, beside),
)
state.update(attrs.evolve(strategy, actions=edited))
with overview:
    actions.overview(edited)
beside.fill()
widgets.findings(step)
widgets.step_links(step)
