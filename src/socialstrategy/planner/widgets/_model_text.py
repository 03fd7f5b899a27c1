"""The "Modeltekst" notices over parts that still hold starter texts, and the dialog
that shows such a part whole, as the documents will, to read before adopting it."""

from __future__ import annotations

from typing import TYPE_CHECKING

import streamlit as st

from socialstrategy.export.documents.parts import part_markdown
from socialstrategy.model.starters import unreviewed
from socialstrategy.planner import roles, state
from socialstrategy.planner.widgets._language import language, t

if TYPE_CHECKING:
    from streamlit.delta_generator import DeltaGenerator

    from socialstrategy.model import Strategy


def starter_notice(strategy: Strategy, path: str, *more: str, read: str | None = None) -> bool:
    """The "Modeltekst" mark over a part of the plan that still holds starter texts no
    person has edited or accepted, with one button that accepts the whole part as it
    stands (editing a text clears its mark too), and one that shows the part whole, as
    the documents will, to read before accepting. Whether the mark is shown.

    *path* is the part (``guidelines.rules``, ``media_guidance``, ``crisis.scenarios``);
    *more*: further parts shown in the same place (the crisis plan's own fields);
    *read*: the part to show whole (a key of :data:`parts.PARTS`), by default *path*.
    """
    paths = (path, *more)
    count = len(unreviewed(strategy, *paths))
    if not count:
        return False
    with st.container(border=True):
        text, reading, button = st.columns([4.4, 1.8, 2.2], vertical_alignment="center")
        text.markdown(
            _badge() + t("starter.notice" if count == 1 else "starter.notice.many", n=count)
        )
        _read_button(reading, t("starter.read"), path + ".read_model_texts", read or path, paths)
        button.button(
            t("starter.accept"),
            key=state.key(path + ".accept_model_texts"),
            icon=":material/done_all:",
            help=t("starter.accept.help"),
            on_click=state.accept_model_texts,
            args=paths,
            width="stretch",
            disabled=roles.read_only(),
        )
    return True


def whole_notice(strategy: Strategy, *paths: str, read: str, button: str) -> None:
    """Over a step whose parts *paths* still hold model texts: how many, and *button* to
    read them whole as a document (*read*, a key of :data:`parts.PARTS`) and adopt them
    all at its end; the notices on each section remain for a review part by part."""
    count = len(unreviewed(strategy, *paths))
    if not count:
        return
    with st.container(border=True):
        text, reading = st.columns([5.2, 2.2], vertical_alignment="center")
        text.markdown(_badge() + t("starter.whole", n=count))
        _read_button(reading, button, read + ".read_whole", read, paths)


def _badge() -> str:
    """The "Modeltekst" badge that opens a notice, in the manager's language."""
    return f":orange-badge[:material/edit_note: {t('starter.badge')}] "


def _read_button(
    where: DeltaGenerator, label: str, key: str, read: str, paths: tuple[str, ...]
) -> None:
    """The button that shows *read* whole in a dialog, adopting *paths* at its end."""
    if where.button(
        label,
        key=state.key(key),
        icon=":material/article:",
        help=t("starter.read.help"),
        width="stretch",
    ):
        _read_dialog(read, paths)


def _read_dialog(part: str, paths: tuple[str, ...]) -> None:
    """The part whole, in a dialog, with the buttons to adopt it or to close it."""

    def body() -> None:
        current = state.strategy()
        report = state.report()
        if current is None or report is None:
            return
        st.markdown(part_markdown(current, report, part, language(), state.shown_on()))
        adopt, close = st.columns(2)
        # Keys of their own, not the step's: accepting draws the step afresh under new
        # keys, and the button must still read as clicked to close the dialog.
        key = f"read_model_texts.{part}"
        if adopt.button(
            t("starter.accept"),
            key=key + ".accept",
            icon=":material/done_all:",
            type="primary",
            on_click=state.accept_model_texts,
            args=paths,
            width="stretch",
            disabled=roles.read_only(),
        ) or close.button(t("starter.read.close"), key=key + ".close", width="stretch"):
            st.rerun()

    st.dialog(t("starter.read.title"), width="large")(body)()
