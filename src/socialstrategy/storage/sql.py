"""What the SQLite and PostgreSQL stores share: compare-and-swap saves and the cache.

A save is one transaction: ``UPDATE drafts … WHERE id = ? AND digest = ?`` moves the
draft to its next revision only when nobody else did first (the database serialises
two updates of one row; the second then finds the digest changed and updates nothing),
and the revision's bytes are inserted in the same transaction. Opened drafts are kept
by digest: opening a draft nobody changed costs one small query, not a parse (and a
PostgreSQL store that heard of no change asks nothing at all). The queries: queries.py.
"""

from __future__ import annotations

import abc
import logging
import time
from typing import TYPE_CHECKING, Any, Final, Protocol

from socialstrategy.access.records import Action
from socialstrategy.caching import Bounded
from socialstrategy.errors import SocialStrategyError
from socialstrategy.files import dumps, dumps_over, loads
from socialstrategy.files.access import check_size
from socialstrategy.storage import queries
from socialstrategy.storage.errors import (
    DraftConflictError,
    DraftExistsError,
    DraftNotFoundError,
    StoreUnavailableError,
)
from socialstrategy.storage.records import (
    Draft,
    DraftSummary,
    Revision,
    check_id,
    digest,
    moment,
    new_id,
    title_of,
)
from socialstrategy.storage.sql_access import DIRECTORY, SQLOrganisations
from socialstrategy.storage.sql_comments import SQLComments

if TYPE_CHECKING:
    from collections.abc import Sequence
    from contextlib import AbstractContextManager

    from socialstrategy.i18n import Text
    from socialstrategy.model import Strategy

_LOG = logging.getLogger(__name__)
#: Opened drafts kept per store (a planner process serves a handful of plans at once).
CACHE_SIZE: Final = 128


class Cursor(Protocol):
    """The part of a DB-API cursor the stores use (sqlite3's and psycopg's both fit)."""

    def execute(self, query: Any, params: Sequence[Any] = ..., /) -> Any: ...
    def fetchone(self) -> Any: ...
    def fetchall(self) -> list[Any]: ...


class SQLStore(SQLOrganisations, SQLComments, abc.ABC):
    """A store in a database; subclasses connect and speak their dialect."""

    #: What a subclass's driver raises when the database is unreachable or refuses.
    unavailable: tuple[type[Exception], ...] = ()
    #: What it raises when two transactions insert the same key.
    duplicate: tuple[type[Exception], ...] = ()

    def __init__(self) -> None:
        self._cache: Bounded[str, Draft] = Bounded(CACHE_SIZE)

    @abc.abstractmethod
    def describe(self) -> Text: ...

    @abc.abstractmethod
    def close(self) -> None: ...

    @abc.abstractmethod
    def _reading(self) -> AbstractContextManager[Cursor]:
        """A cursor outside any transaction (each statement commits by itself)."""

    @abc.abstractmethod
    def _writing(self) -> AbstractContextManager[Cursor]:
        """A cursor inside one transaction: committed at the end, rolled back on error."""

    def _known(self, draft_id: str) -> str | None:
        """The draft's current digest when the store knows it without asking the database
        (a PostgreSQL store hears of every change); None: ask."""
        del draft_id
        return None

    def _ticket(self, draft_id: str) -> object:
        """Taken before reading a digest from the database: :meth:`_learn` keeps the digest
        only when no change was heard of since."""
        del draft_id
        return None

    def _learn(self, draft_id: str, current: str, ticket: object) -> None:
        """The digest just read or written (see :meth:`_known`)."""
        del draft_id, current, ticket

    def _announce(self, cursor: Cursor, draft_id: str) -> None:
        """Tell other processes, on commit, that the draft changed."""
        del cursor, draft_id

    def _doubt(self, draft_id: str) -> None:
        """Forget the digest :meth:`_known` holds for *draft_id*: it proved out of date."""
        del draft_id

    @abc.abstractmethod
    def _sql(self, query: str) -> str:
        """*query* in the dialect: ``%s`` parameters, ``TS(%s)`` a time in seconds since
        the epoch, ``EPOCH(column)`` a time column read as seconds since the epoch."""

    # --- reading ----------------------------------------------------------------------

    def _run(self, query: str, params: Sequence[Any] = ()) -> list[Any]:
        with self._reading() as cursor:
            cursor.execute(self._sql(query), params)
            return cursor.fetchall()

    def ids(self, organisation: str | None = None) -> list[str]:
        return sorted(s.id for s in self.summaries(organisation))

    def summaries(self, organisation: str | None = None) -> list[DraftSummary]:
        if organisation is None:
            rows = self._run(queries.SUMMARIES.format(where=""))
        else:
            rows = self._run(
                queries.SUMMARIES.format(where=" WHERE organisation = %s"), (organisation,)
            )
        return [DraftSummary(i, title, float(when), org) for i, title, when, org in rows]

    def exists(self, draft_id: str) -> bool:
        try:
            check_id(draft_id)
        except ValueError:
            return False
        return bool(self._run(queries.HEAD, (draft_id,)))

    def data(self, draft_id: str) -> bytes:
        rows = self._run(queries.CURRENT, ("", check_id(draft_id)))
        if not rows:
            raise DraftNotFoundError(draft_id)
        return bytes(rows[0][2])

    def open(self, draft_id: str) -> Draft:
        check_id(draft_id)
        cached = self._cache.get(draft_id)
        if cached is not None and self._known(draft_id) == cached.digest:
            return cached  # nobody changed it: no query at all
        ticket = self._ticket(draft_id)
        rows = self._run(queries.CURRENT, (cached.digest if cached else "", draft_id))
        if not rows:
            raise DraftNotFoundError(draft_id)
        revision, current, data = rows[0]
        self._learn(draft_id, current, ticket)
        if data is None and cached is not None:  # unchanged since it was last opened
            opened = _at(cached, revision)
        else:
            opened = Draft(draft_id, loads(bytes(data), file=f"{draft_id}.toml"), current, revision)
        self._remember(opened)
        return opened

    def _remember(self, draft: Draft) -> None:
        self._cache.put(draft.id, draft)

    def _forget(self, draft_id: str) -> None:
        self._cache.pop(draft_id)

    def check(self, draft: Draft) -> None:
        if self._known(check_id(draft.id)) == draft.digest:
            return  # a rerun with nothing changed asks the database nothing
        ticket = self._ticket(draft.id)
        rows = self._run(queries.HEAD, (draft.id,))
        if rows:
            self._learn(draft.id, rows[0][1], ticket)
        if rows and rows[0][1] != draft.digest:
            raise self._conflict(draft.id)

    def _conflict(self, draft_id: str) -> DraftConflictError:
        try:
            current = self.open(draft_id)
        except DraftNotFoundError:
            return DraftConflictError(draft_id, None)
        except SocialStrategyError:  # no valid strategy (written by a newer version?)
            return DraftConflictError(draft_id, None)
        return DraftConflictError(draft_id, current.strategy, current)

    def history(self, draft_id: str) -> list[Revision]:
        rows = self._run(queries.HISTORY, (check_id(draft_id),))
        if not rows:
            raise DraftNotFoundError(draft_id)
        return [Revision(n, author, moment(float(when)), d) for n, author, when, d in rows]

    def open_revision(self, draft_id: str, number: int) -> Draft:
        rows = self._run(queries.REVISION, (check_id(draft_id), number))
        if not rows:
            raise DraftNotFoundError(f"{draft_id}@{number}")
        kept, data = rows[0]
        return Draft(draft_id, loads(bytes(data), file=f"{draft_id}.toml"), kept, number)

    # --- writing ----------------------------------------------------------------------

    def _insert(
        self, cursor: Cursor, draft_id: str, data: bytes, *, title: str, author: str, org: str
    ) -> None:
        now = time.time()
        cursor.execute(self._sql(queries.NEW_DRAFT), (draft_id, org, title, digest(data), now, now))
        cursor.execute(
            self._sql(queries.NEW_REVISION), (draft_id, 1, author, now, digest(data), data)
        )
        self._audit(cursor, draft_id, Action.PLAN_CREATED, author=author, number=1, now=now)
        self._announce(cursor, draft_id)
        self._announce(cursor, DIRECTORY)  # a plan of an organisation more

    def _next(
        self,
        cursor: Cursor,
        draft_id: str,
        data: bytes,
        *,
        title: str,
        author: str,
        expected: str | None,
    ) -> int | None:
        """Move the draft to its next revision with *data*, when its digest is still
        *expected* (None: whatever it is); the new number, or None when it was not."""
        now = time.time()
        cas = "" if expected is None else " AND digest = %s"
        params: list[Any] = [digest(data), title, now, draft_id]
        if expected is not None:
            params.append(expected)
        cursor.execute(self._sql(queries.NEXT.format(cas=cas)), params)
        row = cursor.fetchone()
        if row is None:
            return None
        number = int(row[0])
        self._announce(cursor, draft_id)
        cursor.execute(
            self._sql(queries.NEW_REVISION),
            (draft_id, number, author, now, digest(data), data),
        )
        self._audit(cursor, draft_id, Action.PLAN_SAVED, author=author, number=number, now=now)
        return number

    def create(
        self, strategy: Strategy, hint: str = "", *, author: str = "", organisation: str = ""
    ) -> Draft:
        data = dumps(strategy).encode("utf-8")
        check_size(len(data), "strategy")
        while True:
            draft_id = new_id(hint)
            ticket = self._ticket(draft_id)
            try:
                with self._writing() as cursor:
                    self._insert(
                        cursor,
                        draft_id,
                        data,
                        title=title_of(strategy),
                        author=author,
                        org=organisation,
                    )
            except self.duplicate:  # 128 random bits: practically never
                continue
            made = Draft(draft_id, strategy, digest(data), 1)
            self._learn(draft_id, made.digest, ticket)
            self._remember(made)
            return made

    def put(
        self,
        draft_id: str,
        data: bytes,
        *,
        author: str = "",
        organisation: str = "",
        replace: bool = False,
    ) -> Draft:
        check_size(len(data), f"{check_id(draft_id)}.toml")
        strategy = loads(data, file=f"{draft_id}.toml")
        try:
            with self._writing() as cursor:
                cursor.execute(self._sql(queries.HEAD), (draft_id,))
                head = cursor.fetchone()
                if head is None:
                    self._insert(
                        cursor,
                        draft_id,
                        data,
                        title=title_of(strategy),
                        author=author,
                        org=organisation,
                    )
                    number = 1
                elif not replace:
                    raise DraftExistsError(draft_id)
                elif head[1] == digest(data):
                    number = int(head[0])
                else:
                    number = (
                        self._next(
                            cursor,
                            draft_id,
                            data,
                            title=title_of(strategy),
                            author=author,
                            expected=None,
                        )
                        or 0
                    )
        except self.duplicate:
            raise DraftExistsError(draft_id) from None
        return Draft(draft_id, strategy, digest(data), number)

    def save(
        self, draft: Draft, strategy: Strategy, *, force: bool = False, author: str = ""
    ) -> Draft:
        if not force:
            self.check(draft)
            if strategy == draft.strategy:
                return draft
        data = self._written(draft, strategy)
        check_size(len(data), f"{draft.id}.toml")
        ticket = self._ticket(draft.id)
        with self._writing() as cursor:
            expected = None if force else draft.digest
            number = self._next(
                cursor, draft.id, data, title=title_of(strategy), author=author, expected=expected
            )
        if number is None:
            # What this store knew of the draft is wrong: another process saved it and
            # the news has not arrived yet. Read it afresh, not from the cache.
            self._doubt(draft.id)
            self._forget(draft.id)
            if not self._run(queries.HEAD, (draft.id,)):
                raise DraftNotFoundError(draft.id)
            raise self._conflict(draft.id)
        saved = Draft(draft.id, strategy, digest(data), number)
        self._learn(draft.id, saved.digest, ticket)
        self._remember(saved)
        return saved

    def _written(self, draft: Draft, strategy: Strategy) -> bytes:
        """*strategy* written into the draft's stored text, so comments a person wrote
        (in a file imported with ``store import``) stay; a text another process saved
        since is caught by the compare-and-swap after."""
        try:
            before: bytes | None = self.data(draft.id)
        except DraftNotFoundError:
            before = None
        was = draft.strategy if before is not None and digest(before) == draft.digest else None
        return dumps_over(before, strategy, was).encode("utf-8")

    def delete(self, draft_id: str, *, author: str = "") -> None:
        with self._writing() as cursor:
            self._audit(
                cursor, draft_id, Action.PLAN_DELETED, author=author, number=0, now=time.time()
            )
            cursor.execute(self._sql("DELETE FROM comments WHERE draft_id = %s"), (draft_id,))
            cursor.execute(self._sql("DELETE FROM revisions WHERE draft_id = %s"), (draft_id,))
            cursor.execute(self._sql("DELETE FROM drafts WHERE id = %s RETURNING id"), (draft_id,))
            gone = cursor.fetchone()
            self._announce(cursor, draft_id)
            self._announce(cursor, DIRECTORY)
        self._forget(draft_id)
        if gone is None:
            raise DraftNotFoundError(draft_id)

    # --- errors -----------------------------------------------------------------------

    def _unavailable(self, exc: Exception) -> StoreUnavailableError:
        """*exc* of the driver as an :class:`OSError` the planner and CLI present; the
        driver's own words go to the log (they may name a host or a socket's path)."""
        _LOG.info("%s: %s", self.describe().en, exc)
        return StoreUnavailableError(self.describe().en, type(exc).__name__, reason=str(exc))


def _at(draft: Draft, revision: int) -> Draft:
    return (
        draft
        if draft.revision == revision
        else Draft(draft.id, draft.strategy, draft.digest, revision)
    )
