"""Audiences: who we speak with, what they do online, what they need, and how we know."""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs
import streamlit as st

from socialstrategy.model.audiences import insight_sources
from socialstrategy.model.edit import new_audience, references_to_audience, remove_audience
from socialstrategy.model.names import display_name
from socialstrategy.planner import state, widgets
from socialstrategy.planner.components import list_editor
from socialstrategy.planner.markup import inert
from socialstrategy.planner.steps import BY_KEY
from socialstrategy.planner.widgets import language, t
from socialstrategy.vocab import AudienceKind, ChannelKind

if TYPE_CHECKING:
    from socialstrategy.model import Audience

step = BY_KEY["audiences"]
lang = language()


def show_example() -> None:
    sample = widgets.example()
    audience = sample.audiences[1]
    st.markdown(
        t(
            "audiences.example",
            name=inert(audience.name),
            kind=audience.kind.label(lang),
            online=inert(audience.online_behaviour),
            needs=inert(audience.needs),
            source=inert(audience.insight_source),
        )
    )


widgets.header(step, show_example)
slots = widgets.FindingSlots(step)
strategy = widgets.require_strategy()
audiences = strategy.audiences

st.subheader(t("audiences.overview"))
overview = st.container()  # filled once the change is saved, so it shows the result

st.subheader(t("audiences.edit"))


def edit(audience: Audience, p: str) -> Audience:
    slots.here(p, exact=True)
    left, right = st.columns(2)
    with left:
        kind = widgets.term(t("audiences.kind"), list(AudienceKind), audience.kind, f"{p}.kind")
    with right:
        name = widgets.text(
            t("audiences.name"),
            audience.name,
            f"{p}.name",
            placeholder=t("audiences.name.placeholder"),
        )
    left, right = st.columns(2)
    with left:
        online = widgets.text(
            t("audiences.online"),
            audience.online_behaviour,
            f"{p}.online_behaviour",
            area=True,
            placeholder=t("audiences.online.placeholder"),
        )
    with right:
        platforms = widgets.terms(
            t("audiences.platforms"),
            list(ChannelKind),
            audience.platforms,
            f"{p}.platforms",
            help=t("audiences.platforms.help"),
        )
    slots.here(f"{p}.online_behaviour")
    slots.here(f"{p}.platforms")
    left, right = st.columns(2)
    with left:
        needs = widgets.text(
            t("audiences.needs"),
            audience.needs,
            f"{p}.needs",
            area=True,
            placeholder=t("audiences.needs.placeholder"),
        )
    with right:
        source = widgets.text(
            t("audiences.source"),
            audience.insight_source,
            f"{p}.insight_source",
            area=True,
            placeholder=t("audiences.source.placeholder", **widgets.words()),
        )
        if not source.strip():
            widgets.same_as(f"{p}.insight_source", insight_sources(strategy))
    slots.here(f"{p}.needs")
    slots.here(f"{p}.insight_source")
    return widgets.build(
        lambda: attrs.evolve(
            audience,
            kind=kind,
            name=name,
            online_behaviour=online,
            needs=needs,
            insight_source=source,
            platforms=platforms,
        ),
        audience,
    )


edited = list_editor.show(
    "audiences",
    audiences,
    label=t("audiences.pick"),
    new=lambda: new_audience(strategy, lang),
    edit=edit,
    remove=remove_audience,
    references=lambda a: references_to_audience(strategy, a.id),
    references_text="audiences.remove.refs",
)
changed = attrs.evolve(strategy, audiences=edited)
state.update(changed)

# Findings and the overview come after saving, so they describe what is now on disk.
slots.fill()
with overview:
    lines: list[str] = []
    for number, item in enumerate(changed.audiences, start=1):
        platforms_used = ", ".join(x.label(lang) for x in item.platforms)
        uses = (
            t("audiences.overview.platforms", platforms=platforms_used)
            if platforms_used
            else t("audiences.overview.no_platforms")
        )
        # The name as the manager typed it (inert() keeps its lines), else the policy's.
        name = item.name or display_name(item, lang)
        label = f"**{inert(name)}**"
        if name != item.kind.label(lang):
            label += f" · {item.kind.label(lang)}"
        lines.append(f"{number}. {label} · {uses}")
    st.markdown("\n".join(lines))
    # A missing key audience (clients, relatives, employees) is a finding about the list.
    widgets.findings(step, "audiences", exact=True)
widgets.findings(step)
widgets.step_links(step)
