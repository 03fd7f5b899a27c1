"""The manager's language, and the planner's strings in it."""

from __future__ import annotations

from typing import TYPE_CHECKING

import streamlit as st

from socialstrategy.model import Organisation, governance
from socialstrategy.planner import per_run, state
from socialstrategy.planner.texts import T

if TYPE_CHECKING:
    from socialstrategy.i18n import Language


def language() -> Language:
    """The manager's language: read once per run (a page asks it some seventy times, and
    every read of the session state costs), or from the session until it is settled."""
    settled = per_run.this().settled.language
    return settled if settled is not None else _switched_to()


def _switched_to() -> Language:
    """The language on the switch."""
    return "en" if st.session_state.get("language") == "en" else "nl"


def t(key: str, **params: object) -> str:
    """A planner string in the manager's language."""
    return T(key, language(), **params)


def settle_language() -> None:
    """Called once the language switch is drawn (it may be switched in the URL or on
    the switch): the language holds for the rest of this run."""
    per_run.this().settle(language=_switched_to())


def words() -> dict[str, str]:
    """The open plan's governance words for texts (``{adopter}``, ``{client_voice}``,
    ``{records}``...; see :meth:`Governance.placeholders`)."""
    current = state.strategy()
    org = current.organisation if current is not None else Organisation()
    return dict(governance(org).placeholders()[language()])
