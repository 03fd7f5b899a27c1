"""Who is using the planner: the person signed in through OpenID Connect, if sign-in is on.

Sign-in is on when Streamlit's secrets (``.streamlit/secrets.toml``) have an ``[auth]``
section; Streamlit's own ``st.login`` then does the OpenID Connect work and keeps the
person in ``st.user``. This module is the one place that reads it: pages and the roles
of an organisation ask :func:`current_person`.
"""

from __future__ import annotations

from collections.abc import Mapping

import attrs
import streamlit as st

#: Provider names in ``[auth.<name>]`` as a manager knows them; other names are shown as is.
_PROVIDER_NAMES = {"microsoft": "Microsoft", "entra": "Microsoft", "google": "Google"}


@attrs.frozen
class Person:
    """The signed-in person, as the identity provider vouches for them.

    ``subject`` is the provider's stable id for the person (the ``sub`` claim), unique
    only together with the ``issuer`` (several providers may be configured); ``email``
    and ``name`` are what they are called, and may change.
    """

    subject: str
    email: str
    name: str
    issuer: str = ""
    #: False only when the provider says the address is not confirmed (``email_verified``;
    #: Entra ID does not send it, and its addresses are the organisation's own).
    email_verified: bool = True

    @property
    def shown(self) -> str:
        """How the planner names them: their name, else their e-mail address."""
        return self.name or self.email or self.subject


def _auth() -> Mapping[str, object] | None:
    """The ``[auth]`` section of Streamlit's secrets, or None when there is none."""
    if not st.secrets.load_if_toml_exists():
        return None
    section = st.secrets.get("auth")
    return section if isinstance(section, Mapping) else None


def sign_in_required() -> bool:
    """Is sign-in configured (and therefore required) for this planner?"""
    return _auth() is not None


def providers() -> dict[str | None, str]:
    """The identity providers to offer, by the name ``st.login`` takes, with a label.

    One provider configured directly in ``[auth]`` is Streamlit's default (``None``);
    several are sections ``[auth.microsoft]``, ``[auth.google]``, ….
    """
    section = _auth() or {}
    named: dict[str | None, str] = {
        name: _PROVIDER_NAMES.get(name.lower(), name)
        for name, value in section.items()
        # A provider's own table has a client id; the default's client_kwargs has none.
        if isinstance(value, Mapping) and "client_id" in value
    }
    if "client_id" in section or not named:
        return {None: "", **named}
    return named


def current_person() -> Person | None:
    """The person signed in on this session, or None (signed out, or no sign-in)."""
    user = st.user
    if not user.get("is_logged_in"):  # absent where no server set it (AppTest)
        return None
    subject = str(user.get("sub") or "")
    email = str(user.get("email") or "")
    if not subject and not email:  # nothing that says who it is
        return None
    return Person(
        subject=subject,
        email=email,
        name=str(user.get("name") or ""),
        issuer=str(user.get("iss") or ""),
        email_verified=user.get("email_verified") not in (False, "false"),
    )
