"""JSON: the same data as the TOML file, loadable again."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import socialstrategy as ss
from socialstrategy.errors import FileTooLargeError
from socialstrategy.export import export
from socialstrategy.files.jsonfile import loads_json
from tests.conftest import STRATEGIES

ALL = sorted(STRATEGIES.glob("*.toml"))


@pytest.mark.parametrize("path", ALL, ids=lambda p: p.stem)
def test_json_loads_back_to_the_same_strategy(path: Path) -> None:
    strategy = ss.load(path)
    data = export(strategy, "json")
    assert loads_json(data) == strategy


def test_json_starts_with_the_schema_version_and_keeps_accents() -> None:
    strategy = ss.load(STRATEGIES / "zorggroep-de-linde.toml")
    text = export(strategy, "json", document="board").decode("utf-8")
    table = json.loads(text)
    assert next(iter(table)) == "schema_version"
    assert "Cliëntenraad" in text or "cliëntenraad" in text
    assert text.endswith("\n")


def test_json_is_the_strategy_whatever_the_document() -> None:
    strategy = ss.load(STRATEGIES / "welzijn-oost.toml")
    assert export(strategy, "json", document="pocket", language="en") == export(strategy, "json")


def test_oversized_json_is_refused_before_parsing() -> None:
    """The TOML loader's size limit holds for JSON too: nothing that large is parsed."""
    with pytest.raises(FileTooLargeError) as info:
        loads_json(b" " * (ss.MAX_BYTES + 1), file="big.json")
    assert "big.json" in str(info.value)
