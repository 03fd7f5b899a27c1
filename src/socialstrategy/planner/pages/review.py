"""Review and export: the strategy as a whole, what is missing, and the downloads."""

from __future__ import annotations

import attrs
import streamlit as st

from socialstrategy.planner import state, widgets
from socialstrategy.planner.sections import review, review_status, trend
from socialstrategy.planner.steps import BY_KEY
from socialstrategy.planner.widgets import t

step = BY_KEY["review"]
widgets.header(step)
strategy = widgets.require_strategy()
report = state.report()
assert report is not None  # a strategy is open

st.subheader(t("status.title"))
review_status.status(strategy)
st.subheader(t("review.summary"))
review.summary(report)
st.subheader(t("review.areas"))
review.areas(report)
st.subheader(t("trend.title"))
trend.show(report)
st.subheader(t("review.charts"))
review.chart(report)
st.subheader(t("review.findings"))
review.findings(report)
accepted = review.acceptances(strategy)
state.update(attrs.evolve(strategy, meta=attrs.evolve(strategy.meta, accepted=accepted)))
st.subheader(t("status.comments"))
review_status.all_comments(strategy)
st.subheader(t("review.changes"))
review.changes()
st.subheader(t("review.export"))
review.downloads(strategy)
widgets.step_links(step)
