"""The plan a signed-out visitor was opening, opened for them once they have signed in.

Streamlit's sign-in returns to the planner's root: its callback keeps neither the page
nor the query, so a link to a plan (``?d=``) followed while signed out landed on Start
with no plan open. The draft id goes along in a short-lived cookie, set in the browser
on the sign-in page, and comes back into the URL after sign-in; opening it then goes
through the same check of who may read it as any link does.
"""

from __future__ import annotations

import re
from typing import Final

import streamlit as st

from socialstrategy.planner.state.drafts import QUERY_DRAFT

COOKIE: Final = "socialstrategy_return"
#: How long the way back is kept, in seconds: a sign-in takes a minute, not an hour.
_KEPT: Final = 15 * 60
#: What a draft id looks like (anything else is never written into a script or a URL).
_DRAFT_ID: Final = re.compile(r"[a-z0-9][a-z0-9-]{0,99}")


def remember() -> None:
    """On the sign-in page: keep the draft named in the URL, if any, in the browser."""
    wanted = st.query_params.get(QUERY_DRAFT, "")
    if _DRAFT_ID.fullmatch(wanted):
        _cookie(f"{wanted}; max-age={_KEPT}")


def resume() -> None:
    """Signed in: the draft the person was opening back in the URL, and the cookie gone."""
    wanted = st.context.cookies.get(COOKIE)
    if not isinstance(wanted, str):  # none (or no browser: AppTest has no cookies)
        return
    if _DRAFT_ID.fullmatch(wanted) and QUERY_DRAFT not in st.query_params:
        st.query_params[QUERY_DRAFT] = wanted
    _cookie("; max-age=0")


def _cookie(value: str) -> None:
    st.html(
        f"<script>document.cookie = '{COOKIE}={value}; path=/; SameSite=Lax';</script>",
        unsafe_allow_javascript=True,
        width="content",
    )


__all__ = ["COOKIE", "remember", "resume"]
