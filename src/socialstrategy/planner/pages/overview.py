"""Open a strategy from the workspace and show it, part by part."""

from __future__ import annotations

import streamlit as st

from socialstrategy.errors import InvalidStrategyError, StrategyIOError
from socialstrategy.files import load
from socialstrategy.planner.app import language
from socialstrategy.planner.texts import T
from socialstrategy.planner.workspace import strategy_files, workspace_dir

lang = language()
st.title(T("app.title", lang))
st.caption(T("overview.intro", lang))

folder = workspace_dir()
files = strategy_files(folder)
if not files:
    st.info(T("overview.empty", lang, path=folder))
    st.stop()

names = {path.stem: path for path in files}
chosen = st.selectbox(T("overview.choose", lang), list(names), key="overview_file")
st.caption(T("overview.workspace", lang, path=folder))
# Streamlit's overloads type a selectbox over a list as possibly None.
path = names.get(str(chosen))
if path is None:
    st.stop()
try:
    strategy = load(path)
except InvalidStrategyError as exc:
    st.error(T("overview.invalid", lang) + "\n\n" + "\n".join(f"- `{x}`" for x in exc.lines(lang)))
    st.stop()
except StrategyIOError as exc:
    st.error(exc.describe(lang))
    st.stop()

org = strategy.organisation
st.header(strategy.meta.title or org.name)
left, middle, right = st.columns(3)
left.metric(T("overview.sector", lang), org.sector.label(lang))
middle.metric(T("overview.revision", lang), strategy.meta.revision)
right.metric(
    T("overview.next_review", lang),
    str(strategy.meta.next_review or T("overview.none", lang)),
)
if org.mission:
    st.write(org.mission)


def table(title: str, rows: list[dict[str, object]]) -> None:
    st.subheader(title)
    if rows:
        st.dataframe(rows, hide_index=True, width="stretch")
    else:
        st.caption(T("overview.nothing", lang))


table(
    T("overview.processes", lang),
    [
        {T("overview.col.name", lang): p.name, T("overview.col.kind", lang): p.kind.label(lang)}
        for p in org.processes
    ],
)
table(
    T("overview.goals", lang),
    [
        {
            T("overview.col.title", lang): g.title,
            T("overview.col.serves", lang): ", ".join(g.processes),
        }
        for g in strategy.goals
    ],
)
table(
    T("overview.audiences", lang),
    [
        {T("overview.col.name", lang): a.name, T("overview.col.kind", lang): a.kind.label(lang)}
        for a in strategy.audiences
    ],
)
table(
    T("overview.channels", lang),
    [
        {
            T("overview.col.name", lang): c.name or c.kind.label(lang),
            T("overview.col.reaches", lang): ", ".join(c.audiences),
            T("overview.col.owner", lang): c.owner,
        }
        for c in strategy.channels
    ],
)
table(
    T("overview.actions", lang),
    [
        {
            T("overview.col.title", lang): a.title,
            T("overview.col.owner", lang): a.owner,
            T("overview.col.due", lang): a.due,
            T("overview.col.status", lang): a.status.label(lang),
        }
        for a in strategy.actions
    ],
)
