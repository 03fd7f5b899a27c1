"""The fields of one part on a form, each named once: by the part's field.

A field's value is the part's field of that name, its path (the widget's key, and
where a change is saved) is the part's path and the name, and its label is the
planner text ``<texts>.<name>``: its help text ``….help`` and placeholder
``….placeholder`` when asked for. A label that is not the field's name is given as
*label* (``online`` for ``online_behaviour``). A text that names who adopts and who
advises (the works council, the board) is filled in with ``widgets.words()`` (*words*).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeVar

import attrs
import streamlit as st

from socialstrategy.planner import widgets
from socialstrategy.planner.widgets import t

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Sequence

    from socialstrategy.vocab import Term

TermT = TypeVar("TermT", bound="Term")


@attrs.frozen
class Form:
    """The form for *part*, at *path* (``goals[0]``, ``crisis``), its texts under *texts*."""

    part: object
    path: str
    texts: str

    def _value(self, field: str) -> Any:
        """The part's *field*: of the type its widget takes (a text, a term, ids)."""
        return getattr(self.part, field)

    def _where(self, field: str) -> str:
        return f"{self.path}.{field}"

    def _text(self, field: str, label: str | None, suffix: str, words: bool = False) -> str:
        return t(f"{self.texts}.{label or field}{suffix}", **(widgets.words() if words else {}))

    def _help(self, field: str, label: str | None, help: bool, words: bool = False) -> str | None:
        return self._text(field, label, ".help", words) if help else None

    def text(
        self,
        field: str,
        *,
        label: str | None = None,
        area: bool = False,
        help: bool = False,
        placeholder: bool = False,
        words: bool = False,
    ) -> str:
        """A line of text, or a text area (*area*)."""
        value = self._value(field)
        return widgets.text(
            self._text(field, label, "", words),
            value,
            self._where(field),
            area=area,
            help=self._help(field, label, help, words),
            placeholder=self._text(field, label, ".placeholder", words) if placeholder else None,
        )

    def who(self, field: str, *, label: str | None = None, help: bool = False) -> str:
        """A person or role who carries something (see ``widgets.who``)."""
        value = self._value(field)
        return widgets.who(
            self._text(field, label, ""),
            value,
            self._where(field),
            help=self._help(field, label, help),
        )

    def date(self, field: str, *, help: bool = False, words: bool = False) -> dt.date | None:
        """A day, or none."""
        value = self._value(field)
        return widgets.date(
            self._text(field, None, "", words),
            value,
            self._where(field),
            help=self._help(field, None, help, words),
        )

    def flag(self, field: str, *, help: bool = False) -> bool:
        """Yes or no."""
        return widgets.flag(
            self._text(field, None, ""),
            bool(self._value(field)),
            self._where(field),
            help=self._help(field, None, help),
        )

    def term(self, field: str, options: Sequence[TermT], *, help: bool = False) -> TermT:
        """One term of a vocabulary."""
        value: TermT = self._value(field)
        return widgets.term(
            self._text(field, None, ""),
            options,
            value,
            self._where(field),
            help=self._help(field, None, help),
        )

    def terms(
        self, field: str, options: Sequence[TermT], *, help: bool = False
    ) -> tuple[TermT, ...]:
        """Some terms of a vocabulary."""
        return widgets.terms(
            self._text(field, None, ""),
            options,
            self._value(field),
            self._where(field),
            help=self._help(field, None, help),
        )

    def refs(
        self,
        field: str,
        names: dict[str, str],
        *,
        help: bool = False,
        none: str | None = None,
    ) -> tuple[str, ...]:
        """Ids of other parts of the plan, chosen by their *names* (id → name); *none*
        says below the choice where to add them, when the plan has none yet."""
        chosen = widgets.refs(
            self._text(field, None, ""),
            names,
            self._value(field),
            self._where(field),
            help=self._help(field, None, help),
        )
        if none is not None and not names:
            st.caption(none)
        return chosen


__all__ = ["Form"]
