"""The audiences step's sections: one audience's fields, and the list at a glance."""

from __future__ import annotations

from typing import TYPE_CHECKING

import streamlit as st

from socialstrategy.model.audiences import insight_sources
from socialstrategy.model.names import display_name
from socialstrategy.planner import widgets
from socialstrategy.planner.components import edited
from socialstrategy.planner.components.form import Form
from socialstrategy.planner.markup import inert
from socialstrategy.planner.widgets import language, t
from socialstrategy.vocab import AudienceKind, ChannelKind

if TYPE_CHECKING:
    from socialstrategy.model import Audience, Strategy
    from socialstrategy.planner.widgets import FindingSlots


def audience(strategy: Strategy, slots: FindingSlots, old: Audience, p: str) -> Audience:
    """One audience's fields (for the list editor), each with an example as placeholder."""
    form = Form(old, p, "audiences")
    slots.here(p, exact=True)
    left, right = st.columns(2)
    with left:
        kind = form.term("kind", list(AudienceKind))
    with right:
        name = form.text("name", placeholder=True)
    left, right = st.columns(2)
    with left:
        online = form.text("online_behaviour", label="online", area=True, placeholder=True)
    with right:
        platforms = form.terms("platforms", list(ChannelKind), help=True)
    slots.here(f"{p}.online_behaviour")
    slots.here(f"{p}.platforms")
    left, right = st.columns(2)
    with left:
        needs = form.text("needs", area=True, placeholder=True)
    with right:
        source = form.text(
            "insight_source", label="source", area=True, placeholder=True, words=True
        )
        if not source.strip():
            widgets.same_as(f"{p}.insight_source", insight_sources(strategy))
    slots.here(f"{p}.needs")
    slots.here(f"{p}.insight_source")
    return edited.part(
        old,
        kind=kind,
        name=name,
        online_behaviour=online,
        needs=needs,
        insight_source=source,
        platforms=platforms,
    )


def overview(audiences: tuple[Audience, ...]) -> None:
    """The audiences numbered, each with its kind and the platforms it uses."""
    lang = language()
    lines: list[str] = []
    for number, item in enumerate(audiences, start=1):
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


__all__ = ["audience", "overview"]
