"""The frame of a step page: its header and example, the pointer to Start when no plan
is open, the parts of a long step, and the links to other steps."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import TYPE_CHECKING

import streamlit as st

from socialstrategy.files import load
from socialstrategy.planner import per_run, state
from socialstrategy.planner.markup import inert
from socialstrategy.planner.steps import STEPS, Step
from socialstrategy.planner.widgets._language import language, t, words
from socialstrategy.vocab import Sector
from socialstrategy.workspace import example_for, examples_dir

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping

    from socialstrategy.model import Strategy


@st.cache_resource(show_spinner=False)
def _example(name: str) -> Strategy:
    # Bundled examples are read-only and the same for everyone: safe to share.
    return load(examples_dir() / name)


def example() -> Strategy:
    """The bundled example of the open plan's sector: a manager in disability care learns
    from a disability-care organisation, not from a hospital."""
    current = state.strategy()
    sector = current.organisation.sector if current is not None else Sector.HOSPITAL
    return _example(example_for(sector))


@functools.cache  # asked for every step on every rerun (navigation, links)
def page_path(step: Step) -> Path:
    return Path(__file__).parent.parent / "pages" / step.file  # planner/pages/


def require_strategy() -> Strategy:
    """The open strategy; without one, a pointer to Start (and the page stops)."""
    current = state.strategy()
    if current is None:
        broken = state.broken()
        if broken is not None:  # the link names a plan that is gone or cannot be read
            key = "broken.missing" if broken[1] is None else "broken.unreadable"
            st.warning(t(key, id=inert(broken[0])), icon=":material/report:")
        st.info(t("step.need_draft"))
        st.page_link(str(page_path(STEPS[0])), label=t("step.go_start"), icon=":material/home:")
        st.stop()
    return current


def header(step: Step, show_example: Callable[[], None] | None = None) -> None:
    """Title, why the step matters, and an example from the bundled strategies."""
    state.enter(step.key)
    st.title(step.title.get(language()))
    # A step's why may name the plan's own bodies ({client_voice}): see words().
    st.markdown(step.why.get(language()).format_map(words()))
    if show_example is not None:
        org = example().organisation.name
        with st.expander(t("step.example", org=org), icon=":material/menu_book:"):
            show_example()
    focus = st.query_params.get("focus")
    report = state.report()
    if focus and report is not None and report.next_step and report.next_step.where == focus:
        st.info(
            t("step.focus", message=inert(report.next_step.message.get(language()))),
            icon=":material/my_location:",
        )


def step_links(step: Step) -> None:
    """Back and Next, at the foot of a step."""
    index = STEPS.index(step)
    left, right = st.columns(2)
    if index > 0:
        previous = STEPS[index - 1]
        left.page_link(
            str(page_path(previous)),
            label=t("step.previous", step=previous.title.get(language())),
            icon=":material/arrow_back:",
        )
    if index + 1 < len(STEPS):
        following = STEPS[index + 1]
        right.page_link(
            str(page_path(following)),
            label=t("step.next", step=following.title.get(language())),
            icon=":material/arrow_forward:",
        )


def link(target: Step, label: str, focus: str) -> None:
    """A link to the field at *focus* on the *target* step (its section opened)."""
    draft = state.draft()
    params = {"focus": focus} | ({state.QUERY_DRAFT: draft.id} if draft else {})
    st.page_link(
        str(page_path(target)), label=label, icon=":material/arrow_forward:", query_params=params
    )


def section(
    label: str,
    sections: Mapping[str, str],
    name: str,
    *,
    holds: Mapping[str, str] | None = None,
) -> str:
    """Choose the part of a long step to show: the path of the chosen one.

    *sections* maps field paths to their labels, in order; *holds* maps further paths
    to the section that shows them. One section at a time, not tabs: tabs would build
    every section's widgets (and tables) on every rerun. The ``?focus=`` of a next-step
    link opens the section that holds the field (the longest path it starts with).
    """
    paths = list(sections)
    # Findings name a place outside any list by its section ("Ook bij: Triage, ...").
    per_run.this().collected.sections = dict(sections) | {
        path: sections[to] for path, to in (holds or {}).items()
    }
    focus = st.query_params.get("focus", "")
    where = {path: path for path in paths} | dict(holds or {})
    matches = [path for path in where if focus.startswith(path)]
    opened = where[max(matches, key=len)] if matches else paths[0]
    chosen = st.segmented_control(
        label,
        paths,
        default=opened,
        format_func=lambda path: sections[path],
        key=state.key(name, keep=state.Keep.PLACE),  # the section shown stays shown
        label_visibility="collapsed",
    )
    return chosen or opened
