"""The moderation hours of a channel: per part of the week, covered or not, and from when
until when.

A part nobody covers has no time inputs (fewer widgets, a faster rerun); a part newly
covered starts from the usual hours of that part of the week.
"""

from __future__ import annotations

import datetime as dt
from functools import partial
from typing import TYPE_CHECKING

import streamlit as st

from socialstrategy import fmt
from socialstrategy.model import Span
from socialstrategy.planner import state, widgets
from socialstrategy.planner.widgets import language, t

if TYPE_CHECKING:
    from socialstrategy.model import Moderation

#: The moderation parts of a week, with the hours a newly covered part starts from.
PARTS = (
    ("weekdays", dt.time(9, 0), dt.time(17, 0)),
    ("evenings", dt.time(17, 0), dt.time(22, 0)),
    ("weekends", dt.time(10, 0), dt.time(16, 0)),
)


def span_text(span: Span) -> str:
    """``09:00–17:00``."""
    return f"{span.start:%H:%M}–{span.end:%H:%M}"


def show(moderation: Moderation, path: str) -> dict[str, Span | None]:
    """The hours each part of the week is moderated (None: nobody covers it), as edited;
    *path* is the moderation's (``channels[0].moderation``)."""
    spans: dict[str, Span | None] = {}
    for part, default_start, default_end in PARTS:
        old = getattr(moderation, part)
        where = f"{path}.{part}"
        toggle_col, start_col, end_col, hours_col = st.columns(
            [3, 2, 2, 2], vertical_alignment="bottom"
        )
        with toggle_col:
            covered = widgets.flag(t(f"channels.{part}"), old is not None, f"{where}.covered")
        span: Span | None = None
        if not covered:
            # No time inputs for a window nobody covers: fewer widgets, a faster rerun.
            spans[part] = None
            hours_col.caption(t("channels.not_covered"))
            continue
        start = start_col.time_input(
            t("channels.from"),
            value=old.start if old else default_start,
            key=state.key(f"{where}.start"),
        )
        end = end_col.time_input(
            t("channels.until"),
            value=old.end if old else default_end,
            key=state.key(f"{where}.end"),
        )
        if start is not None and end is not None:
            span = widgets.build(partial(Span, start=start, end=end), old)
        spans[part] = span
        hours_col.caption(
            t("channels.span_hours", hours=fmt.number(round(span.hours, 2), language()))
            if span is not None
            else t("channels.not_covered")
        )
    return spans


__all__ = ["PARTS", "show", "span_text"]
