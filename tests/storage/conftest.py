"""Every store the contract runs against, each fresh for every test.

PostgreSQL is a throwaway cluster started once per session (see ``cluster.py``), or the
server ``SOCIALSTRATEGY_TEST_POSTGRES`` names; each test gets a schema of its own. A
test that cannot start PostgreSQL fails: there is no skip.
"""

from __future__ import annotations

import secrets
from typing import TYPE_CHECKING
from urllib.parse import quote

import psycopg
import pytest

from socialstrategy.storage import Store, open_store
from tests.storage.cluster import server

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

KINDS = ["folder", "sqlite", "postgresql"]


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    with server() as url:
        yield url


def with_search_path(url: str, schema: str) -> str:
    """*url* with its tables in *schema*."""
    joint = "&" if "?" in url else "?"
    return f"{url}{joint}options={quote(f'-csearch_path={schema}')}"


@pytest.fixture
def postgres_url(postgres_server: str) -> Iterator[str]:
    """A store URL on a schema of this test's own, dropped afterwards."""
    schema = f"test_{secrets.token_hex(6)}"
    with psycopg.connect(postgres_server, autocommit=True) as connection:
        connection.execute(f"CREATE SCHEMA {schema}")
    yield with_search_path(postgres_server, schema)
    with psycopg.connect(postgres_server, autocommit=True) as connection:
        connection.execute(f"DROP SCHEMA {schema} CASCADE")


@pytest.fixture(params=KINDS)
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The URL of a fresh, empty store of each kind in turn."""
    kind = request.param
    if kind == "folder":
        (tmp_path / "plans").mkdir()
        return str(tmp_path / "plans")
    if kind == "sqlite":
        return f"sqlite:///{tmp_path / 'plans.db'}"
    return str(request.getfixturevalue("postgres_url"))


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    opened = open_store(store_url)
    yield opened
    opened.close()
