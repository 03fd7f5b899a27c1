"""Audiences: who we speak with, what they do online, what they need, and how we know."""

from __future__ import annotations

from typing import Any

import attrs
import streamlit as st

from socialstrategy.model import Audience
from socialstrategy.model.audiences import insight_sources
from socialstrategy.model.edit import new_audience, references_to_audience, remove_audience
from socialstrategy.planner import state, widgets
from socialstrategy.planner.markup import inert
from socialstrategy.planner.steps import BY_KEY
from socialstrategy.planner.widgets import language, t
from socialstrategy.vocab import AudienceKind, ChannelKind

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


def _name(audience: Audience) -> str:
    return audience.name or audience.kind.label(lang)


widgets.header(step, show_example)
strategy = widgets.require_strategy()
audiences = strategy.audiences

st.subheader(t("audiences.overview"))
overview = st.container()  # filled once the change is saved, so it shows the result

st.subheader(t("audiences.edit"))
index = widgets.pick(t("audiences.pick"), lambda s: [a.name for a in s.audiences], "audiences")
added, removed = widgets.add_remove("audiences", can_remove=index is not None)
if index is not None and (used := references_to_audience(strategy, audiences[index].id)):
    st.caption(t("audiences.remove.refs", n=len(used)))

changed = strategy
slots: dict[str, Any] = {}
if index is not None:
    audience = audiences[index]
    p = f"audiences[{index}]"
    with st.container(border=True):
        slots[p] = st.container()
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
        slots[f"{p}.online_behaviour"] = st.container()
        slots[f"{p}.platforms"] = st.container()
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
        slots[f"{p}.needs"] = st.container()
        slots[f"{p}.insight_source"] = st.container()
        edited = widgets.build(
            lambda: Audience(
                id=audience.id,
                kind=kind,
                name=name,
                online_behaviour=online,
                needs=needs,
                insight_source=source,
                platforms=platforms,
            ),
            audience,
        )
    changed = attrs.evolve(
        strategy, audiences=(*audiences[:index], edited, *audiences[index + 1 :])
    )

if added:
    changed = attrs.evolve(changed, audiences=(*changed.audiences, new_audience(changed, lang)))
    state.update(changed)
    state.refresh(focus=f"audiences[{len(changed.audiences) - 1}]")
if removed and index is not None:
    changed = remove_audience(changed, audiences[index].id)
    state.update(changed)
    state.refresh(focus=f"audiences[{max(index - 1, 0)}]")
state.update(changed)

# Findings and the overview come after saving, so they describe what is now on disk.
for prefix, slot in slots.items():
    with slot:
        widgets.findings(step, prefix, exact=prefix == f"audiences[{index}]")
with overview:
    lines: list[str] = []
    for number, item in enumerate(changed.audiences, start=1):
        platforms_used = ", ".join(x.label(lang) for x in item.platforms)
        uses = (
            t("audiences.overview.platforms", platforms=platforms_used)
            if platforms_used
            else t("audiences.overview.no_platforms")
        )
        label = f"**{inert(_name(item))}**"
        if _name(item) != item.kind.label(lang):
            label += f" · {item.kind.label(lang)}"
        lines.append(f"{number}. {label} · {uses}")
    st.markdown("\n".join(lines))
    # A missing key audience (clients, relatives, employees) is a finding about the list.
    widgets.findings(step, "audiences", exact=True)
widgets.findings(step)
widgets.step_links(step)
