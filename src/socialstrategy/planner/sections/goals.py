"""The goals step's sections: one goal's fields, its indicators table, and the list at a
glance (which goals serve a primary process, and which are goals in themselves)."""

from __future__ import annotations

import copy
import functools
from typing import TYPE_CHECKING, Any

import attrs
import streamlit as st

from socialstrategy import charts
from socialstrategy.model import Audience, Indicator, Measurement
from socialstrategy.model.names import names_by_id
from socialstrategy.planner import comments, state, tables
from socialstrategy.planner.columns import text_column
from socialstrategy.planner.components import comments as panel
from socialstrategy.planner.components import dated, edited
from socialstrategy.planner.components.form import Form
from socialstrategy.planner.markup import inert
from socialstrategy.planner.steps import BY_KEY
from socialstrategy.planner.widgets import language, t
from socialstrategy.vocab import ProcessKind

if TYPE_CHECKING:
    import datetime as dt

    from socialstrategy.i18n import Language
    from socialstrategy.model import Goal, Organisation, Strategy
    from socialstrategy.planner.widgets import FindingSlots


def _process_names(org: Organisation) -> dict[str, str]:
    """Process id → name, the primary ones first, a supporting one marked as such."""
    return {x.id: x.name or x.id for x in org.primary_processes} | {
        x.id: t("goals.processes.supporting", name=x.name or x.id)
        for x in org.processes
        if x.kind is not ProcessKind.PRIMARY
    }


def _none_yet(key: str, step: str) -> str:
    """Which step to fill in first, when there is nothing to link a goal to."""
    return t(key, step=BY_KEY[step].title.get(language()))


def _measurements_of(
    kpi: str, original: Indicator | None, indicators: tuple[Indicator, ...]
) -> tuple[Measurement, ...]:
    """The measurements a row of the indicators table keeps: those of the indicator of its
    KPI (rows move up when one above is deleted), else of the row it was."""
    for indicator in indicators:
        if kpi and indicator.kpi == kpi:
            return indicator.measurements
    return original.measurements if original is not None else ()


def indicators_table(path: str, indicators: tuple[Indicator, ...]) -> tuple[Indicator, ...]:
    """A goal's indicators: what is measured, from which baseline to which target, when."""
    return tables.edit(
        path,
        indicators,
        [
            tables.Column(
                "kpi",
                st.column_config.TextColumn(t("goals.col.kpi"), width="medium"),
                lambda x: x.kpi,
                needed=True,
            ),
            tables.Column(
                "unit", st.column_config.TextColumn(t("goals.col.unit")), lambda x: x.unit
            ),
            tables.number_column("baseline", t("goals.col.baseline"), lambda x: x.baseline),
            tables.number_column("target", t("goals.col.target"), lambda x: x.target),
            tables.date_column("deadline", t("goals.col.deadline"), lambda x: x.deadline),
            tables.Column(
                "source",
                st.column_config.TextColumn(t("goals.col.source"), width="medium"),
                lambda x: x.source,
            ),
        ],
        lambda row, original: Indicator(
            kpi=tables.text(row["kpi"]),
            unit=tables.text(row["unit"]),
            baseline=tables.figure(row["baseline"]),
            target=tables.figure(row["target"]),
            deadline=tables.day(row["deadline"]),
            source=tables.text(row["source"]),
            measurements=_measurements_of(tables.text(row["kpi"]), original, indicators),
        ),
    )


def measurements_table(path: str, measurements: tuple[Measurement, ...]) -> tuple[Measurement, ...]:
    """An indicator's measurements: each day's value, where it comes from, what explains it."""
    return dated.show(
        path,
        measurements,
        t("goals.col.date"),
        [
            attrs.evolve(
                tables.number_column("value", t("goals.col.value"), lambda x: x.value),
                needed=True,
            ),
            text_column("note", t("goals.col.note"), width="medium"),
            tables.Column(
                "source",
                st.column_config.TextColumn(t("goals.col.measured_by")),
                lambda x: x.source,
            ),
        ],
        lambda row: Measurement(
            date=tables.day(row["date"]),
            value=tables.figure(row["value"]),
            source=tables.text(row["source"]),
            note=tables.text(row["note"]),
        ),
    )


@functools.lru_cache(maxsize=256)
def _chart(indicator: Indicator, lang: Language, today: dt.date, heading: str) -> dict[str, Any]:
    """The progress chart, made once per indicator as it is: building one costs tens of
    milliseconds, and the step is drawn again on every edit. Narrower than in the
    exports: it stands beside its table."""
    return charts.progress_chart(indicator, lang, today, heading=heading, width=380)


def progress(path: str, indicators: tuple[Indicator, ...]) -> tuple[Indicator, ...]:
    """Per indicator its measurements as a table, and its progress chart beside it: the
    chart is drawn from the table as edited, so a value typed in shows at once."""
    lang = language()
    # A revision open to read is charted as on the day it was saved.
    today = state.shown_on()
    out = []
    for j, indicator in enumerate(indicators):
        name = indicator.kpi.strip() or t("goals.measurements.unnamed", n=j + 1)
        st.markdown(
            f"**{t('goals.measurements.of', kpi=inert(name))}**",
            help=t("goals.measurements.help"),
        )
        table, chart = st.columns([5, 6])
        with table:
            measured = measurements_table(f"{path}[{j}].measurements", indicator.measurements)
        edited = attrs.evolve(indicator, measurements=measured)
        with chart:
            # Narrower than in the exports: it stands beside its table.
            spec = _chart(edited, lang, today, t("goals.measurements.chart"))
            st.vega_lite_chart(copy.deepcopy(spec), width="content", theme=None)
        out.append(edited)
    return tuple(out)


def goal(strategy: Strategy, slots: FindingSlots, old: Goal, p: str) -> Goal:
    """One goal's fields (for the list editor)."""
    form = Form(old, p, "goals")
    slots.here(p, exact=True)
    panel.show(comments.part_of("goals", old.id))
    title = form.text("title", placeholder=True)
    description = form.text("description", area=True, help=True)
    processes = form.refs(
        "processes",
        _process_names(strategy.organisation),
        help=True,
        none=_none_yet("goals.processes.none", "organisation"),
    )
    slots.here(f"{p}.processes")
    audiences = form.refs(
        "audiences",
        names_by_id(strategy, Audience, language()),
        none=_none_yet("goals.audiences.none", "audiences"),
    )
    slots.here(f"{p}.audiences")
    left, right = st.columns([1, 2])
    with left:
        owner = form.who("owner", help=True)
    with right:
        rationale = form.text("rationale", area=True, help=True)
    slots.here(f"{p}.owner")
    slots.here(f"{p}.rationale")
    st.markdown(f"**{t('goals.indicators')}**", help=t("goals.indicators.help"))
    indicators = indicators_table(f"{p}.indicators", old.indicators)
    slots.here(f"{p}.indicators")
    if indicators:
        st.markdown(f"#### {t('goals.measurements')}")
        st.caption(t("goals.measurements.intro"))
        indicators = progress(f"{p}.indicators", indicators)
    return edited.part(
        old,
        title=title,
        description=description,
        processes=processes,
        audiences=audiences,
        owner=owner,
        rationale=rationale,
        indicators=indicators,
    )


def _measured(goal: Goal) -> str:
    count = len(goal.indicators)
    if count == 0:
        return t("goals.overview.no_indicators")
    if count == 1:
        return t("goals.overview.indicator")
    return t("goals.overview.indicators", n=count)


def overview(strategy: Strategy) -> None:
    """The goals numbered, each with the primary processes it serves and its indicators;
    a banner counts the goals in themselves (serving no primary process)."""
    lines: list[str] = []
    in_itself = 0
    for number, item in enumerate(strategy.goals, start=1):
        served = [x.name or x.id for x in strategy.organisation.primary_among(item.processes)]
        if served:
            status = t("goals.overview.serves", processes=inert(", ".join(served)))
        else:
            in_itself += 1
            status = f":red[**:material/error: {t('goals.in_itself')}**]"
        name = inert(item.title) if item.title else t("list.new")
        lines.append(f"{number}. **{name}** · {status} · {_measured(item)}")
    if in_itself:
        st.error(
            t("goals.in_itself.banner", n=in_itself, total=len(strategy.goals)),
            icon=":material/error:",
        )
    st.markdown("\n".join(lines))


__all__ = ["goal", "indicators_table", "measurements_table", "overview", "progress"]
