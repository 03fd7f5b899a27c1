"""Charts shared by the planner and the exports, as Vega-Lite specs.

Every function takes model or report objects and a language and returns a plain
Vega-Lite dict (``chart.to_dict()``): validated, themed, deterministic for the same
input, so callers can cache it per strategy revision and hand it to
``st.vega_lite_chart`` or ``vl_convert``. All text a reader sees comes from the chart
catalogue (:mod:`._texts`) or the vocabularies, in the chosen language. Empty parts
give a chart that says what to add instead of an error.

Importing this package registers and enables the ``socialstrategy`` Altair theme.
"""

from socialstrategy.charts._texts import CHART
from socialstrategy.charts._theme import THEME
from socialstrategy.charts.areas import area_bars
from socialstrategy.charts.coverage import coverage_matrix
from socialstrategy.charts.maturity import maturity_chart
from socialstrategy.charts.progress import progress_chart
from socialstrategy.charts.radar import area_radar
from socialstrategy.charts.readiness import readiness_chart
from socialstrategy.charts.timeline import action_timeline
from socialstrategy.charts.traceability import traceability
from socialstrategy.charts.trend import score_trend

__all__ = [
    "CHART",
    "THEME",
    "action_timeline",
    "area_bars",
    "area_radar",
    "coverage_matrix",
    "maturity_chart",
    "progress_chart",
    "readiness_chart",
    "score_trend",
    "traceability",
]
