"""The audiences step's sections: one audience's fields, and the list at a glance."""

from __future__ import annotations

from typing import TYPE_CHECKING

import streamlit as st

from socialstrategy.model.audiences import insight_sources
from socialstrategy.model.names import display_name
from socialstrategy.planner import widgets
from socialstrategy.planner.components import edited
from socialstrategy.planner.markup import inert
from socialstrategy.planner.widgets import language, t
from socialstrategy.vocab import AudienceKind, ChannelKind

if TYPE_CHECKING:
    from socialstrategy.model import Audience, Strategy
    from socialstrategy.planner.widgets import FindingSlots


def _area(label: str, value: str, path: str, placeholder: str) -> str:
    """A text area of one audience, with an example of what to write as placeholder."""
    return widgets.text(label, value, path, area=True, placeholder=placeholder)


def audience(strategy: Strategy, slots: FindingSlots, old: Audience, p: str) -> Audience:
    """One audience's fields (for the list editor)."""
    slots.here(p, exact=True)
    left, right = st.columns(2)
    with left:
        kind = widgets.term(t("audiences.kind"), list(AudienceKind), old.kind, f"{p}.kind")
    with right:
        name = widgets.text(
            t("audiences.name"),
            old.name,
            f"{p}.name",
            placeholder=t("audiences.name.placeholder"),
        )
    left, right = st.columns(2)
    with left:
        online = _area(
            t("audiences.online"),
            old.online_behaviour,
            f"{p}.online_behaviour",
            t("audiences.online.placeholder"),
        )
    with right:
        platforms = widgets.terms(
            t("audiences.platforms"),
            list(ChannelKind),
            old.platforms,
            f"{p}.platforms",
            help=t("audiences.platforms.help"),
        )
    slots.here(f"{p}.online_behaviour")
    slots.here(f"{p}.platforms")
    left, right = st.columns(2)
    with left:
        needs = _area(
            t("audiences.needs"), old.needs, f"{p}.needs", t("audiences.needs.placeholder")
        )
    with right:
        source = _area(
            t("audiences.source"),
            old.insight_source,
            f"{p}.insight_source",
            t("audiences.source.placeholder", **widgets.words()),
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
