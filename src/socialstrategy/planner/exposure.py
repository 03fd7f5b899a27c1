"""Who can reach this planner: one without sign-in belongs on this computer only.

Without ``[auth]`` in the secrets every visitor sees and changes every plan, so the
planner listens on 127.0.0.1 unless an address is given explicitly; given a non-local
address without sign-in, it says so in the log and on every page. No Streamlit here:
``socialstrategy planner`` checks the same before it starts the server.
"""

from __future__ import annotations

import ipaddress
from pathlib import Path

import tomli

#: Where the planner listens when no address is given (``--server.address``).
DEFAULT_ADDRESS = "127.0.0.1"


def is_local(address: str | None) -> bool:
    """Does a server listening on *address* answer this computer only?

    No address (Streamlit's own default) and ``0.0.0.0`` mean every network interface;
    a host name other than localhost may resolve to anything.
    """
    if not address:
        return False
    bare = address.strip("[]")
    if bare.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(bare).is_loopback
    except ValueError:
        return False


def exposed(address: str | None, *, sign_in: bool) -> bool:
    """Open to the network without sign-in: whoever reaches it sees every plan."""
    return not sign_in and not is_local(address)


def warning(address: str | None) -> str:
    """The log line for an exposed planner (in English: the log is the operator's)."""
    return (
        f"The planner listens on {address or 'all network interfaces'} without sign-in:"
        " anyone who can reach this address sees and changes every plan. Configure"
        " [auth] in .streamlit/secrets.toml (README, 'Sign-in'), or listen on"
        f" {DEFAULT_ADDRESS} (the default)."
    )


def secrets_files(folder: Path) -> list[Path]:
    """Where Streamlit looks for secrets when started in *folder* (its defaults)."""
    return [Path.home() / ".streamlit" / "secrets.toml", folder / ".streamlit" / "secrets.toml"]


def has_auth(files: list[Path]) -> bool:
    """Does any of these secrets files configure sign-in (an ``[auth]`` section)?"""
    for file in files:
        try:
            if "auth" in tomli.loads(file.read_text(encoding="utf-8")):
                return True
        except (OSError, UnicodeDecodeError, tomli.TOMLDecodeError):
            continue  # Streamlit logs an unreadable secrets file itself
    return False
