"""The channels step's sections: one channel's fields (what it is, how it is run, how fast
it answers and when it is moderated), and its name in the picker."""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs
import streamlit as st

from socialstrategy.model import Audience, Goal
from socialstrategy.model.names import names_by_id
from socialstrategy.planner import widgets
from socialstrategy.planner.components import edited, moderation, places, references
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


def _none_yet(what: str, step: str) -> str:
    """Which step to fill in first, when there is nothing of *what* to choose."""
    return t(
        "channels.none_defined",
        what=t(f"channels.none_defined.{what}"),
        step=BY_KEY[step].title.get(language()),
    )


def _linked(strategy: Strategy, channel: Channel, p: str) -> tuple[tuple[str, ...], ...]:
    """The audiences and goals the channel is for, side by side."""
    left, right = st.columns(2)
    with left:
        audiences = references.show(
            t("channels.audiences"),
            names_by_id(strategy, Audience, language()),
            channel.audiences,
            f"{p}.audiences",
            help=t("channels.audiences.help"),
            none=_none_yet("audiences", "audiences"),
        )
    with right:
        goals = references.show(
            t("channels.goals"),
            names_by_id(strategy, Goal, language()),
            channel.goals,
            f"{p}.goals",
            help=t("channels.goals.help"),
            none=_none_yet("goals", "goals"),
        )
    return audiences, goals


def channel(strategy: Strategy, slots: FindingSlots, old: Channel, p: str) -> Channel:
    """One channel's fields (for the list editor)."""
    st.subheader(t("channels.what"))
    left, right = st.columns(2)
    with left:
        kind = widgets.term(t("channels.kind"), list(ChannelKind), old.kind, f"{p}.kind")
        name = widgets.text(
            t("channels.name"),
            old.name,
            f"{p}.name",
            placeholder=t("channels.name.placeholder"),
        )
    with right:
        purposes = widgets.terms(
            t("channels.purposes"), list(Purpose), old.purposes, f"{p}.purposes"
        )
    if kind is ChannelKind.RATING_SITE:
        st.info(t("channels.review_site"), icon=":material/reviews:")
    audiences, goals = _linked(strategy, old, p)
    places.fields(slots, p, "kind", "name", "purposes", "audiences", "goals")

    st.subheader(t("channels.run"))
    left, right = st.columns(2)
    with left:
        owner = widgets.who(
            t("channels.owner"), old.owner, f"{p}.owner", help=t("channels.owner.help")
        )
    with right:
        rhythm = widgets.text(
            t("channels.rhythm"),
            old.rhythm,
            f"{p}.rhythm",
            placeholder=t("channels.rhythm.placeholder"),
        )
    client_contact = widgets.flag(
        t("channels.client_contact"),
        old.client_contact,
        f"{p}.client_contact",
        help=t("channels.client_contact.help"),
    )
    own_name = widgets.flag(
        t("channels.own_name"),
        old.own_name,
        f"{p}.own_name",
        help=t("channels.own_name.help"),
    )
    notes = widgets.text(t("channels.notes"), old.notes, f"{p}.notes", area=True)
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
