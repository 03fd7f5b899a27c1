"""The planner's router: language, then navigation; pages do the rest."""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from socialstrategy.i18n import LANGUAGES, Language
from socialstrategy.planner.texts import T

PAGES = Path(__file__).parent / "pages"


def language() -> Language:
    """The manager's language: Dutch unless they chose English."""
    chosen = st.session_state.get("language", "nl")
    return "en" if chosen == "en" else "nl"


def run() -> None:
    st.set_page_config(page_title=T("app.title"), layout="wide")
    st.session_state.setdefault("language", "nl")
    st.sidebar.segmented_control(
        T("app.language", language()),
        options=list(LANGUAGES),
        format_func=lambda code: {"nl": "Nederlands", "en": "English"}[code],
        key="language",
    )
    page = st.navigation([st.Page(PAGES / "overview.py", title=T("overview.page", language()))])
    page.run()
