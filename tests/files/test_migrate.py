"""Schema versions: the future refused, the past migrated step by step."""

from __future__ import annotations

from typing import Any

import pytest

from socialstrategy.errors import SchemaVersionError
from socialstrategy.files.migrate import SCHEMA_VERSION, migrate


def _rename_name_to_title(data: dict[str, Any]) -> dict[str, Any]:
    meta = dict(data.get("meta", {}))
    if "name" in meta:
        meta["title"] = meta.pop("name")
    return {**data, "meta": meta}


def test_current_version_passes_unchanged() -> None:
    data = {"schema_version": SCHEMA_VERSION, "meta": {"title": "x"}}
    assert migrate(data) == {"meta": {"title": "x"}}


def test_an_older_file_is_migrated_one_step_at_a_time() -> None:
    """A version-1 file read by a library at version 3 runs both steps, in order."""
    seen: list[int] = []

    def step(version: int) -> Any:
        def run(data: dict[str, Any]) -> dict[str, Any]:
            seen.append(version)
            return _rename_name_to_title(data) if version == 1 else data

        return run

    out = migrate(
        {"schema_version": 1, "meta": {"name": "Oud"}},
        current=3,
        migrations={1: step(1), 2: step(2)},
    )
    assert out == {"meta": {"title": "Oud"}}
    assert seen == [1, 2]


def test_a_gap_in_the_chain_is_an_error_not_a_guess() -> None:
    with pytest.raises(SchemaVersionError, match="no migration from schema_version 1 to 2"):
        migrate({"schema_version": 1}, current=2, migrations={})


@pytest.mark.parametrize("version", [0, -1, "1", 1.0, True])
def test_nonsense_versions_are_refused(version: object) -> None:
    with pytest.raises(SchemaVersionError, match="whole number"):
        migrate({"schema_version": version})


def test_newer_version_is_refused() -> None:
    with pytest.raises(SchemaVersionError, match="newer than this version"):
        migrate({"schema_version": SCHEMA_VERSION + 1})
