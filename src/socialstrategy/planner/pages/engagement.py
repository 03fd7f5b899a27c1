"""Making it discussable: a kartrekker, structural attention, and the activities."""

from __future__ import annotations

from functools import partial

import attrs
import streamlit as st

from socialstrategy.model.edit import new_activity
from socialstrategy.planner import examples, state, widgets
from socialstrategy.planner.components import edited, list_editor
from socialstrategy.planner.sections import engagement
from socialstrategy.planner.steps import BY_KEY
from socialstrategy.planner.widgets import t

step = BY_KEY["engagement"]

widgets.header(step, examples.engagement)
strategy = widgets.require_strategy()
beside = widgets.FindingSlots(step)

st.subheader(t("engagement.who"))
owner, structural = engagement.who(strategy.engagement, beside)

st.subheader(t("engagement.activities"))
st.caption(t("engagement.activities.intro", **widgets.words()))
beside.here("engagement.activities", exact=True)
activities = list_editor.show(
    "engagement.activities",
    strategy.engagement.activities,
    label=t("engagement.pick"),
    new=lambda: new_activity(strategy),
    edit=partial(engagement.activity, strategy, beside),
)
new_engagement = edited.part(
    strategy.engagement, owner=owner, structural=structural, activities=activities
)
state.update(attrs.evolve(strategy, engagement=new_engagement))
beside.fill()
widgets.findings(step)
widgets.step_links(step)
