"""Guideline and media guidance: what employees agree on, and how we guide clients online."""

from __future__ import annotations

from socialstrategy.planner import examples, state, widgets
from socialstrategy.planner.components import comments
from socialstrategy.planner.sections import guidelines
from socialstrategy.planner.steps import BY_KEY
from socialstrategy.planner.widgets import t

step = BY_KEY["guidelines"]

widgets.header(step, examples.guidelines)
slots = widgets.FindingSlots(step)
strategy = widgets.require_strategy()

sections = {
    "guidelines": t("guidelines.section.adoption"),
    "guidelines.rules": t("guidelines.section.rules"),
    "media_guidance": t("guidelines.section.clients"),
}
widgets.whole_notice(
    strategy,
    "guidelines",
    "media_guidance",
    read="guidelines.all",
    button=t("guidelines.read_whole"),
)
comments.show("guidelines", about=t("comments.guidelines"))
section = widgets.section(t("guidelines.section"), sections, "guidelines.section")

# A section that is not shown leaves the plan as it is.
if section in guidelines.SECTIONS:
    strategy = guidelines.SECTIONS[section](strategy, slots)
state.update(strategy)
slots.fill()
widgets.findings(step)
widgets.step_links(step)
