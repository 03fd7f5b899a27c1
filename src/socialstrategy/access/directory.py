"""The directory: organisations, who is a member in which role, and the audit trail.

It lives in the same store as the plans (each store offers :meth:`directory`): a folder
keeps it in ``.access.toml`` and ``.audit.jsonl``, a database in tables of its own. The
store itself records every plan created, saved and deleted in the audit trail; the
directory records every change of organisations and members.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, runtime_checkable

if TYPE_CHECKING:
    from socialstrategy.access.records import AuditRecord, Membership, Organisation


@runtime_checkable
class Directory(Protocol):
    """Organisations, memberships and the audit trail of one store (see the module
    docstring). Safe to use from several threads and processes at once."""

    def organisations(self) -> list[Organisation]:
        """Every organisation, by id."""
        ...

    def add_organisation(self, organisation: Organisation, *, actor: str = "") -> None:
        """Add *organisation*; :class:`OrganisationExistsError` when its id is taken."""
        ...

    def members(
        self, organisation: str | None = None, email: str | None = None
    ) -> list[Membership]:
        """The memberships, by organisation then e-mail; only *organisation*'s, or only
        *email*'s, when given."""
        ...

    def grant(self, membership: Membership, *, actor: str = "") -> AuditRecord:
        """Give the person *membership*'s role (a new member, or a changed one); the record
        written. :class:`UnknownOrganisationError` for an organisation not added."""
        ...

    def revoke(self, email: str, organisation: str, *, actor: str = "") -> AuditRecord:
        """End the person's membership; :class:`NotAMemberError` when there is none."""
        ...

    def audit(
        self, *, plan: str | None = None, organisation: str | None = None
    ) -> list[AuditRecord]:
        """The audit trail, the oldest first; only about *plan* or *organisation* when given."""
        ...


__all__ = ["Directory"]
