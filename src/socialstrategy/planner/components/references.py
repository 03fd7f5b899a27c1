"""A choice of parts the plan names elsewhere (audiences, goals, processes), saying where
to add them when the plan has none yet."""

from __future__ import annotations

from typing import TYPE_CHECKING

import streamlit as st

from socialstrategy.planner import widgets

if TYPE_CHECKING:
    from collections.abc import Sequence


def show(
    label: str,
    names: dict[str, str],
    chosen: Sequence[str],
    path: str,
    *,
    none: str,
    help: str | None = None,
) -> tuple[str, ...]:
    """The ids chosen among *names* (id → name); *none* is the caption shown below the
    choice when there is nothing to choose (which step to fill in first)."""
    picked = widgets.refs(label, names, chosen, path, help=help)
    if not names:
        st.caption(none)
    return picked


__all__ = ["show"]
