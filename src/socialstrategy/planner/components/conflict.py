"""What the manager sees when someone else saved the plan meanwhile.

Changes to different fields were combined already: a calm notice says what the other
person changed. The same field changed on both sides: each clash with its two values in
words, the manager chooses per clash, then saves; nothing is overwritten silently.
Saving one's own version as a copy stays a way out.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

import streamlit as st

from socialstrategy import fmt
from socialstrategy.planner import state
from socialstrategy.planner.markup import inert
from socialstrategy.planner.widgets import language, t

if TYPE_CHECKING:
    from socialstrategy.model.merge import Clash, Side
    from socialstrategy.workspace import Draft

#: How many of the other person's changes the notice names; the rest are counted.
_NAMED: Final = 4


def show() -> None:
    """The notice of what was combined; a clash (or an unreadable file) stops the page
    until the manager has chosen."""
    notice()
    pending = state.conflict()
    current = state.draft()
    if pending is None or current is None:
        return
    with st.container(border=True):
        if pending.merged is None:
            _unreadable(current)
        else:
            # Keys of this clash set: choices made for an earlier one never carry over.
            digest = pending.current.digest[:12] if pending.current is not None else ""
            _clashes(pending.merged.clashes, f"conflict.{digest}.{id(pending.merged)}")
    st.stop()


def notice() -> None:
    """What someone else changed that was combined with this session's work."""
    changes = state.combined()
    if not changes:
        return
    lang = language()
    named = [f"**{inert(c.label.get(lang))}**" for c in changes[:_NAMED]]
    rest = len(changes) - len(named)
    if rest:
        named.append(fmt.plural(rest, t("combined.more.one"), t("combined.more.other"), lang))
    text, button = st.columns([6, 1], vertical_alignment="center")
    text.info(t("combined.notice", fields=fmt.items(named, lang)), icon=":material/merge:")
    button.button(t("combined.ok"), key="combined.ok", on_click=state.dismiss_combined)


def _clashes(clashes: tuple[Clash, ...], prefix: str) -> None:
    st.warning(
        f"**{t('conflict.title')}**\n\n"
        + (t("conflict.body") if clashes else t("conflict.uncombinable")),
        icon=":material/sync_problem:",
    )
    lang = language()
    choices: dict[str, Side] = {}
    sides: list[Side] = ["mine", "theirs"]
    for index, clash in enumerate(clashes):
        with st.container(border=True):
            st.markdown(f"**{inert(clash.label.get(lang))}**")
            st.caption(t("conflict.was", value=inert(clash.base.get(lang))))
            picked = st.radio(
                t("conflict.choice"),
                options=sides,
                index=None,
                format_func=lambda side: t(f"conflict.{side}"),
                captions=[inert(clash.mine.get(lang)), inert(clash.theirs.get(lang))],
                key=f"{prefix}.choice.{index}",
            )
            if picked is not None:
                choices[clash.path] = picked
    left, right = st.columns(2)
    if clashes:
        complete = len(choices) == len(clashes)
        if left.button(
            t("conflict.save"), key="conflict.save", type="primary", disabled=not complete
        ):
            if state.resolve_clashes(choices):
                st.rerun()
            st.error(t("conflict.refs"), icon=":material/link_off:")
        if not complete:
            left.caption(t("conflict.choose_all"))
    if right.button(t("conflict.copy"), key="conflict.copy"):
        state.resolve_save_copy()
        st.rerun()


def _unreadable(current: Draft) -> None:
    st.warning(
        f"**{t('conflict.broken.title')}**\n\n"
        + t("conflict.broken", name=inert(f"{current.id}.toml")),
        icon=":material/sync_problem:",
    )
    left, right = st.columns(2)
    if left.button(t("conflict.repair"), key="conflict.repair"):
        state.resolve_repair()
        st.rerun()
    if right.button(t("conflict.copy"), key="conflict.copy"):
        state.resolve_save_copy()
        st.rerun()
