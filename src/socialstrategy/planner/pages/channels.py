"""Channels: where we speak with which audience, for which goal, and when we answer."""

from __future__ import annotations

from functools import partial

import attrs

from socialstrategy.model.edit import new_channel, remove_channel
from socialstrategy.planner import examples, state, widgets
from socialstrategy.planner.components import list_editor
from socialstrategy.planner.sections import channels
from socialstrategy.planner.steps import BY_KEY
from socialstrategy.planner.widgets import t

step = BY_KEY["channels"]

widgets.header(step, examples.channels)
slots = widgets.FindingSlots(step)
strategy = widgets.require_strategy()

slots.here("channels", exact=True)
edited = list_editor.show(
    "channels",
    strategy.channels,
    label=t("channels.pick"),
    name_of=channels.picked_name,
    new=lambda: new_channel(strategy),
    edit=partial(channels.channel, strategy, slots),
    remove=remove_channel,
)
state.update(attrs.evolve(strategy, channels=edited))
slots.fill()
widgets.findings(step)
widgets.step_links(step)
