"""The engagement step's sections: who keeps the topic alive, and one activity."""

from __future__ import annotations

from typing import TYPE_CHECKING

import streamlit as st

from socialstrategy.model import Audience
from socialstrategy.model.names import names_by_id
from socialstrategy.planner import widgets
from socialstrategy.planner.components import edited
from socialstrategy.planner.widgets import language, t
from socialstrategy.vocab import EngagementKind, Rhythm

if TYPE_CHECKING:
    from socialstrategy.model import Activity, Engagement, Strategy
    from socialstrategy.planner.widgets import FindingSlots


def who(engagement: Engagement, slots: FindingSlots) -> tuple[str, str]:
    """The kartrekker and the structural attention, as edited."""
    left, right = st.columns(2)
    with left:
        owner = widgets.who(
            t("engagement.owner"),
            engagement.owner,
            "engagement.owner",
            help=t("engagement.owner.help"),
        )
        slots.here("engagement.owner")
    with right:
        structural = widgets.text(
            t("engagement.structural"),
            engagement.structural,
            "engagement.structural",
            area=True,
            help=t("engagement.structural.help", **widgets.words()),
        )
        slots.here("engagement.structural")
    return owner, structural


def activity(strategy: Strategy, slots: FindingSlots, old: Activity, path: str) -> Activity:
    """One activity's fields (for the list editor)."""
    title = widgets.text(t("engagement.title"), old.title, f"{path}.title")
    kind_col, rhythm_col, planned_col, owner_col = st.columns(4)
    with kind_col:
        kind = widgets.term(t("engagement.kind"), list(EngagementKind), old.kind, f"{path}.kind")
    with rhythm_col:
        rhythm = widgets.term(
            t("engagement.rhythm"),
            list(Rhythm),
            old.rhythm,
            f"{path}.rhythm",
            help=t("engagement.rhythm.help"),
        )
    with planned_col:
        planned = widgets.date(
            t("engagement.planned"),
            old.planned,
            f"{path}.planned",
            help=t("engagement.planned.help"),
        )
    with owner_col:
        organiser = widgets.who(t("engagement.organiser"), old.owner, f"{path}.owner")
    audiences = widgets.refs(
        t("engagement.audiences"),
        names_by_id(strategy, Audience, language()),
        old.audiences,
        f"{path}.audiences",
    )
    outcome = widgets.text(
        t("engagement.outcome"),
        old.outcome,
        f"{path}.outcome",
        area=True,
        help=t("engagement.outcome.help"),
    )
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
