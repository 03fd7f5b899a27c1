"""One editor for a list part of the plan: choose an item, add one, remove one, edit it.

Every step that edits a list (goals, audiences, channels, activities, actions, crisis
scenarios) draws it the same way: a picker by the items' names, Add and Remove (asking
first, and saying how often other parts refer to the item), and the chosen item in a
box, edited by the page's own function. The page saves the items it gets back; an item
added or removed is saved with them, then the step is drawn afresh at the item to show.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, TypeVar

import streamlit as st

from socialstrategy.model.names import given_name
from socialstrategy.model.paths import get_at
from socialstrategy.planner import state, widgets
from socialstrategy.planner.widgets import t

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from socialstrategy.model import Strategy


class Item(Protocol):
    """A part of a list that others can refer to: it has an id."""

    @property
    def id(self) -> str: ...


T = TypeVar("T", bound=Item)


def show(
    key: str,
    items: Sequence[T],
    *,
    label: str,
    name_of: Callable[[T], str] = given_name,
    new: Callable[[], T],
    edit: Callable[[T, str], T],
    remove: Callable[[Strategy, str], Strategy] | None = None,
    references: Callable[[T], Sequence[str]] | None = None,
    references_text: str = "",
) -> tuple[T, ...]:
    """The items of the list at the path *key*, as edited on this run.

    *label* heads the picker; *name_of* names an item there (by default the name the
    manager gave it, from the model's naming policy; an item without one is "(nieuw)",
    still to be named, not its kind's noun as elsewhere); *new* makes the item Add
    appends; *edit* draws the chosen item's fields (given the item and its path, such
    as ``goals[1]``) and returns it as edited. *remove* takes an item out of a strategy
    by id with the references to it (``model.edit.remove_goal``); *references* lists
    where others refer to an item, said in *references_text* (with ``{n}``) under the
    buttons. The caller saves the items returned (``state.update``) on this run.
    """

    def names_in(strategy: Strategy) -> list[str]:
        return [name_of(item) for item in get_at(strategy, key)]

    index = widgets.pick(label, names_in, key)
    added, removed = widgets.add_remove(key, can_remove=index is not None)
    if index is not None and references is not None:
        used = references(items[index])
        if used:
            st.caption(t(references_text, n=len(used)))
    edited = tuple(items)
    if index is not None:
        with st.container(border=True):
            item = edit(items[index], f"{key}[{index}]")
        edited = (*edited[:index], item, *edited[index + 1 :])
    # Added or removed after every field is read and saved with them: no edit is lost.
    if added:
        edited = (*edited, new())
        state.refresh_after_save(f"{key}[{len(edited) - 1}]")
    elif removed and index is not None:
        gone = items[index].id
        edited = (*edited[:index], *edited[index + 1 :])
        tidy = None if remove is None else lambda strategy: remove(strategy, gone)
        state.refresh_after_save(f"{key}[{max(index - 1, 0)}]", tidy)
    return edited


__all__ = ["Item", "show"]
