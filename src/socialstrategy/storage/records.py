"""What every store hands out: drafts, their summaries and their revisions; draft ids.

A draft id travels in the planner's URL, so it is checked against a strict pattern (no
path can be smuggled in) and new ones are unguessable: a readable stem from the plan's
name plus 128 random bits. Ids made before (a stem plus six hex digits) still open.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import secrets
from typing import Final

import attrs

from socialstrategy.model import Strategy
from socialstrategy.model._fields import slug

DRAFT_ID: Final = re.compile(r"^[a-z0-9][a-z0-9-]{2,63}$")
#: Random bytes in a new id: 16 bytes are 128 bits, written as 32 hex digits.
ID_RANDOM_BYTES: Final = 16
_STEM_MAX: Final = 64 - 1 - 2 * ID_RANDOM_BYTES


def digest(data: bytes) -> str:
    """The SHA-256 of a draft's bytes: what compare-and-swap compares."""
    return hashlib.sha256(data).hexdigest()


def check_id(draft_id: str) -> str:
    """*draft_id* when it is one; else :class:`ValueError` (never a path, never a newline)."""
    # fullmatch: with match, "$" would also accept an id ending in a newline.
    if not isinstance(draft_id, str) or not DRAFT_ID.fullmatch(draft_id):
        raise ValueError(f"not a draft id: {draft_id!r}")
    return draft_id


def new_id(hint: str = "") -> str:
    """A fresh, unguessable id: a readable stem from *hint* plus 128 random bits."""
    stem = (slug(hint) or "strategie")[:_STEM_MAX].strip("-") or "strategie"
    return f"{stem}-{secrets.token_hex(ID_RANDOM_BYTES)}"


def moment(epoch: float) -> dt.datetime:
    """A time a database keeps as seconds since 1970, as a time in UTC."""
    return dt.datetime.fromtimestamp(epoch, dt.timezone.utc)


def title_of(strategy: Strategy) -> str:
    """The title a list of plans shows: the plan's own, else the organisation's name."""
    for value in (strategy.meta.title, strategy.organisation.name):
        if value.strip():
            return " ".join(value.split())
    return ""


@attrs.frozen
class Draft:
    """A strategy as last read from or written to a store, with the digest of its bytes.

    *digest* is what a save compares (compare-and-swap); *revision* counts the saves the
    store recorded (0 where a store has not recorded one, e.g. a file written by hand).
    """

    id: str
    strategy: Strategy
    digest: str
    revision: int = 0


@attrs.frozen
class DraftSummary:
    """A draft as a list of them shows it: which plan it is and when it last changed."""

    id: str
    #: The plan's title, else the organisation's name; "" when the plan cannot be read.
    title: str
    #: When the draft last changed, in seconds since the epoch.
    modified: float
    #: The organisation the plan belongs to ("" in the single-user tool).
    organisation: str = ""


@attrs.frozen
class Revision:
    """One saved version of a draft: who saved it, when, and the digest of its bytes."""

    number: int
    #: Who saved it ("" when nobody signed in, or the file was changed outside the store).
    author: str
    saved_at: dt.datetime
    digest: str
