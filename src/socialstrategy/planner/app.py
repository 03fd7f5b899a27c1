"""The planner's router: state, navigation, frame; the pages do the rest."""

from __future__ import annotations

import streamlit as st

from socialstrategy.i18n import LANGUAGES
from socialstrategy.planner import panel, state
from socialstrategy.planner.steps import STEPS, Step
from socialstrategy.planner.texts import T
from socialstrategy.planner.widgets import language, page_path, t


def _title(step: Step) -> str:
    """The step's name with its completion: a tick from 80, else the score so far."""
    title = step.title.get(language())
    report = state.report()
    if step.area is None or report is None:
        return title
    score = report.areas[step.area].score
    return f"{title} ✓" if score >= 80 else f"{title} · {round(score)}"


def run() -> None:
    st.set_page_config(
        page_title=T("app.title"),
        page_icon=":material/diversity_3:",
        layout="wide",
        initial_sidebar_state="expanded",
    )
    st.session_state.setdefault("language", "nl")
    state.init()
    pages = [
        st.Page(
            page_path(step),
            title=_title(step),
            icon=step.icon,
            url_path=step.key,
            default=step.key == "start",
        )
        for step in STEPS
    ]
    page = st.navigation(pages)
    with st.sidebar:
        st.segmented_control(
            t("app.language"),
            options=list(LANGUAGES),
            format_func=lambda code: {"nl": "Nederlands", "en": "English"}[code],
            key="language",
            bind="query-params",
        )
        score_slot = st.container()
    panel.conflict_banner()
    page.run()
    if state.conflict() is not None or state.notice_outside_change():
        st.rerun()  # show the choice at once, before any further edit
    with score_slot:
        panel.score_panel()
