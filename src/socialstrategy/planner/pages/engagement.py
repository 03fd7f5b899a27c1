"""Making it discussable: a kartrekker, structural attention, and the activities."""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs
import streamlit as st

from socialstrategy.model import Audience
from socialstrategy.model.edit import new_activity
from socialstrategy.model.names import names_by_id
from socialstrategy.planner import state, widgets
from socialstrategy.planner.components import list_editor
from socialstrategy.planner.markup import inert
from socialstrategy.planner.steps import BY_KEY
from socialstrategy.planner.widgets import language, t
from socialstrategy.vocab import EngagementKind, Rhythm

if TYPE_CHECKING:
    from socialstrategy.model import Activity

step = BY_KEY["engagement"]
lang = language()


def show_example() -> None:
    engagement = widgets.example().engagement
    # Recurring activities first: they are what keeps the topic on the agenda.
    recurring = sorted(engagement.activities, key=lambda a: not a.rhythm.recurs)[:3]
    st.markdown(
        t(
            "engagement.example",
            org=inert(widgets.example().organisation.name),
            owner=inert(engagement.owner),
            structural=inert(engagement.structural),
            activities="\n".join(
                f"- {inert(a.title)} ({a.rhythm.label(lang).lower()})" for a in recurring
            ),
        )
    )


widgets.header(step, show_example)
strategy = widgets.require_strategy()
beside = widgets.FindingSlots(step)
engagement = strategy.engagement

st.subheader(t("engagement.who"))
left, right = st.columns(2)
with left:
    owner = widgets.who(
        t("engagement.owner"),
        engagement.owner,
        "engagement.owner",
        help=t("engagement.owner.help"),
    )
    beside.here("engagement.owner")
with right:
    structural = widgets.text(
        t("engagement.structural"),
        engagement.structural,
        "engagement.structural",
        area=True,
        help=t("engagement.structural.help", **widgets.words()),
    )
    beside.here("engagement.structural")

st.subheader(t("engagement.activities"))
st.caption(t("engagement.activities.intro", **widgets.words()))
beside.here("engagement.activities", exact=True)


def edit(old: Activity, path: str) -> Activity:
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
        names_by_id(strategy, Audience, lang),
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
    beside.here(path)
    return widgets.build(
        lambda: attrs.evolve(
            old,
            title=title,
            kind=kind,
            rhythm=rhythm,
            planned=planned,
            audiences=audiences,
            owner=organiser,
            outcome=outcome,
        ),
        old,
    )


activities = list_editor.show(
    "engagement.activities",
    engagement.activities,
    label=t("engagement.pick"),
    new=lambda: new_activity(strategy),
    edit=edit,
)
new_engagement = widgets.build(
    lambda: attrs.evolve(engagement, owner=owner, structural=structural, activities=activities),
    engagement,
)
state.update(attrs.evolve(strategy, engagement=new_engagement))
beside.fill()
widgets.findings(step)
widgets.step_links(step)
