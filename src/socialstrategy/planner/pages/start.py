"""Start: resume a draft, copy an example, begin for a sector, or open a file."""

from __future__ import annotations

import streamlit as st

from socialstrategy.planner import state
from socialstrategy.planner.sections import start
from socialstrategy.planner.steps import BY_KEY
from socialstrategy.planner.widgets import header, step_links, t
from socialstrategy.storage import StoreUnavailableError

step = BY_KEY["start"]
header(step)
try:
    space = state.workspace()
    start.broken()
    start.current()
    person = start.visitor(space)
    ways = start.tabs(person)
    with ways[0]:
        start.resume(space, person)
    if person.may_create:
        with ways[1]:
            start.example(person)
        with ways[2]:
            start.sector(person)
        with ways[3]:
            start.upload(person)
except StoreUnavailableError:
    # A database that is down or refuses: said in words, not as a traceback.
    st.error(t("start.unavailable"), icon=":material/cloud_off:")
step_links(step)
