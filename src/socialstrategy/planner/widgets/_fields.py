"""Fields of one value typed by the manager: text, dates, numbers written the manager's
way, switches; and a model object built from what they return (see the package's
docstring for how fields and pages meet)."""

from __future__ import annotations

import datetime as dt
import functools
from typing import TYPE_CHECKING, Any, TypeVar

import streamlit as st

from socialstrategy import fmt
from socialstrategy.model._fields import FieldError
from socialstrategy.planner import state
from socialstrategy.planner.markup import inert
from socialstrategy.planner.widgets._language import language, t
from socialstrategy.planner.widgets._saving import saves

if TYPE_CHECKING:
    from collections.abc import Callable

    from socialstrategy.i18n import Language

BuiltT = TypeVar("BuiltT")


def _day(value: Any) -> dt.date | None:
    return value if isinstance(value, dt.date) else None


def text(
    label: str,
    value: str,
    path: str,
    *,
    area: bool = False,
    help: str | None = None,
    placeholder: str | None = None,
) -> str:
    key = state.key(path)
    if area:
        return st.text_area(  # type: ignore[no-any-return]
            label, value=value, key=key, help=help, placeholder=placeholder, **saves(key, path)
        )
    return st.text_input(  # type: ignore[no-any-return]
        label, value=value, key=key, help=help, placeholder=placeholder, **saves(key, path)
    )


def date(
    label: str, value: dt.date | None, path: str, *, help: str | None = None
) -> dt.date | None:
    # The years a plan can mean: a year typed as 0027 or 20207 is not taken, and a date
    # more than ten years away is (Streamlit's own bounds are ten years either way). A
    # stored date outside them stays.
    key = state.key(path)
    earliest, latest = fmt.earliest(), fmt.latest()
    if value is not None:
        earliest, latest = min(earliest, value), max(latest, value)
    chosen = st.date_input(
        label,
        value=value,
        key=key,
        **saves(key, path, _day),
        help=help,
        format="DD-MM-YYYY",
        min_value=earliest,
        max_value=latest,
    )
    # Streamlit holds the bounds, in the browser and on the server.
    return chosen if isinstance(chosen, dt.date) else None


def number(
    label: str,
    value: float | None,
    path: str,
    *,
    help: str | None = None,
    minimum: float | None = None,
) -> float | None:
    """A number typed the manager's way: ``6,4`` and ``1.500`` in Dutch.

    A text field, not ``st.number_input``, which reads ``6,4`` as 64 and writes
    ``1,200`` on a Dutch screen. Text that is no number is kept in the field and said
    so; the plan keeps *value* until it is corrected.
    """
    return _number(label, value, path, help=help, minimum=minimum)


def _number(
    label: str,
    value: float | None,
    path: str,
    *,
    help: str | None,
    minimum: float | None,
    whole: bool = False,
) -> float | None:
    lang = language()
    shown = "" if value is None else fmt.number(value, lang, digits=6)
    key = state.key(path)
    typed = st.text_input(
        label,
        value=shown,
        key=key,
        help=help,
        placeholder="—",
        **saves(key, path, functools.partial(_read_number, lang, minimum, whole)),
    )
    if typed == shown:
        return value  # untouched: not rounded through its text
    try:
        chosen = _read_number(lang, minimum, whole, typed)
    except fmt.UnreadableError as exc:
        st.error(t("field.invalid", message=exc.text.get(lang)), icon=":material/block:")
        return value
    except _TooLowError:
        low = fmt.number(minimum or 0, lang)
        st.error(t("field.too_low", minimum=low), icon=":material/block:")
        return value
    except _NotWholeError:
        st.error(t("field.not_whole"), icon=":material/block:")
        return value
    return chosen


class _TooLowError(ValueError):
    pass


class _NotWholeError(ValueError):
    pass


def _read_number(
    lang: Language, minimum: float | None, whole: bool, typed: str
) -> float | int | None:
    """The number in *typed*, or an error (a ValueError: the callback leaves it alone)."""
    chosen = fmt.parse_number(typed, lang)
    if chosen is None:
        return None
    if minimum is not None and chosen < minimum:
        raise _TooLowError(typed)
    if whole:
        if chosen != int(chosen):
            raise _NotWholeError(typed)
        return int(chosen)
    return chosen


def whole(label: str, value: int | None, path: str, *, help: str | None = None) -> int | None:
    """A whole number from 0, typed the manager's way (``1.500`` in Dutch)."""
    chosen = _number(label, value, path, help=help, minimum=0, whole=True)
    return None if chosen is None else int(chosen)


def flag(label: str, value: bool, path: str, *, help: str | None = None) -> bool:
    key = state.key(path)
    return bool(st.toggle(label, value=value, key=key, help=help, **saves(key, path, bool)))


def build(make: Callable[[], BuiltT], fallback: BuiltT) -> BuiltT:
    """Construct a model object; on a broken local rule, say what and keep the old one."""
    try:
        return make()
    except FieldError as exc:
        st.error(
            t("field.invalid", message=inert(exc.text.get(language()))), icon=":material/block:"
        )
        return fallback
