"""The review step's score trend ("Scoreverloop"): the score of each adopted or reviewed
revision, and the plan now against the last adopted one, per part, with an arrow and a
word. The sidebar's line under the score says the same in one line.

The history is read through :meth:`Workspace.past`, once per saved revision of the
draft (the session's memo), and that call keeps each revision's score by digest: a
rerun costs a dictionary lookup.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import streamlit as st

from socialstrategy import charts, fmt
from socialstrategy.errors import SocialStrategyError
from socialstrategy.planner import state
from socialstrategy.planner.widgets import language, t
from socialstrategy.scoring import LEVELS
from socialstrategy.scoring.trend import Change, Comparison, Direction, History, compare

if TYPE_CHECKING:
    from collections.abc import Sequence

    from socialstrategy.i18n import Language
    from socialstrategy.scoring import Report
    from socialstrategy.scoring.trend import Scored


def past() -> History:
    """The open draft's history (empty without a draft, or when the store cannot say);
    while an earlier revision is open to read, the history before it: that revision is
    then "now", measured against what was adopted before it."""
    current = state.draft()
    if current is None:
        return History()
    reading = state.viewing()
    if reading is not None:
        return _past(current.id).until(reading.revision - 1)
    return _past(current.id)


def _past(draft_id: str) -> History:

    def read(_: object) -> History:
        try:
            return state.workspace().past(draft_id)
        except SocialStrategyError:  # the draft is gone from the store: no history to show
            return History()

    return state.memo("trend.past", read) or History()


def _change(change: Change, lang: Language, *, figure: bool = True) -> str:
    """``▲ hoger (+4)``, ``▼ lager (−2)``, ``= gelijk``: an arrow and a word, never
    colour alone (without the *figure*: ``▲ hoger``)."""
    direction = change.direction
    if direction is Direction.SAME:
        return t("trend.same")
    if not figure:
        return f"{direction.arrow} {direction.label(lang)}"
    sign = "+" if direction is Direction.UP else "−"
    return t(
        "trend.change",
        arrow=direction.arrow,
        word=direction.label(lang),
        delta=f"{sign}{abs(change.delta)}",
    )


def _level(level: int, lang: Language) -> str:
    return f"{level} · {LEVELS[level - 1].name.get(lang)}"


def _comparison(comparison: Comparison, report: Report) -> None:
    """The plan now against the last adopted version: overall, the level, and per part."""
    lang = language()
    baseline = comparison.baseline
    st.markdown(
        t(
            "trend.against",
            number=baseline.number,
            date=fmt.long_date(baseline.saved_on, lang),
        )
    )
    adopted = t("trend.col.version", number=baseline.number)
    now, change = t("trend.col.now"), t("trend.col.change")
    part = t("trend.col.part")
    rows = [
        {
            part: t("trend.row.overall"),
            adopted: str(round(comparison.overall.before)),
            now: str(round(comparison.overall.now)),
            change: _change(comparison.overall, lang),
        },
        {
            part: t("trend.row.level"),
            adopted: _level(baseline.level, lang),
            now: _level(report.maturity.level, lang),
            change: _change(
                Change(before=baseline.level, now=report.maturity.level), lang, figure=False
            ),
        },
    ]
    rows += [
        {
            part: area.label(lang),
            adopted: str(round(moved.before)),
            now: str(round(moved.now)),
            change: _change(moved, lang),
        }
        for area, moved in comparison.areas.items()
    ]
    # A table, not a grid: a dozen rows, read as text (and by a screen reader).
    st.table(rows, hide_index=True, width="content", border="horizontal")


def _versions(points: Sequence[Scored], *, expanded: bool) -> None:
    """Every adopted or reviewed version side by side: a column each, the oldest left."""
    lang = language()
    part = t("trend.col.part")
    columns = {point.number: t("trend.col.version", number=point.number) for point in points}
    label = {
        "date": t("trend.row.date"),
        "kind": t("trend.row.kind"),
        "overall": t("trend.row.overall"),
        "level": t("trend.row.level"),
    }
    cells: dict[str, dict[str, str]] = {key: {part: text} for key, text in label.items()}
    areas = list(points[-1].areas)
    for area in areas:
        cells[area.value] = {part: area.label(lang)}
    for point in points:
        column = columns[point.number]
        cells["date"][column] = fmt.date(point.saved_on, lang)
        cells["kind"][column] = t("trend.kind.adopted" if point.adopted else "trend.kind.review")
        cells["overall"][column] = str(round(point.overall))
        cells["level"][column] = _level(point.level, lang)
        for area in areas:
            value = point.areas.get(area)
            cells[area.value][column] = "" if value is None else str(round(value))
    title = (
        t("trend.versions", count=len(points))
        if any(p.adopted for p in points)
        else t("trend.rounds", count=len(points))
    )
    with st.expander(title, expanded=expanded, icon=":material/table_rows:"):
        st.caption(t("trend.versions.intro"))
        rows = list(cells.values())
        # Every row in view (a row is 35 pixels, and the header): the grid scrolls sideways only.
        st.dataframe(rows, hide_index=True, height=35 * (len(rows) + 1) + 3)


def show(report: Report) -> None:
    """The score trend, or a sentence saying when it starts."""
    lang = language()
    history = past()
    comparison = compare(report, history.scored)
    if comparison is None:
        st.info(t("trend.empty"), icon=":material/trending_up:")
        if history.scored:  # rounds of review before the first adoption
            _versions(history.scored, expanded=False)
        return
    st.caption(t("trend.intro"))
    spec = state.memo(
        f"trend.chart.{lang}",
        lambda _: charts.score_trend(history.scored, lang, now=report.overall),
    )
    st.vega_lite_chart(spec, width="content", theme=None)
    _comparison(comparison, report)
    _versions(history.scored, expanded=False)


def since_adopted(report: Report) -> str | None:
    """The sidebar's line: the score now against the last adopted version, in words;
    None when none was adopted."""
    comparison = compare(report, past().scored)
    if comparison is None:
        return None
    overall = comparison.overall
    number = comparison.baseline.number
    before, now = round(overall.before), round(overall.now)
    direction = overall.direction
    if direction is Direction.SAME:
        return t("panel.trend.same", number=number, before=before)
    word = direction.label(language())
    return t("panel.trend", arrow=direction.arrow, word=word, number=number, before=before, now=now)


__all__ = ["past", "show", "since_adopted"]
