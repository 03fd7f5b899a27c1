"""The cells of a table edited with ``st.data_editor``: a column, how its values are
shown, and how what is typed in them is read back.

Numbers and dates are typed in text cells and read with :mod:`socialstrategy.fmt`: a
number cell of ``st.data_editor`` reads ``6,4`` as 64 and shows ``1,200`` on a Dutch
screen; a date cell edits in the browser's order (``12/31/2027`` in an American
Chromium), so ``31-12-2027`` typed into it became 11 March. A cell that cannot be read
is reported with its row; the row keeps what it was.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, Generic, TypeVar

import attrs
import pandas as pd
import streamlit as st

from socialstrategy import fmt
from socialstrategy.planner.widgets import language, t

ItemT = TypeVar("ItemT")


@attrs.frozen
class Column(Generic[ItemT]):
    """One column: how to show a field of an item, and how to read it back."""

    name: str
    config: Any
    read: Callable[[ItemT], Any]
    #: Text columns hold strings; others (dates, numbers, booleans) their own type.
    dtype: str = "string"
    #: A row needs this cell filled in. Never Streamlit's ``required``: the browser keeps
    #: a new row without it to itself, and drops it without a word when the manager
    #: moves on (a required column off-screen lost four rows of an escalation chain).
    #: The row is saved as it is and said to be incomplete, with what it still needs.
    needed: bool = False


def clean(value: Any) -> Any:
    """Empty cells come back as NaN or <NA>: make them None."""
    if value is None:
        return None
    try:
        if pd.isna(value):
            return None
    except (TypeError, ValueError):
        return value
    return value


def text(value: Any) -> str:
    value = clean(value)
    return "" if value is None else str(value)


def day(value: Any) -> dt.date | None:
    """A date cell (see :func:`date_column`) as a date, read day first: ``31-12-2027``.

    Raises :class:`fmt.UnreadableError` for text that is no date, and for a date no plan
    can mean (``31-12-0027``): a typo, not a deadline long passed.
    """
    value = clean(value)
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        fmt.check_date(value)
        return value
    return fmt.parse_date(str(value), language())


def figure(value: Any) -> float | None:
    """A number cell (see :func:`number_column`) as a number, read the manager's way:
    ``6,4`` in Dutch. Raises :class:`fmt.UnreadableError` for text that is no number."""
    value = clean(value)
    if value is None:
        return None
    if isinstance(value, (int, float)):
        return float(value)
    return fmt.parse_number(str(value), language())


def number_column(
    name: str, label: str, read: Callable[[ItemT], float | None], **config: Any
) -> Column[ItemT]:
    """A column of numbers written and typed the manager's way (``6,4``, ``1.500``):
    a text column, read back with :func:`figure`."""
    lang = language()
    return Column(
        name,
        st.column_config.TextColumn(label, **config),
        lambda item: None if (value := read(item)) is None else fmt.number(value, lang, digits=6),
    )


def date_column(
    name: str, label: str, read: Callable[[ItemT], dt.date | None], **config: Any
) -> Column[ItemT]:
    """A column of dates written and typed day first (``31-12-2027``): a text column,
    read back with :func:`day`. Not ``DateColumn``: see the module's docstring."""
    lang = language()
    config["help"] = " ".join(filter(None, (config.get("help"), t("table.date.help"))))
    return Column(
        name,
        st.column_config.TextColumn(label, **config),
        lambda item: None if (value := read(item)) is None else fmt.date(value, lang),
    )


__all__ = ["Column", "clean", "date_column", "day", "figure", "number_column", "text"]
