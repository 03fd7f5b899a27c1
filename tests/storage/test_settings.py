"""One setting names the store: SOCIALSTRATEGY_STORE, else SOCIALSTRATEGY_WORKSPACE."""

from __future__ import annotations

from pathlib import Path

import pytest

from socialstrategy.storage import FolderStore, SQLiteStore, StoreURLError, open_store
from socialstrategy.storage.postgres import PostgresStore
from socialstrategy.storage.settings import configured_url, shared_store
from socialstrategy.workspace import Workspace


def test_the_store_setting_wins_over_the_workspace_folder(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("SOCIALSTRATEGY_STORE", raising=False)
    monkeypatch.delenv("SOCIALSTRATEGY_WORKSPACE", raising=False)
    assert configured_url() == "workspace"
    monkeypatch.setenv("SOCIALSTRATEGY_WORKSPACE", "/srv/plannen")
    assert configured_url() == "/srv/plannen"
    monkeypatch.setenv("SOCIALSTRATEGY_STORE", "sqlite:///plannen.db")
    assert configured_url() == "sqlite:///plannen.db"


def test_urls_name_their_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    folder = open_store("plannen")
    assert isinstance(folder, FolderStore)
    assert folder.folder == tmp_path / "plannen"
    from_file = open_store(f"file://{tmp_path}/map%20een")
    assert isinstance(from_file, FolderStore)
    assert from_file.folder == tmp_path / "map een"
    relative = open_store("sqlite:///data/plannen.db")
    assert isinstance(relative, SQLiteStore)
    assert relative.path == tmp_path / "data" / "plannen.db"
    absolute = open_store("sqlite:////srv/plannen.db")
    assert isinstance(absolute, SQLiteStore)
    assert absolute.path == Path("/srv/plannen.db")
    for url in ("postgresql://planner@db/plannen", "postgres://planner@db/plannen"):
        assert isinstance(open_store(url), PostgresStore)  # connects only when used


@pytest.mark.parametrize("url", ["mysql://db/plannen", "sqlite:", "sqlite://plannen.db"])
def test_a_url_that_names_no_store_says_what_would(url: str) -> None:
    with pytest.raises(StoreURLError) as info:
        open_store(url)
    assert "sqlite:///" in info.value.describe("nl")


def test_the_planner_shares_one_store_per_setting(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every rerun of every session gets the same store object (its connection, its cache)."""
    monkeypatch.setenv("SOCIALSTRATEGY_STORE", f"sqlite:///{tmp_path / 'plannen.db'}")
    first, second = Workspace.configured(), Workspace.configured()
    assert first.store is second.store is shared_store()
    assert first.folder is None
    assert first.describe().nl == "een SQLite-database"
    first.store.close()
