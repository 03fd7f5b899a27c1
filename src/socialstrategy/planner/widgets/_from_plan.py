"""Fields that offer what the plan already says: the names of the people who carry its
parts, and texts another part of its kind already gives."""

from __future__ import annotations

import textwrap
from typing import TYPE_CHECKING, Any

import streamlit as st

from socialstrategy.model.people import people
from socialstrategy.planner import roles, state
from socialstrategy.planner.markup import inert
from socialstrategy.planner.widgets._language import t
from socialstrategy.planner.widgets._saving import saves

if TYPE_CHECKING:
    from collections.abc import Sequence


_OTHER = "\x00other"  # the choice "another name", never a name itself


def who(label: str, value: str, path: str, *, help: str | None = None) -> str:
    """A person or role who carries something: one of the names the plan already uses
    (its roles, its author, every owner), or another name typed in a second field."""
    current = state.strategy()
    names = list(people(current)) if current is not None else []
    if value and value not in names:
        names.append(value)
    choices = ["", *names, _OTHER]
    key = state.key(path + ".who")
    chosen = st.selectbox(
        label,
        choices,
        index=choices.index(value),
        key=key,
        help=help,
        format_func=lambda c: t("who.other") if c == _OTHER else c or t("who.none"),
        **saves(key, path, _named),
        filter_mode=None,  # see widgets.term(): typing that matches nothing says "No results"
    )
    if chosen != _OTHER:
        return chosen if chosen is not None else value
    typed_key = state.key(path + ".other")
    typed: str = st.text_input(
        t("who.other.label", label=label),
        key=typed_key,
        placeholder=t("who.other.placeholder"),
        **saves(typed_key, path),
    )
    return typed.strip() or value


def _named(choice: Any) -> str:
    """A name chosen from the list saves; "another name" waits for the name typed."""
    if choice == _OTHER:
        raise ValueError("the name is typed in the next field")
    return str(choice or "")


def same_as(path: str, texts: Sequence[str], most: int = 3) -> None:
    """Under an empty field: a button per text the plan already gives in its kind of
    field (a source another audience names), which puts that text in this field."""
    for number, text in enumerate(texts[:most]):
        st.button(
            t("same_as", text=inert(textwrap.shorten(text, 60, placeholder=" …"))),
            key=state.key(f"{path}.same_as.{number}"),
            icon=":material/content_copy:",
            type="tertiary",
            on_click=state.put,
            args=(path, text),
            disabled=roles.read_only(),
        )
