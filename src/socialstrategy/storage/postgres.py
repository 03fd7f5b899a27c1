"""The PostgreSQL store: several planner replicas on one database.

One connection per store, reused by every session of the process and made again when it
breaks (or after a fork); statements are short, so sessions take turns on it. The
schema is migrated under an advisory lock, so replicas starting together do not race.
psycopg is imported only here: the folder and SQLite stores need nothing installed.
"""

from __future__ import annotations

import contextlib
import os
import threading
from typing import TYPE_CHECKING, Any, Final

import psycopg

from socialstrategy.i18n import Text
from socialstrategy.storage.migrations import LATEST, MIGRATIONS, SCHEMA_VERSION_TABLE
from socialstrategy.storage.sql import Cursor, SQLStore, translate

if TYPE_CHECKING:
    from collections.abc import Iterator

_TYPES: Final = {"time": "timestamptz", "blob": "bytea"}
#: The advisory lock taken while migrating ("sost" in ASCII).
_MIGRATION_LOCK: Final = 0x736F7374
#: Seconds to wait for the server when connecting.
CONNECT_TIMEOUT: Final = 10


class PostgresStore(SQLStore):
    """Drafts in the PostgreSQL database at *url* (``postgresql://…``)."""

    unavailable = (psycopg.OperationalError, psycopg.InterfaceError)
    duplicate = (psycopg.errors.UniqueViolation,)

    def __init__(self, url: str) -> None:
        super().__init__()
        self._url = url
        self._lock = threading.RLock()
        self._held: tuple[int, psycopg.Connection[Any]] | None = None
        self._migrated = False

    def describe(self) -> Text:
        return Text(nl="een PostgreSQL-database", en="a PostgreSQL database")

    def _sql(self, query: str) -> str:
        return translate(query, "extract(epoch from {})::float8", "to_timestamp(%s)", "%s")

    def _connection(self) -> psycopg.Connection[Any]:
        held = self._held
        if held is not None and held[0] == os.getpid() and not held[1].closed:
            return held[1]
        connection = psycopg.connect(
            self._url, autocommit=True, connect_timeout=CONNECT_TIMEOUT, prepare_threshold=0
        )
        if not self._migrated:
            self._migrate(connection)
            self._migrated = True
        self._held = (os.getpid(), connection)
        return connection

    def _migrate(self, connection: psycopg.Connection[Any]) -> None:
        with connection.transaction(), connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", (_MIGRATION_LOCK,))
            cursor.execute(SCHEMA_VERSION_TABLE.format(**_TYPES))
            cursor.execute("SELECT coalesce(max(version), 0) FROM schema_version")
            row = cursor.fetchone()
            done = int(row[0]) if row else 0
            if done > LATEST:
                raise psycopg.OperationalError(f"schema version {done} is newer than {LATEST}")
            for version in range(done + 1, LATEST + 1):
                for statement in MIGRATIONS[version - 1]:
                    cursor.execute(statement.format(**_TYPES))
                cursor.execute(
                    "INSERT INTO schema_version VALUES (%s, clock_timestamp())", (version,)
                )

    @contextlib.contextmanager
    def _using(self, *, transaction: bool) -> Iterator[Cursor]:
        with self._lock:
            try:
                connection = self._connection()
                with contextlib.ExitStack() as stack:
                    if transaction:
                        stack.enter_context(connection.transaction())
                    yield stack.enter_context(connection.cursor())
            except self.duplicate:
                raise
            except self.unavailable as exc:
                self._drop()
                raise self._unavailable(exc) from None

    def _reading(self) -> contextlib.AbstractContextManager[Cursor]:
        return self._using(transaction=False)

    def _writing(self) -> contextlib.AbstractContextManager[Cursor]:
        return self._using(transaction=True)

    def _drop(self) -> None:
        held, self._held = self._held, None
        if held is not None and held[0] == os.getpid():
            with contextlib.suppress(Exception):
                held[1].close()

    def close(self) -> None:
        with self._lock:
            self._drop()
