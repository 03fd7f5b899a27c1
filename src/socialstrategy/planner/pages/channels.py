"""Channels: where we speak with which audience, for which goal, and when we answer."""

from __future__ import annotations

import datetime as dt
from functools import partial

import attrs
import streamlit as st

from socialstrategy import fmt
from socialstrategy.model import Audience, Channel, Goal, Span
from socialstrategy.model.edit import new_channel, remove_channel
from socialstrategy.model.names import names_by_id
from socialstrategy.planner import state, widgets
from socialstrategy.planner.components import list_editor
from socialstrategy.planner.markup import inert
from socialstrategy.planner.steps import BY_KEY
from socialstrategy.planner.widgets import language, t
from socialstrategy.vocab import ChannelKind, Purpose

step = BY_KEY["channels"]
lang = language()
#: The moderation parts of a week, with the hours a newly covered part starts from.
PARTS = (
    ("weekdays", dt.time(9, 0), dt.time(17, 0)),
    ("evenings", dt.time(17, 0), dt.time(22, 0)),
    ("weekends", dt.time(10, 0), dt.time(16, 0)),
)


def _span(span: Span) -> str:
    return f"{span.start:%H:%M}–{span.end:%H:%M}"


def _hours(value: float) -> str:
    return fmt.number(value, lang)


def show_example() -> None:
    sample = widgets.example()
    if not sample.channels:
        return
    # The channel that shows most: a response time and moderation hours, if any has them.
    channel = max(
        sample.channels, key=lambda c: (c.response_hours is not None, c.moderation.covered)
    )
    spans = [
        t(f"channels.example.{part}", span=_span(span))
        for part, _, _ in PARTS
        if (span := getattr(channel.moderation, part)) is not None
    ]
    text = t(
        "channels.example",
        name=inert(channel.name),
        kind=channel.kind.label(lang),
        purposes=fmt.items([p.label(lang).lower() for p in channel.purposes], lang),
        owner=inert(channel.owner),
    )
    if channel.response_hours is not None:
        text += " " + t("channels.example.hours", hours=_hours(channel.response_hours))
    if spans:
        text += " " + t("channels.example.moderation", moderation=fmt.items(spans, lang))
    st.markdown(text)


def findings_here(*prefixes: str) -> None:
    """Mark the place for the findings on *prefixes*, shown once the change is saved."""
    for prefix in prefixes:
        slots.here(prefix)


widgets.header(step, show_example)
slots = widgets.FindingSlots(step)
strategy = widgets.require_strategy()
channels = strategy.channels


def moderation_hours(channel: Channel, p: str) -> dict[str, Span | None]:
    """The hours each part of the week is moderated (None: nobody covers it), as edited."""
    spans: dict[str, Span | None] = {}
    for part, default_start, default_end in PARTS:
        old = getattr(channel.moderation, part)
        path = f"{p}.moderation.{part}"
        toggle_col, start_col, end_col, hours_col = st.columns(
            [3, 2, 2, 2], vertical_alignment="bottom"
        )
        with toggle_col:
            covered = widgets.flag(t(f"channels.{part}"), old is not None, f"{path}.covered")
        span: Span | None = None
        if not covered:
            # No time inputs for a window nobody covers: fewer widgets, a faster rerun.
            spans[part] = None
            hours_col.caption(t("channels.not_covered"))
            continue
        start = start_col.time_input(
            t("channels.from"),
            value=old.start if old else default_start,
            key=state.key(f"{path}.start"),
        )
        end = end_col.time_input(
            t("channels.until"),
            value=old.end if old else default_end,
            key=state.key(f"{path}.end"),
        )
        if start is not None and end is not None:
            span = widgets.build(partial(Span, start=start, end=end), old)
        spans[part] = span
        hours_col.caption(
            t("channels.span_hours", hours=_hours(round(span.hours, 2)))
            if span is not None
            else t("channels.not_covered")
        )
    return spans


def edit(channel: Channel, p: str) -> Channel:
    st.subheader(t("channels.what"))
    left, right = st.columns(2)
    with left:
        kind = widgets.term(t("channels.kind"), list(ChannelKind), channel.kind, f"{p}.kind")
        name = widgets.text(
            t("channels.name"),
            channel.name,
            f"{p}.name",
            placeholder=t("channels.name.placeholder"),
        )
    with right:
        purposes = widgets.terms(
            t("channels.purposes"), list(Purpose), channel.purposes, f"{p}.purposes"
        )
    if kind is ChannelKind.RATING_SITE:
        st.info(t("channels.review_site"), icon=":material/reviews:")
    left, right = st.columns(2)
    with left:
        audience_names = names_by_id(strategy, Audience, lang)
        audiences = widgets.refs(
            t("channels.audiences"),
            audience_names,
            channel.audiences,
            f"{p}.audiences",
            help=t("channels.audiences.help"),
        )
        if not audience_names:
            st.caption(
                t(
                    "channels.none_defined",
                    what=t("channels.none_defined.audiences"),
                    step=BY_KEY["audiences"].title.get(lang),
                )
            )
    with right:
        goal_names = names_by_id(strategy, Goal, language())
        goals = widgets.refs(
            t("channels.goals"),
            goal_names,
            channel.goals,
            f"{p}.goals",
            help=t("channels.goals.help"),
        )
        if not goal_names:
            st.caption(
                t(
                    "channels.none_defined",
                    what=t("channels.none_defined.goals"),
                    step=BY_KEY["goals"].title.get(lang),
                )
            )
    findings_here(*(f"{p}.{f}" for f in ("kind", "name", "purposes", "audiences", "goals")))

    st.subheader(t("channels.run"))
    left, right = st.columns(2)
    with left:
        owner = widgets.who(
            t("channels.owner"), channel.owner, f"{p}.owner", help=t("channels.owner.help")
        )
    with right:
        rhythm = widgets.text(
            t("channels.rhythm"),
            channel.rhythm,
            f"{p}.rhythm",
            placeholder=t("channels.rhythm.placeholder"),
        )
    client_contact = widgets.flag(
        t("channels.client_contact"),
        channel.client_contact,
        f"{p}.client_contact",
        help=t("channels.client_contact.help"),
    )
    own_name = widgets.flag(
        t("channels.own_name"),
        channel.own_name,
        f"{p}.own_name",
        help=t("channels.own_name.help"),
    )
    notes = widgets.text(t("channels.notes"), channel.notes, f"{p}.notes", area=True)
    findings_here(*(f"{p}.{f}" for f in ("owner", "rhythm", "client_contact", "own_name", "notes")))

    st.subheader(t("channels.answering"), help=t("channels.answering.help"))
    left, _ = st.columns(2)
    with left:
        hours = widgets.number(
            t("channels.response_hours"),
            None if channel.response_hours is None else float(channel.response_hours),
            f"{p}.response_hours",
            help=t("channels.response_hours.help"),
            minimum=0.0,
        )
    spans = moderation_hours(channel, p)
    findings_here(f"{p}.response_hours", f"{p}.moderation")
    return widgets.build(
        lambda: attrs.evolve(
            channel,
            kind=kind,
            name=name,
            purposes=purposes,
            audiences=audiences,
            goals=goals,
            owner=owner,
            rhythm=rhythm,
            response_hours=hours,
            moderation=attrs.evolve(channel.moderation, **spans),
            client_contact=client_contact,
            own_name=own_name,
            notes=notes,
        ),
        channel,
    )


def picked_name(channel: Channel) -> str:
    """The channel's name, else its kind's (a channel of kind "other" is still to be named)."""
    return channel.name or ("" if channel.kind is ChannelKind.OTHER else channel.kind.label(lang))


slots.here("channels", exact=True)
edited = list_editor.show(
    "channels",
    channels,
    label=t("channels.pick"),
    name_of=picked_name,
    new=lambda: new_channel(strategy),
    edit=edit,
    remove=remove_channel,
)
state.update(attrs.evolve(strategy, channels=edited))
slots.fill()
widgets.findings(step)
widgets.step_links(step)
