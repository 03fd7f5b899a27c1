"""The downloads of the whole plan on the review step: one button per plan file.

Driven by :data:`socialstrategy.export.PLAN_FILES` (the calendar, the action plan
workbook): a new plan file appears here with its label and help text
(``review.export.format.<code>`` and ``….help``), without page code.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

import streamlit as st

from socialstrategy.export import MEDIA, PLAN_FILES, export
from socialstrategy.export.names import file_name
from socialstrategy.planner.widgets import language, t

if TYPE_CHECKING:
    from socialstrategy.model import Strategy
    from socialstrategy.scoring.trend import History


def show(strategy: Strategy, history: History | None = None) -> None:
    """A download button for each file of the whole plan, side by side (*history*: what
    the draft's saved revisions tell, for a file that shows it)."""
    lang = language()
    st.caption(t("review.export.plan"))
    for column, code in zip(st.columns(len(PLAN_FILES)), PLAN_FILES, strict=True):
        column.download_button(
            t(f"review.export.format.{code}"),
            # A callable: the file is made when the button is clicked, not on every run.
            data=functools.partial(export, strategy, code, language=lang, history=history),
            file_name=file_name(strategy, code, code, lang, fallback="strategie"),
            mime=MEDIA[code][1],
            help=t(f"review.export.format.{code}.help"),
            icon=":material/event:" if code == "ics" else ":material/table_view:",
            on_click="ignore",
            key=f"review.download.{code}",
        )
