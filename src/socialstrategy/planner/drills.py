"""A scenario's drill on the crisis step: when it was last drilled, its card, its exercise.

Its own module so the crisis page calls one function per scenario; the exercise comes from
:mod:`socialstrategy.vocab.drills`, the card from :mod:`socialstrategy.export.documents.drill`.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

import streamlit as st

from socialstrategy.export.documents.drill import card_file_name, card_pdf
from socialstrategy.planner import widgets
from socialstrategy.planner.markup import inert
from socialstrategy.planner.widgets import language, t
from socialstrategy.vocab.drills import drill

if TYPE_CHECKING:
    import datetime as dt

    from socialstrategy.model import Scenario, Strategy


def show(strategy: Strategy, scenario: Scenario, path: str) -> dt.date | None:
    """The drill of *scenario*: the date it was last drilled (the field at *path*, saved at
    once and returned for the page's own save), a download of its card, and the exercise."""
    lang = language()
    st.markdown(f"**{t('drills.title')}**")
    st.caption(t("drills.intro"))
    date_column, card_column = st.columns([1, 2], vertical_alignment="bottom")
    with date_column:
        drilled = widgets.date(
            t("drills.last"),
            scenario.last_drilled,
            path,
            help=t("drills.last.help"),
        )
    with card_column:
        st.download_button(
            t("drills.download"),
            # A callable: the card is drawn only when the button is clicked.
            data=functools.partial(card_pdf, strategy, scenario.id, language=lang),
            file_name=card_file_name(strategy, scenario, lang),
            mime="application/pdf",
            help=t("drills.download.help"),
            icon=":material/download:",
            on_click="ignore",
            key=f"{path}.card",
        )
    org = strategy.organisation
    with st.expander(t("drills.exercise"), icon=":material/timer:"):
        for n, inject in enumerate(drill(scenario.kind, org.sector, org.name, lang), 1):
            questions = "\n".join(f"- {inert(q)}" for q in inject.questions)
            st.markdown(
                f"**{t('drills.inject', n=n, clock=inject.clock)}**  \n"
                f"{inert(inject.situation)}\n\n{questions}"
            )
    return drilled
