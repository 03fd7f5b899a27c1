"""Goals: what social media must achieve for the primary processes, stated SMART."""

from __future__ import annotations

from functools import partial

import attrs
import streamlit as st

from socialstrategy.model.edit import new_goal, references_to_goal, remove_goal
from socialstrategy.planner import examples, state, widgets
from socialstrategy.planner.components import list_editor
from socialstrategy.planner.sections import goals
from socialstrategy.planner.steps import BY_KEY
from socialstrategy.planner.widgets import t

step = BY_KEY["goals"]

widgets.header(step, examples.goals)
slots = widgets.FindingSlots(step)
strategy = widgets.require_strategy()

st.subheader(t("goals.overview"))
overview = st.container()  # filled once the change is saved, so it shows the result

st.subheader(t("goals.edit"))
edited = list_editor.show(
    "goals",
    strategy.goals,
    label=t("goals.pick"),
    new=lambda: new_goal(strategy),
    edit=partial(goals.goal, strategy, slots),
    remove=remove_goal,
    references=lambda g: references_to_goal(strategy, g.id),
    references_text="goals.remove.refs",
)
changed = attrs.evolve(strategy, goals=edited)
state.update(changed)

# Findings and the overview come after saving, so they describe what is now on disk.
slots.fill()
with overview:
    goals.overview(changed)
    widgets.findings(step, "goals", exact=True)
widgets.findings(step)
widgets.step_links(step)
