"""Column declarations shared by the planner's tables (crisis plan, consent register)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

import streamlit as st

from socialstrategy.planner import tables

if TYPE_CHECKING:
    from socialstrategy.i18n import Language

#: A column's width: Streamlit's named sizes or pixels.
Width = Literal["small", "medium", "large"] | int


def text_column(
    name: str, label: str, *, width: Width, help: str | None = None, needed: bool = False
) -> tables.Column[Any]:
    """A column for the text field *name* of a row."""
    return tables.Column(
        name,
        st.column_config.TextColumn(label, help=help, width=width),
        lambda x: getattr(x, name),
        needed=needed,
    )


def code_column(
    name: str, label: str, kind: Any, lang: Language, *, width: int, help: str | None = None
) -> tables.Column[Any]:
    """A column to choose the vocabulary term (of *kind*) in field *name* of a row, kept
    in the cell by its code and shown by its label; an empty field shows an empty cell."""
    return tables.Column(
        name,
        st.column_config.SelectboxColumn(
            label,
            help=help,
            options=list(kind.codes()),
            format_func=lambda c: kind.parse(str(c)).label(lang),
            width=width,
        ),
        lambda x: None if getattr(x, name) is None else getattr(x, name).code,
    )
