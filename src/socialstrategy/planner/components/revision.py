"""Above every step while an earlier revision is open to read: which one, and the way back.

The revision is read only: its widgets are drawn disabled (as for a viewer) and the
saving path writes nothing while it is open (``state.view_revision``).
"""

from __future__ import annotations

import streamlit as st

from socialstrategy import fmt
from socialstrategy.errors import SocialStrategyError
from socialstrategy.planner import state
from socialstrategy.planner.widgets import language, t


def banner() -> None:
    """Say which revision the steps show, with a button back to the current version."""
    shown, current = state.viewing(), state.draft()
    if shown is None or current is None:
        return
    lang = language()
    status = shown.strategy.lifecycle.status.label(lang).lower()
    try:
        saved = {r.number: r.saved_at for r in state.workspace().history(current.id)}
    except (SocialStrategyError, OSError):
        saved = {}
    when = saved.get(shown.revision)
    text = (
        t(
            "revision.banner",
            number=shown.revision,
            date=fmt.long_date(when.astimezone().date(), lang),
            status=status,
        )
        if when is not None
        else t("revision.banner.unknown", number=shown.revision, status=status)
    )
    words, button = st.columns([5, 2], vertical_alignment="center")
    words.warning(text, icon=":material/history:")
    button.button(
        t("revision.back"),
        on_click=state.leave_revision,
        icon=":material/undo:",
        key="revision.back",
        width="stretch",
    )


__all__ = ["banner"]
