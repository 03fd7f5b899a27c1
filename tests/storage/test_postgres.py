"""What only the PostgreSQL store does: migrations, and hearing of changes instead of
asking the database on every planner rerun."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

import psycopg
import pytest

import socialstrategy as ss
from socialstrategy.access import Membership, Organisation, Role
from socialstrategy.storage import DraftConflictError, open_store
from socialstrategy.storage.migrations import LATEST
from socialstrategy.storage.postgres import PostgresStore
from tests.storage.workers import signed

if TYPE_CHECKING:
    from collections.abc import Iterator


@pytest.fixture
def replicas(postgres_url: str) -> Iterator[tuple[PostgresStore, PostgresStore]]:
    """Two stores on one database, as two planner replicas have."""
    one, two = open_store(postgres_url), open_store(postgres_url)
    assert isinstance(one, PostgresStore)
    assert isinstance(two, PostgresStore)
    yield one, two
    one.close()
    two.close()


def _until(condition: object, seconds: float = 10.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():  # type: ignore[operator]
        assert time.monotonic() < deadline, "not within time"
        time.sleep(0.02)


def _queries(store: PostgresStore, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    seen: list[str] = []
    real = store._run

    def counted(query: str, params: object = ()) -> list[object]:
        seen.append(query)
        return real(query, params)  # type: ignore[arg-type]

    monkeypatch.setattr(store, "_run", counted)
    return seen


def test_the_schema_is_migrated_once_and_recorded(postgres_url: str) -> None:
    first, second = open_store(postgres_url), open_store(postgres_url)
    first.ids()
    second.ids()
    with psycopg.connect(postgres_url) as connection:
        versions = connection.execute("SELECT version FROM schema_version").fetchall()
    assert versions == [(v,) for v in range(1, LATEST + 1)]
    first.close()
    second.close()


def test_a_rerun_with_nothing_changed_asks_the_database_nothing(
    replicas: tuple[PostgresStore, PostgresStore], monkeypatch: pytest.MonkeyPatch
) -> None:
    one, _ = replicas
    made = one.create(ss.new_strategy(ss.Sector.WELFARE, "Oost"))
    _until(lambda: one._known(made.id) is not None or one.check(made) is not None)
    queries = _queries(one, monkeypatch)
    for _ in range(20):
        one.check(made)
        assert one.open(made.id) == made
    assert queries == []


def test_a_change_by_another_replica_is_heard_and_is_a_conflict(
    replicas: tuple[PostgresStore, PostgresStore],
) -> None:
    one, two = replicas
    made = one.create(ss.new_strategy(ss.Sector.WELFARE, "Oost"))
    _until(lambda: one._known(made.id) is not None or one.check(made) is not None)
    theirs = two.save(two.open(made.id), signed(made, "B").strategy, author="b")
    _until(lambda: one._known(made.id) is None)
    with pytest.raises(DraftConflictError) as info:
        one.check(made)
    assert info.value.current == theirs
    assert one.open(made.id) == theirs


def test_a_save_is_still_compared_while_a_change_is_on_its_way(
    replicas: tuple[PostgresStore, PostgresStore],
) -> None:
    """Whatever the listener has heard, the save itself compares in the database."""
    one, two = replicas
    made = one.create(ss.new_strategy(ss.Sector.WELFARE, "Oost"))
    two.save(two.open(made.id), signed(made, "B").strategy)
    with pytest.raises(DraftConflictError):
        one.save(made, signed(made, "A").strategy)
    assert one.open(made.id).strategy.meta.author == "B"


def test_a_refused_save_reports_the_stored_version_not_the_one_it_knew(
    replicas: tuple[PostgresStore, PostgresStore],
) -> None:
    """The save that finds the draft changed reads it afresh: before the notification
    arrives, what the store knew (and cached) is out of date. (A planner merged with that
    stale copy five times and gave up, keeping the manager's edit unsaved.)"""
    one, two = replicas
    made = one.create(ss.new_strategy(ss.Sector.WELFARE, "Oost"))
    _until(lambda: one._known(made.id) is not None or one.check(made) is not None)
    assert one.open(made.id) == made  # known and cached
    theirs = two.save(two.open(made.id), signed(made, "B").strategy, author="b")
    _until(lambda: one._known(made.id) is None)  # heard; now pretend it was not yet
    with one._heard_lock:  # as before the notification arrives: the old digest known
        one._current[made.id] = made.digest
    with pytest.raises(DraftConflictError) as info:
        one.save(made, signed(made, "A").strategy)
    assert info.value.current == theirs
    assert one.open(made.id) == theirs


def test_an_unreachable_database_is_an_os_error_without_the_url(tmp_path: object) -> None:
    store = open_store(f"postgresql://planner:geheim@/db?host={tmp_path}&port=1")
    with pytest.raises(OSError, match="cannot be reached") as info:
        store.ids()
    assert "geheim" not in str(info.value)
    assert info.value.strerror == "OperationalError"
    store.close()


def test_a_rerun_under_sign_in_asks_the_database_nothing_until_the_directory_changes(
    replicas: tuple[PostgresStore, PostgresStore], monkeypatch: pytest.MonkeyPatch
) -> None:
    """With sign-in, every rerun asks who the person is a member of and whose the open
    plan is: remembered until a replica (or the command line) changes the directory."""
    one, two = replicas
    one.directory().add_organisation(Organisation("oost", "Welzijn Oost"))
    one.directory().grant(Membership("anna@oost.nl", "oost", Role.EDITOR))
    made = one.create(ss.new_strategy(ss.Sector.WELFARE, "Oost"), organisation="oost")
    _until(lambda: one._listening is not None)

    def asked() -> tuple[list[Membership], str]:
        return one.directory().members(email="anna@oost.nl"), one.organisation_of(made.id)

    asked()  # learnt once
    queries = _queries(one, monkeypatch)
    for _ in range(20):
        members, organisation = asked()
    assert (queries, [m.role for m in members], organisation) == ([], [Role.EDITOR], "oost")
    # Another replica makes Anna a reader: heard, and asked afresh.
    two.directory().grant(Membership("anna@oost.nl", "oost", Role.VIEWER))
    _until(lambda: [m.role for m in asked()[0]] == [Role.VIEWER])
    assert queries
