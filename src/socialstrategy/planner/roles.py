"""Who may do what in the planner: the signed-in person's roles, from the store's directory.

Without sign-in the planner is one person's tool, as it always was: every plan may be
read and changed (:func:`rights` is None). With sign-in, a person sees only the plans of
the organisations they are a member of, and changes only those where they are an
editor; a plan they may not see is "not found", exactly like one that does not exist.

What a page draws follows :func:`read_only` (widgets disabled); what is written is
checked again in the one saving path (:func:`may_edit`), so a crafted request changes
nothing. No domain rules here: the roles say what each may do (``socialstrategy.access``).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from socialstrategy.access import Rights
from socialstrategy.planner import identity, per_run
from socialstrategy.storage import DraftNotFoundError

if TYPE_CHECKING:
    from socialstrategy.access import Role
    from socialstrategy.storage import DraftSummary, Store

_LOG = logging.getLogger(__name__)


def author() -> str:
    """Who a revision is recorded as, and whose roles count: the signed-in person's
    e-mail ("" without sign-in, or with an address the provider has not confirmed)."""
    person = identity.current_person()
    if person is None or not person.email_verified:
        return ""
    return person.email.strip().lower()


def rights(store: Store) -> Rights | None:
    """The signed-in person's rights; None without sign-in (everything is allowed). A
    signed-out visitor under sign-in has no rights at all."""
    if not identity.sign_in_required():
        return None
    email = author()
    if not email:
        return Rights("")
    return Rights(email, tuple(store.directory().members(email=email)))


def _organisation(store: Store, draft_id: str) -> str | None:
    try:
        return store.organisation_of(draft_id)
    except (DraftNotFoundError, ValueError):
        return None


def may_read(store: Store, draft_id: str) -> bool:
    """Whether the person may open the draft (False also when there is none)."""
    held = rights(store)
    if held is None:
        return True
    organisation = _organisation(store, draft_id)
    return organisation is not None and held.may_read(organisation)


def may_edit(store: Store, draft_id: str) -> bool:
    """Whether the person may change the draft: asked afresh on every save."""
    held = rights(store)
    if held is None:
        return True
    organisation = _organisation(store, draft_id)
    allowed = organisation is not None and held.may_edit(organisation)
    if not allowed:
        _LOG.warning("refused a change of draft %s by %s", draft_id, held.email or "nobody")
    return allowed


def may_comment(store: Store, draft_id: str) -> bool:
    """Whether the person may comment on the draft's parts (editors and reviewers):
    asked afresh on every comment."""
    held = rights(store)
    if held is None:
        return True
    organisation = _organisation(store, draft_id)
    return organisation is not None and held.may_comment(organisation)


def role_in(store: Store, draft_id: str) -> Role | None:
    """The person's role in the draft's organisation (None without sign-in, or none)."""
    held = rights(store)
    organisation = _organisation(store, draft_id)
    if held is None or organisation is None:
        return None
    return held.role(organisation)


def visible(store: Store, summaries: list[DraftSummary]) -> list[DraftSummary]:
    """The plans of *summaries* the person may see."""
    held = rights(store)
    if held is None:
        return summaries
    return [s for s in summaries if held.may_read(s.organisation)]


def settle_read_only(read_only: bool) -> None:
    """Say, for this run, whether the open plan is read only (widgets are disabled)."""
    per_run.this().collected.read_only = read_only


def read_only() -> bool:
    """Whether the widgets of this run are drawn disabled: the person may not change the plan."""
    return per_run.this().collected.read_only


__all__ = [
    "author",
    "may_comment",
    "may_edit",
    "may_read",
    "read_only",
    "rights",
    "role_in",
    "settle_read_only",
    "visible",
]
