"""Sign-in in the planner: the page a signed-out visitor sees, the person in the sidebar,
and the warning on a planner that is open to the network without sign-in.

Streamlit's own ``st.login``/``st.logout`` do the OpenID Connect work (configured in
``.streamlit/secrets.toml``, see the README's "Sign-in"); who is signed in comes from
:mod:`socialstrategy.planner.identity`.
"""

from __future__ import annotations

import functools
import logging
from typing import TYPE_CHECKING

import streamlit as st

from socialstrategy.i18n import LANGUAGES
from socialstrategy.planner import exposure, identity, widgets
from socialstrategy.planner.markup import inert
from socialstrategy.planner.widgets import t

if TYPE_CHECKING:
    from collections.abc import Callable

_LOG = logging.getLogger(__name__)


def language_switch(on_change: Callable[[], None] | None = None) -> None:
    """Nederlands / English, kept in the URL (the same key as the sidebar's switch)."""
    st.segmented_control(
        t("app.language"),
        options=list(LANGUAGES),
        format_func=lambda code: {"nl": "Nederlands", "en": "English"}[code],
        key="language",
        bind="query-params",
        on_change=on_change,
    )


def page() -> None:
    """All a signed-out visitor sees: what this is, and how to sign in. No plan, no list."""
    _, middle, _ = st.columns([1, 2, 1])
    with middle:
        box = st.container()  # on top, filled once the language is known
        # The switch takes the language from the URL: the words above must be in it.
        language_switch()
        widgets.settle_language()
    with box:
        st.title(t("app.title"))
        st.caption(t("app.tagline"))
        with st.container(border=True):
            st.subheader(t("signin.heading"))
            st.markdown(t("signin.why"))
            for name, label in identity.providers().items():
                text = t("signin.button.with", provider=label) if label else t("signin.button")
                if st.button(
                    text,
                    key=f"signin.{name or 'default'}",
                    type="primary",
                    icon=":material/login:",
                    width="stretch",
                ):
                    st.login(name)
            st.caption(t("signin.help"))


def no_organisation() -> None:
    """All a signed-in person who is no member of any organisation sees: whom to ask."""
    _, middle, _ = st.columns([1, 2, 1])
    with middle:
        box = st.container()
        language_switch()
        widgets.settle_language()
    person = identity.current_person()
    with box:
        st.title(t("app.title"))
        with st.container(border=True):
            st.subheader(t("access.none.heading"))
            email = person.email if person is not None else ""
            unconfirmed = person is not None and not person.email_verified
            body = "access.unverified.body" if unconfirmed else "access.none.body"
            st.markdown(t(body, email=inert(email)))
            if st.button(t("signin.out"), key="signin.out", icon=":material/logout:"):
                st.logout()


def sidebar(person: identity.Person) -> None:
    """Who is signed in, and the way out."""
    st.caption(t("signin.as", name=inert(person.shown)))
    if st.button(t("signin.out"), key="signin.out", icon=":material/logout:", type="tertiary"):
        st.logout()


@functools.cache
def _warn_once(address: str | None) -> None:
    # Once per process: Streamlit runs the app only when a browser connects, and
    # `socialstrategy planner` has already said it at start.
    _LOG.warning(exposure.warning(address))


def exposure_banner() -> None:
    """On a planner open to the network without sign-in: log it once, tell every visitor."""
    address = st.get_option("server.address")
    if exposure.exposed(address, sign_in=identity.sign_in_required()):
        _warn_once(address)
        st.error(t("exposure.banner"), icon=":material/public:")
