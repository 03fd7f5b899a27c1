"""Which store: one setting, ``SOCIALSTRATEGY_STORE`` (or ``--store``).

- a folder path (or ``file://…``): the folder store, the embedded default;
- ``sqlite:///relative/path.db`` or ``sqlite:////absolute/path.db``: SQLite;
- ``postgresql://user@host/db`` (or ``postgres://``): PostgreSQL, as libpq reads it
  (a password may come from ``~/.pgpass`` or ``PGPASSWORD`` rather than the URL).

``SOCIALSTRATEGY_WORKSPACE`` (a folder) still works; ``SOCIALSTRATEGY_STORE`` wins when
both are set. Unset, the store is the folder ``./workspace``.
"""

from __future__ import annotations

import os
import re
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Final
from urllib.parse import unquote, urlsplit

from socialstrategy.i18n import Text
from socialstrategy.storage.errors import StoreURLError
from socialstrategy.storage.folder import FolderStore

if TYPE_CHECKING:
    from socialstrategy.storage.protocol import Store

STORE_VAR: Final = "SOCIALSTRATEGY_STORE"
WORKSPACE_VAR: Final = "SOCIALSTRATEGY_WORKSPACE"
DEFAULT_FOLDER: Final = "workspace"

_SCHEME: Final = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]+):")
_OPEN: dict[str, Store] = {}
_OPEN_LOCK = threading.Lock()


def configured_url() -> str:
    """The store the environment names (see the module docstring)."""
    return (os.environ.get(STORE_VAR) or os.environ.get(WORKSPACE_VAR) or DEFAULT_FOLDER).strip()


def scheme(url: str) -> str:
    """``folder``, ``sqlite`` or ``postgresql``: the kind of store *url* names."""
    # A scheme is a word before a colon ("sqlite:"); one letter is a Windows drive, and
    # a folder whose name has a colon in it is written as ./name.
    named = _SCHEME.match(url)
    head = named.group(1).lower() if named else ""
    if head in ("", "file"):
        return "folder"
    if head == "sqlite":
        return "sqlite"
    if head in ("postgresql", "postgres"):
        return "postgresql"
    raise StoreURLError(
        Text(
            nl=f"onbekende soort opslag '{head}:': geef een map, sqlite:///… of postgresql://…",
            en=f"unknown kind of store '{head}:': give a folder, sqlite:///… or postgresql://…",
        )
    )


def folder_of(url: str) -> Path:
    """The folder a folder-store *url* names, made absolute."""
    if url.lower().startswith("file://"):
        url = unquote(urlsplit(url).path)
    return Path(url).expanduser().resolve()


def _sqlite_path(url: str) -> Path:
    # sqlite:///plans.db is relative, sqlite:////srv/plans.db absolute (as SQLAlchemy).
    rest = url.split("://", 1)[1] if "://" in url else ""
    if not rest.startswith("/") or rest == "/":
        raise StoreURLError(
            Text(
                nl="een SQLite-adres ziet eruit als sqlite:///plannen.db",
                en="an SQLite address looks like sqlite:///plans.db",
            )
        )
    return Path(unquote(rest[1:])).expanduser().resolve()


def open_store(url: str) -> Store:
    """A new store for *url* (see the module docstring)."""
    kind = scheme(url)
    if kind == "folder":
        return FolderStore(folder_of(url))
    if kind == "sqlite":
        from socialstrategy.storage.sqlite import SQLiteStore  # noqa: PLC0415 - only when used

        return SQLiteStore(_sqlite_path(url))
    try:
        from socialstrategy.storage.postgres import PostgresStore  # noqa: PLC0415 - optional
    except ImportError:
        raise StoreURLError(
            Text(
                nl="voor PostgreSQL is psycopg nodig: pip install 'socialstrategy[postgres]'",
                en="PostgreSQL needs psycopg: pip install 'socialstrategy[postgres]'",
            )
        ) from None
    return PostgresStore(url)


def shared_store(url: str | None = None) -> Store:
    """The process's one store for *url* (default: the configured one), opened once:
    every planner session of the process shares its connection and its cache."""
    key = configured_url() if url is None else url
    with _OPEN_LOCK:
        store = _OPEN.get(key)
        if store is None:
            store = _OPEN[key] = open_store(key)
        return store
