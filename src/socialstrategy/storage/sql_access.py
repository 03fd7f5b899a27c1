"""The directory of a database store: tables ``organisations``, ``memberships`` and
``audit`` (migration 2), changed in one transaction with their audit record."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any, Final, Protocol, TypeVar

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
from socialstrategy.storage import queries
from socialstrategy.storage.errors import DraftNotFoundError
from socialstrategy.storage.records import check_id, moment

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence
    from contextlib import AbstractContextManager

    from socialstrategy.storage.sql import Cursor


T = TypeVar("T")
#: Under what name a change to organisations, memberships or a plan's organisation is
#: announced (not a draft id: ids have no ``*``).
DIRECTORY: Final = "*directory"


class SQLDirectory:
    """The directory in *store*'s database (see the module docstring)."""

    def __init__(self, store: _SQL) -> None:
        self._store = store

    def _record(self, cursor: Cursor, record: AuditRecord, now: float) -> None:
        cursor.execute(
            self._store._sql(queries.AUDIT),
            (
                now,
                record.actor,
                record.action.value,
                record.organisation,
                record.plan,
                record.revision,
                record.member,
                record.detail,
            ),
        )

    def organisations(self) -> list[Organisation]:
        return [Organisation(i, name) for i, name in self._store._run(queries.ORGANISATIONS)]

    def add_organisation(self, organisation: Organisation, *, actor: str = "") -> None:
        now = time.time()
        record = AuditRecord(
            moment(now), actor, Action.ORGANISATION_ADDED, organisation.id, detail=organisation.name
        )
        try:
            with self._store._writing() as cursor:
                cursor.execute(
                    self._store._sql(
                        "INSERT INTO organisations (id, name, created) VALUES (%s, %s, TS(%s))"
                    ),
                    (organisation.id, organisation.name, now),
                )
                self._record(cursor, record, now)
                self._store._announce(cursor, DIRECTORY)
        except self._store.duplicate:
            raise OrganisationExistsError(organisation.id) from None

    def members(
        self, organisation: str | None = None, email: str | None = None
    ) -> list[Membership]:
        where, params = [], []
        if organisation is not None:
            where.append("organisation = %s")
            params.append(organisation)
        if email is not None:
            where.append("email = %s")
            params.append(email.strip().lower())
        clause = " WHERE " + " AND ".join(where) if where else ""
        query = queries.MEMBERS.format(where=clause)
        # Asked on every planner rerun with sign-in: remembered until the directory changes.
        rows = self._store._remembered(
            "members\x1f" + "\x1f".join(params), lambda: self._store._run(query, params)
        )
        return [Membership(e, o, Role(r), bool(a)) for e, o, r, a in rows]

    def grant(self, membership: Membership, *, actor: str = "") -> AuditRecord:
        now = time.time()
        sql = self._store._sql
        with self._store._writing() as cursor:
            cursor.execute(
                sql("SELECT id FROM organisations WHERE id = %s"), (membership.organisation,)
            )
            if cursor.fetchone() is None:
                raise UnknownOrganisationError(membership.organisation)
            key: list[Any] = [membership.organisation, membership.email]
            cursor.execute(
                sql("SELECT role FROM memberships WHERE organisation = %s AND email = %s"), key
            )
            known = cursor.fetchone() is not None
            cursor.execute(
                sql(
                    "INSERT INTO memberships (organisation, email, role, admin)"
                    " VALUES (%s, %s, %s, %s) ON CONFLICT (organisation, email)"
                    " DO UPDATE SET role = excluded.role, admin = excluded.admin"
                ),
                (*key, membership.role.value, int(membership.admin)),
            )
            record = AuditRecord(
                moment(now),
                actor,
                Action.MEMBER_CHANGED if known else Action.MEMBER_GRANTED,
                membership.organisation,
                member=membership.email,
                detail=describe_grant(membership),
            )
            self._record(cursor, record, now)
            self._store._announce(cursor, DIRECTORY)
        return record

    def revoke(self, email: str, organisation: str, *, actor: str = "") -> AuditRecord:
        address = email_of(email)
        now = time.time()
        record = AuditRecord(
            moment(now), actor, Action.MEMBER_REVOKED, organisation, member=address
        )
        with self._store._writing() as cursor:
            cursor.execute(
                self._store._sql(
                    "DELETE FROM memberships WHERE organisation = %s AND email = %s RETURNING email"
                ),
                (organisation, address),
            )
            if cursor.fetchone() is None:
                raise NotAMemberError(address, organisation)
            self._record(cursor, record, now)
            self._store._announce(cursor, DIRECTORY)
        return record

    def audit(
        self, *, plan: str | None = None, organisation: str | None = None
    ) -> list[AuditRecord]:
        where, params = [], []
        if plan is not None:
            where.append("plan = %s")
            params.append(plan)
        if organisation is not None:
            where.append("organisation = %s")
            params.append(organisation)
        clause = " WHERE " + " AND ".join(where) if where else ""
        rows = self._store._run(queries.AUDIT_TRAIL.format(where=clause), params)
        return [
            AuditRecord(moment(float(at)), actor, Action(action), org, plan_id, int(rev), member, d)
            for at, actor, action, org, plan_id, rev, member, d in rows
        ]


class _SQL(Protocol):
    """What :class:`SQLOrganisations` needs of the store it is mixed into."""

    duplicate: tuple[type[Exception], ...]

    def _sql(self, query: str) -> str: ...
    def _run(self, query: str, params: Sequence[Any] = ()) -> list[Any]: ...
    def _writing(self) -> AbstractContextManager[Cursor]: ...
    def _announce(self, cursor: Cursor, draft_id: str) -> None: ...
    def _remembered(self, key: str, read: Callable[[], T]) -> T: ...
    def _audit(
        self, cursor: Cursor, draft_id: str, action: Action, *, author: str, number: int, now: float
    ) -> None: ...


class SQLOrganisations:
    """What a :class:`~socialstrategy.storage.sql.SQLStore` knows of organisations: its
    directory, which organisation each plan belongs to, and the audit of plan changes."""

    def _audit(
        self: _SQL,
        cursor: Cursor,
        draft_id: str,
        action: Action,
        *,
        author: str,
        number: int,
        now: float,
    ) -> None:
        """Record the plan's change in the audit trail, in the transaction that makes it."""
        cursor.execute(self._sql(queries.AUDIT_PLAN), (now, author, action.value, number, draft_id))

    def _remembered(self, key: str, read: Callable[[], T]) -> T:
        """What *read* gives. A store that hears of every change (PostgreSQL) keeps it
        under *key* until it hears of a change to the directory (:data:`DIRECTORY`)."""
        del key
        return read()

    def organisation_of(self: _SQL, draft_id: str) -> str:
        draft_id = check_id(draft_id)
        rows = self._remembered(
            "organisation\x1f" + draft_id,
            lambda: self._run("SELECT organisation FROM drafts WHERE id = %s", (draft_id,)),
        )
        if not rows:
            raise DraftNotFoundError(draft_id)
        return str(rows[0][0])

    def adopt(self: _SQL, organisation: str, *, author: str = "") -> list[str]:
        with self._writing() as cursor:
            cursor.execute(
                self._sql(
                    "UPDATE drafts SET organisation = %s WHERE organisation = '' RETURNING id"
                ),
                (organisation,),
            )
            adopted = sorted(str(row[0]) for row in cursor.fetchall())
            self._announce(cursor, DIRECTORY)
            for draft_id in adopted:
                self._audit(
                    cursor, draft_id, Action.PLAN_ADOPTED, author=author, number=0, now=time.time()
                )
        return adopted

    def directory(self: _SQL) -> SQLDirectory:
        """Organisations, members and the audit trail, in this database."""
        return SQLDirectory(self)
