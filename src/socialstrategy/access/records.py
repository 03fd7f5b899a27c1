"""What the directory holds: organisations, memberships and the audit trail's records."""

from __future__ import annotations

import datetime as dt
import enum
import re
from typing import Final

import attrs

from socialstrategy.access.errors import NotValidError
from socialstrategy.access.roles import Role
from socialstrategy.i18n import Text

#: An organisation's id: short, lower case, safe in a file and a URL.
ORGANISATION_ID: Final = re.compile(r"^[a-z0-9][a-z0-9-]{0,62}$")
_EMAIL: Final = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def check_organisation(value: str) -> str:
    """*value* when it is an organisation id; else :class:`NotValidError`."""
    if not isinstance(value, str) or not ORGANISATION_ID.fullmatch(value):
        raise NotValidError(
            Text(
                nl=f"geen geldige organisatiecode: {value!r} (kleine letters, cijfers en -)",
                en=f"not an organisation id: {value!r} (lower-case letters, digits and -)",
            )
        )
    return value


def email_of(value: str) -> str:
    """*value* as the directory keeps an e-mail address (trimmed, lower case);
    :class:`NotValidError` when it is none."""
    address = value.strip().lower()
    if not _EMAIL.fullmatch(address):
        raise NotValidError(
            Text(
                nl=f"geen geldig e-mailadres: {value!r}",
                en=f"not an e-mail address: {value!r}",
            )
        )
    return address


@attrs.frozen
class Organisation:
    """An organisation whose plans the store keeps; *id* is what plans and members name."""

    id: str = attrs.field(validator=lambda _i, _a, v: check_organisation(v))
    name: str = ""

    @property
    def shown(self) -> str:
        return self.name or self.id


@attrs.frozen
class Membership:
    """A person's role in one organisation; *admin*: they manage its members."""

    email: str = attrs.field(converter=email_of)
    organisation: str = attrs.field(validator=lambda _i, _a, v: check_organisation(v))
    role: Role
    admin: bool = False


class Action(enum.Enum):
    """What an audit record says happened."""

    PLAN_CREATED = "plan-created"
    PLAN_SAVED = "plan-saved"
    PLAN_DELETED = "plan-deleted"
    #: A plan of no organisation given to one (``organisations add --adopt``).
    PLAN_ADOPTED = "plan-adopted"
    ORGANISATION_ADDED = "organisation-added"
    MEMBER_GRANTED = "member-granted"
    MEMBER_CHANGED = "member-changed"
    MEMBER_REVOKED = "member-revoked"


@attrs.frozen
class AuditRecord:
    """One change: who made it, when, to which plan (and revision) or member."""

    at: dt.datetime
    #: Who did it: the signed-in person's e-mail, or "" (the command line, the single-user tool).
    actor: str
    action: Action
    organisation: str = ""
    plan: str = ""
    #: The plan's revision the change made (0 where there is none).
    revision: int = 0
    #: The member a membership change is about.
    member: str = ""
    #: The role given, with "+admin" when the member manages the organisation.
    detail: str = ""

    def as_json(self) -> dict[str, object]:
        return {
            "at": self.at.isoformat(),
            "actor": self.actor,
            "action": self.action.value,
            "organisation": self.organisation,
            "plan": self.plan,
            "revision": self.revision,
            "member": self.member,
            "detail": self.detail,
        }

    @classmethod
    def from_json(cls, entry: dict[str, object]) -> AuditRecord:
        return cls(
            at=dt.datetime.fromisoformat(str(entry["at"])),
            actor=str(entry.get("actor", "")),
            action=Action(entry["action"]),
            organisation=str(entry.get("organisation", "")),
            plan=str(entry.get("plan", "")),
            revision=int(str(entry.get("revision", 0) or 0)),
            member=str(entry.get("member", "")),
            detail=str(entry.get("detail", "")),
        )


def describe_grant(membership: Membership) -> str:
    """The detail an audit record keeps of a membership: ``editor`` or ``viewer+admin``."""
    return membership.role.value + ("+admin" if membership.admin else "")


__all__ = [
    "ORGANISATION_ID",
    "Action",
    "AuditRecord",
    "Membership",
    "Organisation",
    "check_organisation",
    "describe_grant",
    "email_of",
]
