"""Choices from a list: terms of a vocabulary, and other parts of the plan by name."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Any, TypeVar

import streamlit as st

from socialstrategy.planner import state
from socialstrategy.planner.widgets._language import language, t
from socialstrategy.planner.widgets._saving import saves

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from socialstrategy.vocab import Term

TermT = TypeVar("TermT", bound="Term")


def unique_labels(labels: Mapping[str, str]) -> dict[str, str]:
    """*labels* by id, each one unique: a label two ids share gets its id, ``Teamleider (tl)``.

    A select column holds labels and is read back through them, so two roles with one
    name would otherwise turn into one of them on the next rerun.
    """
    counts = Counter(labels.values())
    return {i: f"{label} ({i})" if counts[label] > 1 else label for i, label in labels.items()}


def _chosen(value: Any) -> Any:
    """A choice is never saved as none: an empty select box keeps the field as it was."""
    if value is None:
        raise ValueError("nothing chosen")
    return value


def term(
    label: str,
    options: Sequence[TermT],
    value: TermT,
    path: str,
    *,
    help: str | None = None,
    horizontal: bool = False,
) -> TermT:
    lang = language()
    index = list(options).index(value) if value in options else 0
    key = state.key(path)
    if horizontal:
        chosen = st.radio(
            label,
            options,
            index=index,
            key=key,
            horizontal=True,
            format_func=lambda x: x.label(lang),
            help=help,
            **saves(key, path, _chosen),
        )
    else:
        chosen = st.selectbox(
            label,
            options,
            index=index,
            key=key,
            format_func=lambda x: x.label(lang),
            help=help,
            **saves(key, path, _chosen),
            # A short list to click in, not to type in: typing that matches nothing
            # shows Streamlit's English "No results".
            filter_mode=None,
        )
    return chosen if chosen is not None else value


def optional_term(
    label: str,
    options: Sequence[TermT],
    value: TermT | None,
    path: str,
    *,
    empty: str,
    help: str | None = None,
) -> TermT | None:
    """One term, or none (*empty* says what none means, e.g. what is then assumed)."""
    lang = language()
    by_code = {option.code: option for option in options}
    choices = ["", *by_code]
    index = choices.index(value.code) if value is not None and value.code in by_code else 0
    key = state.key(path)
    chosen = st.selectbox(
        label,
        choices,
        index=index,
        key=key,
        format_func=lambda code: by_code[code].label(lang) if code else empty,
        help=help,
        **saves(key, path, lambda code: by_code.get(code) if code else None),
        filter_mode=None,  # see term()
    )
    return by_code.get(chosen) if chosen else None


def terms(
    label: str,
    options: Sequence[TermT],
    values: Sequence[TermT],
    path: str,
    *,
    help: str | None = None,
) -> tuple[TermT, ...]:
    lang = language()
    key = state.key(path)
    chosen = st.multiselect(
        label,
        options,
        default=[v for v in values if v in options],
        key=key,
        **saves(key, path, tuple),
        format_func=lambda x: x.label(lang),
        help=help,
        placeholder=t("list.choose"),
        # Streamlit's "Select all" and "No results" (typing that matches nothing) have no
        # Dutch: a short list is ticked, not searched.
        select_all=False,
        filter_mode=None,
    )
    return tuple(chosen)


def refs(
    label: str,
    options: dict[str, str],
    values: Sequence[str],
    path: str,
    *,
    help: str | None = None,
) -> tuple[str, ...]:
    """Pick ids of other parts, shown by their names."""
    known = [v for v in values if v in options]
    # The browser tells choices apart by their labels: two parts of one name would turn
    # into the first of them (and the plan would change by being looked at).
    options = unique_labels(options)
    key = state.key(path)
    chosen = st.multiselect(
        label,
        list(options),
        default=known,
        key=key,
        **saves(key, path, tuple, disabled=not options),
        format_func=lambda i: options.get(i, i),
        help=help,
        # Streamlit's own words for an empty list are English.
        placeholder=t("list.choose") if options else t("list.nothing_to_choose"),
        select_all=False,  # Streamlit's "Select all" has no Dutch
        filter_mode=None,  # nor has its "No results" (typing that matches nothing)
    )
    return tuple(chosen)


def ref(
    label: str, options: dict[str, str], value: str, path: str, *, help: str | None = None
) -> str:
    """Pick the id of one other part, or none."""
    options = unique_labels(options)  # see refs()
    choices = ["", *options]
    index = choices.index(value) if value in choices else 0
    key = state.key(path)
    chosen = st.selectbox(
        label,
        choices,
        index=index,
        key=key,
        help=help,
        format_func=lambda i: options.get(i, "—"),
        **saves(key, path, lambda i: i or ""),
        filter_mode=None,  # see terms(): typing that matches nothing says "No results"
    )
    return chosen or ""
