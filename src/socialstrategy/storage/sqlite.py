"""The SQLite store: one database file, several planner processes on one machine.

Write-ahead logging lets readers go on while one process writes; a save starts with
``BEGIN IMMEDIATE``, so writers queue for the database's lock instead of failing
halfway. One connection per store, shared by the threads of a process in turn (SQLite
writes one transaction at a time anyway), made again after a fork and closed by
:meth:`SQLiteStore.close`.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
import threading
from typing import TYPE_CHECKING, Final

from socialstrategy.i18n import Text
from socialstrategy.storage.migrations import LATEST, MIGRATIONS, SCHEMA_VERSION_TABLE
from socialstrategy.storage.queries import translate
from socialstrategy.storage.sql import Cursor, SQLStore

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

#: How long a writer waits for another's transaction before giving up, in seconds.
BUSY_TIMEOUT: Final = 30.0
_TYPES: Final = {"time": "real", "blob": "blob", "serial": "integer"}


class SQLiteStore(SQLStore):
    """Drafts in the SQLite database file at *path* (created with its schema when new)."""

    unavailable = (sqlite3.OperationalError, sqlite3.DatabaseError)
    duplicate = (sqlite3.IntegrityError,)

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path
        self._lock = threading.RLock()
        self._held: tuple[int, sqlite3.Connection] | None = None
        self._migrated = False

    def describe(self) -> Text:
        return Text(nl="een SQLite-database", en="an SQLite database")

    def _sql(self, query: str) -> str:
        return translate(query, "{}", "%s", "?")

    def _connection(self) -> sqlite3.Connection:
        held = self._held
        if held is not None and held[0] == os.getpid():
            return held[1]
        try:
            connection = sqlite3.connect(
                self.path, timeout=BUSY_TIMEOUT, isolation_level=None, check_same_thread=False
            )
            connection.execute("PRAGMA foreign_keys = ON")
            if not self._migrated:
                self._migrate(connection)
                self._migrated = True
        except sqlite3.Error as exc:
            raise self._unavailable(exc) from None
        self._held = (os.getpid(), connection)
        return connection

    def _migrate(self, connection: sqlite3.Connection) -> None:
        connection.execute("PRAGMA journal_mode = WAL")
        connection.execute("BEGIN IMMEDIATE")
        try:
            connection.execute(SCHEMA_VERSION_TABLE.format(**_TYPES))
            (done,) = connection.execute(
                "SELECT coalesce(max(version), 0) FROM schema_version"
            ).fetchone()
            if done > LATEST:
                raise sqlite3.DatabaseError(f"schema version {done} is newer than {LATEST}")
            for version in range(done + 1, LATEST + 1):
                for statement in MIGRATIONS[version - 1]:
                    connection.execute(statement.format(**_TYPES))
                connection.execute(
                    "INSERT INTO schema_version VALUES (?, ?)",
                    (version, dt.datetime.now(dt.timezone.utc).timestamp()),
                )
            connection.execute("COMMIT")
        except BaseException:
            connection.execute("ROLLBACK")
            raise

    @contextlib.contextmanager
    def _reading(self) -> Iterator[Cursor]:
        with self._lock:
            try:
                yield self._connection().cursor()
            except self.unavailable as exc:
                raise self._unavailable(exc) from None

    @contextlib.contextmanager
    def _writing(self) -> Iterator[Cursor]:
        with self._lock:
            connection = self._connection()
            try:
                connection.execute("BEGIN IMMEDIATE")
            except self.unavailable as exc:
                raise self._unavailable(exc) from None
            try:
                yield connection.cursor()
            except BaseException as exc:
                connection.execute("ROLLBACK")
                if isinstance(exc, self.unavailable) and not isinstance(exc, self.duplicate):
                    raise self._unavailable(exc) from None
                raise
            connection.execute("COMMIT")

    def close(self) -> None:
        with self._lock:
            held, self._held = self._held, None
            if held is not None and held[0] == os.getpid():
                held[1].close()
