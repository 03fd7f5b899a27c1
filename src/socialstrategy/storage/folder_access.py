"""The folder store's directory: ``.access.toml`` and ``.audit.jsonl`` beside the plans.

``.access.toml`` is meant to be read (and, with care, edited) by a person: the
organisations, the members with their roles, and which organisation each plan belongs
to. It is written whole and atomically under the folder's lock, the lock every save
takes, so a change of members never crosses a save. ``.audit.jsonl`` gets one line per
change, appended under the same lock.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import TYPE_CHECKING, Any, Final, Protocol

import attrs
import tomli
import tomli_w

from socialstrategy.access.errors import (
    NotAMemberError,
    OrganisationExistsError,
    UnknownOrganisationError,
)
from socialstrategy.access.records import (
    Action,
    AuditRecord,
    Membership,
    Organisation,
    describe_grant,
    email_of,
)
from socialstrategy.access.roles import Role
from socialstrategy.files import atomic_write
from socialstrategy.storage.errors import DraftNotFoundError

if TYPE_CHECKING:
    import contextlib
    from collections.abc import Callable
    from pathlib import Path

ACCESS: Final = ".access.toml"
AUDIT: Final = ".audit.jsonl"
_HEADER: Final = (
    "# Who may read and change the plans in this folder: organisations, their members\n"
    "# (role: editor, reviewer or viewer; admin: manages the members) and which\n"
    "# organisation each plan belongs to. Managed with `socialstrategy users` and\n"
    "# `socialstrategy organisations`, or in the planner by an organisation's admin.\n\n"
)


@attrs.frozen
class AccessFile:
    """What ``.access.toml`` holds."""

    organisations: tuple[Organisation, ...] = ()
    members: tuple[Membership, ...] = ()
    #: The organisation of each plan not of the folder's own (by draft id).
    plans: dict[str, str] = attrs.Factory(dict)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


class FolderDirectory:
    """The directory of the folder store at *folder*; *lock* is the folder's lock."""

    def __init__(
        self, folder: Path, lock: Callable[[], contextlib.AbstractContextManager[None]]
    ) -> None:
        self.folder = folder
        self._lock = lock

    # --- the files (callers that write hold the lock) ----------------------------------

    def read(self) -> AccessFile:
        try:
            data = tomli.loads((self.folder / ACCESS).read_text(encoding="utf-8"))
        except FileNotFoundError:
            return AccessFile()
        return AccessFile(
            organisations=tuple(
                Organisation(str(o["id"]), str(o.get("name", "")))
                for o in data.get("organisations", [])
            ),
            members=tuple(
                Membership(
                    str(m["email"]),
                    str(m["organisation"]),
                    Role(m["role"]),
                    bool(m.get("admin", False)),
                )
                for m in data.get("members", [])
            ),
            plans={str(k): str(v) for k, v in data.get("plans", {}).items()},
        )

    def write(self, access: AccessFile) -> None:
        data: dict[str, Any] = {
            "organisations": [{"id": o.id, "name": o.name} for o in access.organisations],
            "members": [
                {"email": m.email, "organisation": m.organisation, "role": m.role.value}
                | ({"admin": True} if m.admin else {})
                for m in sorted(access.members, key=lambda m: (m.organisation, m.email))
            ],
            "plans": dict(sorted(access.plans.items())),
        }
        atomic_write(self.folder / ACCESS, (_HEADER + tomli_w.dumps(data)).encode("utf-8"))

    def append(self, record: AuditRecord) -> None:
        with (self.folder / AUDIT).open("a", encoding="utf-8") as log:
            log.write(json.dumps(record.as_json(), ensure_ascii=False) + "\n")

    # --- the Directory protocol ---------------------------------------------------------

    def organisations(self) -> list[Organisation]:
        return sorted(self.read().organisations, key=lambda o: o.id)

    def add_organisation(self, organisation: Organisation, *, actor: str = "") -> None:
        with self._lock():
            access = self.read()
            if any(o.id == organisation.id for o in access.organisations):
                raise OrganisationExistsError(organisation.id)
            self.write(attrs.evolve(access, organisations=(*access.organisations, organisation)))
            self.append(
                AuditRecord(
                    _now(),
                    actor,
                    Action.ORGANISATION_ADDED,
                    organisation.id,
                    detail=organisation.name,
                )
            )

    def members(
        self, organisation: str | None = None, email: str | None = None
    ) -> list[Membership]:
        wanted = None if email is None else email.strip().lower()
        return sorted(
            (
                m
                for m in self.read().members
                if organisation in (None, m.organisation) and wanted in (None, m.email)
            ),
            key=lambda m: (m.organisation, m.email),
        )

    def grant(self, membership: Membership, *, actor: str = "") -> AuditRecord:
        with self._lock():
            access = self.read()
            if not any(o.id == membership.organisation for o in access.organisations):
                raise UnknownOrganisationError(membership.organisation)
            key = (membership.email, membership.organisation)
            others = tuple(m for m in access.members if (m.email, m.organisation) != key)
            action = (
                Action.MEMBER_CHANGED
                if len(others) < len(access.members)
                else Action.MEMBER_GRANTED
            )
            self.write(attrs.evolve(access, members=(*others, membership)))
            record = AuditRecord(
                _now(),
                actor,
                action,
                membership.organisation,
                member=membership.email,
                detail=describe_grant(membership),
            )
            self.append(record)
            return record

    def revoke(self, email: str, organisation: str, *, actor: str = "") -> AuditRecord:
        address = email_of(email)
        with self._lock():
            access = self.read()
            others = tuple(
                m for m in access.members if (m.email, m.organisation) != (address, organisation)
            )
            if len(others) == len(access.members):
                raise NotAMemberError(address, organisation)
            self.write(attrs.evolve(access, members=others))
            record = AuditRecord(_now(), actor, Action.MEMBER_REVOKED, organisation, member=address)
            self.append(record)
            return record

    def audit(
        self, *, plan: str | None = None, organisation: str | None = None
    ) -> list[AuditRecord]:
        try:
            lines = (self.folder / AUDIT).read_text(encoding="utf-8").splitlines()
        except FileNotFoundError:
            return []
        found = []
        for line in lines:
            try:
                record = AuditRecord.from_json(json.loads(line))
            except (ValueError, KeyError, TypeError):
                continue  # a line torn by a killed process
            if plan not in (None, record.plan) or organisation not in (None, record.organisation):
                continue
            found.append(record)
        return found


class _Folder(Protocol):
    """What :class:`FolderOrganisations` needs of the store it is mixed into."""

    folder: Path
    organisation: str

    def _lock(self) -> contextlib.AbstractContextManager[None]: ...
    def ids(self, organisation: str | None = None) -> list[str]: ...
    def exists(self, draft_id: str) -> bool: ...
    def directory(self) -> FolderDirectory: ...
    def _organisations(self) -> dict[str, str]: ...


class FolderOrganisations:
    """What a :class:`~socialstrategy.storage.folder.FolderStore` knows of organisations:
    its directory, and which organisation each plan belongs to."""

    def directory(self: _Folder) -> FolderDirectory:
        """Organisations, members and the audit trail of this folder."""
        return FolderDirectory(self.folder, self._lock)

    def _organisations(self: _Folder) -> dict[str, str]:
        return self.directory().read().plans

    def adopt(self: _Folder, organisation: str, *, author: str = "") -> list[str]:
        with self._lock():
            directory = self.directory()
            access = directory.read()
            adopted = [i for i in self.ids() if access.plans.get(i, self.organisation) == ""]
            plans = {**access.plans, **dict.fromkeys(adopted, organisation)}
            directory.write(attrs.evolve(access, plans=plans))
            now = dt.datetime.now(dt.timezone.utc)
            for draft_id in adopted:
                directory.append(
                    AuditRecord(now, author, Action.PLAN_ADOPTED, organisation, draft_id)
                )
        return adopted

    def organisation_of(self: _Folder, draft_id: str) -> str:
        if not self.exists(draft_id):
            raise DraftNotFoundError(draft_id)
        return self._organisations().get(draft_id, self.organisation)

    def _plan_org(self: _Folder, draft_id: str) -> str:
        return self._organisations().get(draft_id, self.organisation)
