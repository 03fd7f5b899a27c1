"""A list part of the plan edited one item at a time: the picker, Add and Remove."""

from __future__ import annotations

import zlib
from typing import TYPE_CHECKING

import streamlit as st

from socialstrategy.planner import roles, state
from socialstrategy.planner.widgets._language import t

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from socialstrategy.model import Strategy


def pick(label: str, names_in: Callable[[Strategy], Sequence[str]], path: str) -> int | None:
    """Choose one item of a list part to edit; None when the list is empty.

    *names_in* gives the items' names in a strategy. The browser holds the chosen option
    by its label, so after a rename the picker is a new widget (its key is made of the
    names), which starts at the item chosen before; the rest of the step stays as it is,
    so a click on another field while a rename is saved is not lost.
    """
    current = state.strategy()
    names = list(names_in(current)) if current is not None else []
    # Renamed by this run's own save: the picker, drawn before it, is drawn again.
    # (Adding and removing draw the step again by themselves, choosing the item added.)
    state.rerun_if(
        lambda changed: len(after := list(names_in(changed))) == len(names) and after != names
    )
    if not names:
        st.caption(t("list.empty"))
        return None
    picked = state.key(path + ".picked", keep=state.Keep.PICK)
    default = st.session_state.get(picked)
    if not isinstance(default, int):
        default = _focused_item(path)
    new = t("list.new")
    labels = [f"{i + 1}. {name or new}" for i, name in enumerate(names)]
    names_key = zlib.crc32("\x1f".join(labels).encode())
    chosen = st.selectbox(
        label,
        range(len(names)),
        index=min(default, len(names) - 1),
        key=state.key(f"{path}.pick.{names_key:x}"),
        format_func=labels.__getitem__,
        filter_mode=None,  # see widgets.terms(): typing that matches nothing says "No results"
    )
    st.session_state[picked] = chosen
    return chosen


def _focused_item(path: str) -> int:
    """The item of the list at *path* that the page's ``focus`` points at; else the first."""
    focus = st.query_params.get("focus", "")
    if focus.startswith(path + "["):
        try:
            return int(focus[len(path) + 1 :].split("]", 1)[0])
        except ValueError:
            return 0
    return 0


def add_remove(path: str, can_remove: bool) -> tuple[bool, bool]:
    """Add and Remove buttons for a list part: (add clicked, remove clicked)."""
    left, right, _ = st.columns([1, 1, 3])
    read_only = roles.read_only()
    added = left.button(
        t("list.add"), key=state.key(path + ".add"), icon=":material/add:", disabled=read_only
    )
    # Removing is saved at once and cannot be undone: ask first.
    with right.popover(
        t("list.remove"), icon=":material/delete:", disabled=not can_remove or read_only
    ):
        st.markdown(t("list.remove.confirm"))
        removed = st.button(
            t("list.remove.yes"),
            key=state.key(path + ".remove"),
            type="primary",
            icon=":material/delete_forever:",
        )
    return added, removed
