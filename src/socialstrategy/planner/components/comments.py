"""A small panel of comments on one part of the plan (a goal, the guideline, a scenario).

Each comment shows who wrote it, when and on which revision, and whether it was
resolved. Editors and reviewers (*meelezers*) write comments; editors resolve them;
viewers read. The panel is no field of the plan: a reviewer comments without editing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import streamlit as st

from socialstrategy import fmt
from socialstrategy.planner import comments, state
from socialstrategy.planner.markup import inert
from socialstrategy.planner.widgets import language, t
from socialstrategy.storage.comments import MAX_COMMENT

if TYPE_CHECKING:
    import datetime as dt

    from socialstrategy.storage import Comment


def when(moment: dt.datetime) -> str:
    """A comment's time as a manager reads it: ``5 december 2026 14:02``."""
    local = moment.astimezone()
    return f"{fmt.long_date(local.date(), language())} {local:%H:%M}"


def _post(part: str, key: str) -> None:
    """The post button's callback: keep the comment and empty the field."""
    text = str(st.session_state.get(key) or "")
    if comments.add(part, text):
        st.session_state[key] = ""


def _resolve(number: int) -> None:
    comments.resolve(number)


def _comment(item: Comment, part: str, *, can_resolve: bool) -> None:
    with st.container(border=True):
        who = inert(item.author) if item.author else t("comments.someone")
        st.markdown(t("comments.by", who=who, when=when(item.at), revision=item.revision))
        st.markdown(inert(item.text))
        if item.resolved_at is not None:
            by = inert(item.resolved_by) if item.resolved_by else t("comments.someone")
            st.caption(t("comments.resolved", who=by, when=when(item.resolved_at)))
        elif can_resolve:
            st.button(
                t("comments.resolve"),
                key=state.key(f"comment:{part}#{item.number}"),
                on_click=_resolve,
                args=(item.number,),
                icon=":material/check:",
            )


def show(part: str, *, about: str = "") -> None:
    """The comments on *part* (``guidelines``, ``goals/<id>``), in an expander that is
    open while any is open; *about*: what the part is called, for the label."""
    here = comments.on(part)
    still_open = sum(1 for c in here if not c.resolved)
    if still_open:
        label = t("comments.panel.open", count=still_open)
    elif here:
        label = t("comments.panel.done", count=len(here))
    else:
        label = t("comments.panel.none")
    if about:
        label = f"{label} · {inert(about)}"
    can_comment, can_resolve = comments.may_comment(), comments.may_resolve()
    with st.expander(label, icon=":material/forum:", expanded=bool(still_open)):
        for item in here:
            _comment(item, part, can_resolve=can_resolve)
        if not can_comment:
            st.caption(t("comments.read_only"))
            return
        key = state.key(f"comment:{part}")
        st.text_area(
            t("comments.new"),
            key=key,
            max_chars=MAX_COMMENT,
            placeholder=t("comments.new.placeholder"),
            height=80,
        )
        st.button(
            t("comments.post"),
            key=state.key(f"comment:{part}:post"),
            on_click=_post,
            args=(part, key),
            icon=":material/send:",
        )


__all__ = ["show", "when"]
