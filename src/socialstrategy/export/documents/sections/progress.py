"""The plan as it is lived: each indicator's progress chart, and the actions' updates.

Hooked into the goals and the action plan sections (one line each), so the layout of
those sections stays theirs.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from socialstrategy import charts
from socialstrategy.export import outline
from socialstrategy.export.documents._base import DASH
from socialstrategy.scoring import progress

if TYPE_CHECKING:
    from socialstrategy.export.documents._base import Sources
    from socialstrategy.model import Action, Goal, Indicator


def indicator_charts(src: Sources, goal: Goal) -> list[outline.Block]:
    """A progress chart for every indicator of *goal* that has been measured."""
    return [indicator_chart(src, i) for i in goal.indicators if progress.measured(i)]


def indicator_chart(src: Sources, indicator: Indicator, width_cm: float = 15) -> outline.Chart:
    """The progress chart of *indicator*: its measurements against baseline and target."""
    name = indicator.kpi or src.t("report.goals.kpi")
    spec = charts.progress_chart(indicator, src.language, src.today)
    return outline.Chart(spec, src.t("report.progress.chart", kpi=name), width_cm)


def status(src: Sources, action: Action) -> str:
    """The action's status, marked when it is past its due date and not done."""
    label = action.status.label(src.language)
    if action.overdue(src.today):
        return f"{label} ({src.t('report.progress.overdue')})"
    return label


def action_updates(src: Sources) -> list[outline.Block]:
    """The actions' status updates as one table: per action, oldest first."""
    rows: list[tuple[str, ...]] = []
    for action in src.strategy.actions:
        dated = sorted(action.updates, key=lambda u: u.date or dt.date.min)
        for n, update in enumerate(dated):
            rows.append(
                (
                    src.called(action) if n == 0 else "",
                    src.short_date(update.date),
                    update.status.label(src.language),
                    update.note or DASH,
                )
            )
    if not rows:
        return []
    return [
        outline.Heading(src.t("report.progress.updates"), 2),
        outline.Table(
            (
                src.t("report.actions.action"),
                src.t("report.progress.date"),
                src.t("report.actions.status"),
                src.t("report.progress.note"),
            ),
            tuple(rows),
            widths=(3.0, 1.4, 1.3, 5.0),
        ),
    ]
