"""The channels step's sections: one channel's fields (what it is, how it is run, how fast
it answers and when it is moderated), and its name in the picker."""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs
import streamlit as st

from socialstrategy.model import Audience, Goal
from socialstrategy.model.names import names_by_id
from socialstrategy.planner import widgets
from socialstrategy.planner.components import edited, moderation, places
from socialstrategy.planner.components.form import Form
from socialstrategy.planner.steps import BY_KEY
from socialstrategy.planner.widgets import language, t
from socialstrategy.vocab import ChannelKind, Purpose

if TYPE_CHECKING:
    from socialstrategy.model import Channel, Strategy
    from socialstrategy.planner.widgets import FindingSlots


def picked_name(channel: Channel) -> str:
    """The channel's name, else its kind's (a channel of kind "other" is still to be named)."""
    if channel.name:
        return channel.name
    return "" if channel.kind is ChannelKind.OTHER else channel.kind.label(language())


def _linked(form: Form, strategy: Strategy, kind: type, field: str) -> tuple[str, ...]:
    """The audiences or goals (*field*, of *kind*) the channel is for; when the plan has
    none yet, which step to fill in first."""
    return form.refs(
        field,
        names_by_id(strategy, kind, language()),
        help=True,
        none=t(
            "channels.none_defined",
            what=t(f"channels.none_defined.{field}"),
            step=BY_KEY[field].title.get(language()),
        ),
    )


def channel(strategy: Strategy, slots: FindingSlots, old: Channel, p: str) -> Channel:
    """One channel's fields (for the list editor)."""
    form = Form(old, p, "channels")
    st.subheader(t("channels.what"))
    left, right = st.columns(2)
    with left:
        kind = form.term("kind", list(ChannelKind))
        name = form.text("name", placeholder=True)
    with right:
        purposes = form.terms("purposes", list(Purpose))
    if kind is ChannelKind.RATING_SITE:
        st.info(t("channels.review_site"), icon=":material/reviews:")
    left, right = st.columns(2)
    with left:
        audiences = _linked(form, strategy, Audience, "audiences")
    with right:
        goals = _linked(form, strategy, Goal, "goals")
    places.fields(slots, p, "kind", "name", "purposes", "audiences", "goals")

    st.subheader(t("channels.run"))
    left, right = st.columns(2)
    with left:
        owner = form.who("owner", help=True)
    with right:
        rhythm = form.text("rhythm", placeholder=True)
    client_contact = form.flag("client_contact", help=True)
    own_name = form.flag("own_name", help=True)
    notes = form.text("notes", area=True)
    places.fields(slots, p, "owner", "rhythm", "client_contact", "own_name", "notes")

    st.subheader(t("channels.answering"), help=t("channels.answering.help"))
    left, _ = st.columns(2)
    with left:
        hours = widgets.number(
            t("channels.response_hours"),
            None if old.response_hours is None else float(old.response_hours),
            f"{p}.response_hours",
            help=t("channels.response_hours.help"),
            minimum=0.0,
        )
    spans = moderation.show(old.moderation, f"{p}.moderation")
    places.fields(slots, p, "response_hours", "moderation")
    return edited.part(
        old,
        kind=kind,
        name=name,
        purposes=purposes,
        audiences=audiences,
        goals=goals,
        owner=owner,
        rhythm=rhythm,
        response_hours=hours,
        moderation=attrs.evolve(old.moderation, **spans),
        client_contact=client_contact,
        own_name=own_name,
        notes=notes,
    )


__all__ = ["channel", "picked_name"]
