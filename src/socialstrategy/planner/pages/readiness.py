"""Check questions: the nine questions of the Q&A, answered, explained and backed up."""

from __future__ import annotations

import streamlit as st

from socialstrategy.model.edit import readiness_sheet, set_readiness
from socialstrategy.planner import examples, state, widgets
from socialstrategy.planner.sections import readiness
from socialstrategy.planner.steps import BY_KEY
from socialstrategy.vocab import Answer

step = BY_KEY["readiness"]

widgets.header(step, examples.readiness)
strategy = widgets.require_strategy()

summary = st.container()  # filled once the change is saved
sheet = readiness_sheet(strategy)
opened = readiness.open_at_start(sheet, readiness.focused(strategy))
rows = [readiness.card(n, answer, opened[n]) for n, answer in enumerate(sheet)]
changed = set_readiness(strategy, (answer for answer, _ in rows))
state.update(changed)

# Findings come after saving, so they describe what is now on disk; a question's place
# in the file may differ from its number when the file lacked some of the nine. A
# question still at "don't know" only has "not answered yet" to say, which its radio
# already shows: that one is listed once, at the end, not nine times over.
where = {answer.question: i for i, answer in enumerate(changed.readiness)}
for answer, slot in rows:
    if answer.question in where and answer.answer is not Answer.UNKNOWN:
        with slot:
            widgets.findings(step, f"readiness[{where[answer.question]}]")
with summary:
    readiness.summary([answer for answer, _ in rows])
    widgets.findings(step, "readiness", exact=True)
widgets.findings(step)
widgets.step_links(step)
