"""Audiences: who we speak with, what they do online, what they need, and how we know."""

from __future__ import annotations

from functools import partial

import attrs
import streamlit as st

from socialstrategy.model.edit import new_audience, references_to_audience, remove_audience
from socialstrategy.planner import examples, state, widgets
from socialstrategy.planner.components import list_editor
from socialstrategy.planner.sections import audiences
from socialstrategy.planner.steps import BY_KEY
from socialstrategy.planner.widgets import language, t

step = BY_KEY["audiences"]

widgets.header(step, examples.audiences)
slots = widgets.FindingSlots(step)
strategy = widgets.require_strategy()

st.subheader(t("audiences.overview"))
overview = st.container()  # filled once the change is saved, so it shows the result

st.subheader(t("audiences.edit"))
edited = list_editor.show(
    "audiences",
    strategy.audiences,
    label=t("audiences.pick"),
    new=lambda: new_audience(strategy, language()),
    edit=partial(audiences.audience, strategy, slots),
    remove=remove_audience,
    references=lambda a: references_to_audience(strategy, a.id),
    references_text="audiences.remove.refs",
)
changed = attrs.evolve(strategy, audiences=edited)
state.update(changed)

# Findings and the overview come after saving, so they describe what is now on disk.
slots.fill()
with overview:
    audiences.overview(changed.audiences)
    # A missing key audience (clients, relatives, employees) is a finding about the list.
    widgets.findings(step, "audiences", exact=True)
widgets.findings(step)
widgets.step_links(step)
