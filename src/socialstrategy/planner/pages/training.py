"""Training: per role, what must be learnt to be digitally skilled and media literate."""

from __future__ import annotations

import attrs
import streamlit as st

from socialstrategy.planner import examples, state, widgets
from socialstrategy.planner.sections import training
from socialstrategy.planner.steps import BY_KEY
from socialstrategy.planner.widgets import language, t
from socialstrategy.vocab import Skill

step = BY_KEY["training"]
lang = language()

widgets.header(step, examples.training)
strategy = widgets.require_strategy()
training.roles_notice(strategy)

st.subheader(t("training.needs"))
st.markdown(
    t(
        "training.intro",
        digital=Skill.DIGITAL_SKILLS.label(lang),
        media=Skill.MEDIA_LITERACY.label(lang),
    )
)
needs = training.needs_table(strategy)
state.update(attrs.evolve(strategy, training=needs))
widgets.findings(step)
widgets.step_links(step)
