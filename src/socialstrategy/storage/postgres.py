"""The PostgreSQL store: several planner replicas on one database.

One connection per store, reused by every session of the process and made again when it
breaks (or after a fork); statements are short, so sessions take turns on it. The
schema is migrated under an advisory lock, so replicas starting together do not race.
psycopg is imported only here: the folder and SQLite stores need nothing installed.

A planner reruns its page on every click and asks each time whether the draft changed.
Rather than a query per rerun, every save announces itself (``NOTIFY``, delivered on
commit) and each store listens on a second connection: a draft whose digest was read
and of which no change was heard since is known to be current. While the listener is
not connected nothing is known, and every check asks the database.
"""

from __future__ import annotations

import contextlib
import logging
import os
import threading
from typing import TYPE_CHECKING, Any, Final, TypeVar

import psycopg

from socialstrategy.i18n import Text
from socialstrategy.storage.migrations import LATEST, MIGRATIONS, SCHEMA_VERSION_TABLE
from socialstrategy.storage.queries import translate
from socialstrategy.storage.sql import Cursor, SQLStore
from socialstrategy.storage.sql_access import DIRECTORY

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

T = TypeVar("T")

_TYPES: Final = {"time": "timestamptz", "blob": "bytea", "serial": "bigserial"}
#: The advisory lock taken while migrating ("sost" in ASCII).
_MIGRATION_LOCK: Final = 0x736F7374
#: Seconds to wait for the server when connecting.
CONNECT_TIMEOUT: Final = 10
CHANNEL: Final = "socialstrategy_drafts"
#: How often the listener looks up from waiting (to notice it should stop), in seconds.
_WAKE: Final = 1.0
#: Directory reads kept at most (a few per person signed in, and per plan opened).
_MEMO_SIZE: Final = 4096
_LOG = logging.getLogger(__name__)


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
        # What the listener knows: digests current since read, changes heard per draft.
        self._heard_lock = threading.Lock()
        self._current: dict[str, str] = {}
        self._heard: dict[str, int] = {}
        self._listening: int | None = None  # the pid of the process whose listener is up
        self._stop = threading.Event()
        self._listener: threading.Thread | None = None
        #: Directory reads, with the ticket they were read under (see _remembered).
        self._memo: dict[str, tuple[object, Any]] = {}

    def describe(self) -> Text:
        return Text(nl="een PostgreSQL-database", en="a PostgreSQL database")

    def _sql(self, query: str) -> str:
        return translate(query, "extract(epoch from {})::float8", "to_timestamp(%s)", "%s")

    def _connection(self) -> psycopg.Connection[Any]:
        held = self._held
        if held is not None and held[0] == os.getpid() and not held[1].closed:
            return held[1]
        connection = psycopg.connect(self._url, autocommit=True, connect_timeout=CONNECT_TIMEOUT)
        if not self._migrated:
            self._migrate(connection)
            self._migrated = True
        self._held = (os.getpid(), connection)
        self._listen()
        return connection

    # --- hearing of changes -------------------------------------------------------------

    def _listen(self) -> None:
        """Start the listener thread of this process, unless it runs."""
        if self._listener is not None and self._listener.is_alive():
            return
        self._stop.clear()
        self._listener = threading.Thread(
            target=self._hear, name="socialstrategy-store-listener", daemon=True
        )
        self._listener.start()

    def _hear(self) -> None:
        while not self._stop.is_set():
            try:
                with psycopg.connect(
                    self._url, autocommit=True, connect_timeout=CONNECT_TIMEOUT
                ) as connection:
                    connection.execute(f"LISTEN {CHANNEL}")
                    with self._heard_lock:
                        self._current.clear()  # changes made while not listening are unknown
                        self._memo.clear()
                        self._listening = os.getpid()
                    while not self._stop.is_set():
                        for note in connection.notifies(timeout=_WAKE):
                            self._changed(note.payload, note.pid)
            except Exception as exc:  # any failure: stop trusting what was known, and try again
                _LOG.info("store listener: %s", exc)
            with self._heard_lock:
                self._listening = None
                self._current.clear()
                self._memo.clear()
            self._stop.wait(_WAKE)

    def _changed(self, draft_id: str, pid: int) -> None:
        held = self._held
        if held is not None and not held[1].closed and held[1].info.backend_pid == pid:
            return  # our own save: already accounted for in _announce
        with self._heard_lock:
            self._current.pop(draft_id, None)
            self._heard[draft_id] = self._heard.get(draft_id, 0) + 1

    def _known(self, draft_id: str) -> str | None:
        with self._heard_lock:
            if self._listening != os.getpid():
                return None
            return self._current.get(draft_id)

    def _ticket(self, draft_id: str) -> object:
        with self._heard_lock:
            return (self._listening, self._heard.get(draft_id, 0))

    def _learn(self, draft_id: str, current: str, ticket: object) -> None:
        with self._heard_lock:
            listening = self._listening
            if listening == os.getpid() and ticket == (listening, self._heard.get(draft_id, 0)):
                self._current[draft_id] = current

    def _remembered(self, key: str, read: Callable[[], T]) -> T:
        with self._heard_lock:
            ticket = (self._listening, self._heard.get(DIRECTORY, 0))
            held = self._memo.get(key)
        if ticket[0] == os.getpid() and held is not None and held[0] == ticket:
            return held[1]  # type: ignore[no-any-return]
        value = read()
        with self._heard_lock:
            if ticket[0] == os.getpid() and ticket == (
                self._listening,
                self._heard.get(DIRECTORY, 0),
            ):
                if len(self._memo) > _MEMO_SIZE:
                    self._memo.clear()
                self._memo[key] = (ticket, value)
        return value

    def _doubt(self, draft_id: str) -> None:
        with self._heard_lock:  # as if the change had been heard of
            self._current.pop(draft_id, None)
            self._heard[draft_id] = self._heard.get(draft_id, 0) + 1

    def _announce(self, cursor: Cursor, draft_id: str) -> None:
        cursor.execute("SELECT pg_notify(%s, %s)", (CHANNEL, draft_id))
        with self._heard_lock:  # this process's own change: forget what was known
            self._current.pop(draft_id, None)
            self._heard[draft_id] = self._heard.get(draft_id, 0) + 1

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
        self._stop.set()
        listener, self._listener = self._listener, None
        if (
            listener is not None
            and listener.is_alive()
            and listener is not threading.current_thread()
        ):
            listener.join(timeout=2 * _WAKE + CONNECT_TIMEOUT)
        with self._lock:
            self._drop()
