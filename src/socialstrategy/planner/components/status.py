"""Above an adopted plan's steps, for an editor: what a change now does.

The adopted revision is frozen; a change makes a new draft on top of it
(:func:`socialstrategy.model.lifecycle.edited`), so an editor is told before typing.
"""

from __future__ import annotations

import streamlit as st

from socialstrategy import fmt
from socialstrategy.planner import roles, state
from socialstrategy.planner.widgets import language, t
from socialstrategy.vocab import PlanStatus

#: Steps without the notice: no plan's fields (start, access) or the status itself (review).
_QUIET = frozenset({"", "start", "review", "toegang"})


def notice(step: str) -> None:
    """Say on *step* (its URL path) that the open plan is adopted and a change makes a draft."""
    plan = state.strategy()
    if step in _QUIET or plan is None or roles.read_only():
        return
    lifecycle = plan.lifecycle
    if lifecycle.status is not PlanStatus.ADOPTED:
        return
    adopted = lifecycle.adoption.date
    st.info(
        t(
            "status.notice",
            revision=lifecycle.adopted_revision or "?",
            date=fmt.long_date(adopted, language()) if adopted else "—",
        ),
        icon=":material/verified:",
    )


__all__ = ["notice"]
