"""The engagement step's sections: who keeps the topic alive, and one activity."""

from __future__ import annotations

from typing import TYPE_CHECKING

import streamlit as st

from socialstrategy.model import Audience
from socialstrategy.model.names import names_by_id
from socialstrategy.planner.components import edited
from socialstrategy.planner.components.form import Form
from socialstrategy.planner.widgets import language
from socialstrategy.vocab import EngagementKind, Rhythm

if TYPE_CHECKING:
    from socialstrategy.model import Activity, Engagement, Strategy
    from socialstrategy.planner.widgets import FindingSlots


def who(engagement: Engagement, slots: FindingSlots) -> tuple[str, str]:
    """The kartrekker and the structural attention, as edited."""
    form = Form(engagement, "engagement", "engagement")
    left, right = st.columns(2)
    with left:
        owner = form.who("owner", help=True)
        slots.here("engagement.owner")
    with right:
        structural = form.text("structural", area=True, help=True, words=True)
        slots.here("engagement.structural")
    return owner, structural


def activity(strategy: Strategy, slots: FindingSlots, old: Activity, path: str) -> Activity:
    """One activity's fields (for the list editor)."""
    form = Form(old, path, "engagement")
    title = form.text("title")
    kind_col, rhythm_col, planned_col, owner_col = st.columns(4)
    with kind_col:
        kind = form.term("kind", list(EngagementKind))
    with rhythm_col:
        rhythm = form.term("rhythm", list(Rhythm), help=True)
    with planned_col:
        planned = form.date("planned", help=True)
    with owner_col:
        organiser = form.who("owner", label="organiser")
    audiences = form.refs("audiences", names_by_id(strategy, Audience, language()))
    outcome = form.text("outcome", area=True, help=True)
    slots.here(path)
    return edited.part(
        old,
        title=title,
        kind=kind,
        rhythm=rhythm,
        planned=planned,
        audiences=audiences,
        owner=organiser,
        outcome=outcome,
    )


__all__ = ["activity", "who"]
