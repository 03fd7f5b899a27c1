"""The benchmarks' strategy generator stays valid (the benchmarks themselves never run here)."""

from __future__ import annotations

import importlib.util

import pytest

import socialstrategy as ss
from tests.conftest import ROOT, STRATEGIES


def _grow_module() -> object:
    spec = importlib.util.spec_from_file_location("_grow", ROOT / "bench" / "_grow.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_ten_times_the_largest_example_is_valid_with_ten_times_the_goals() -> None:
    grow = _grow_module().grow  # type: ignore[attr-defined]
    base = ss.load(max(STRATEGIES.glob("*.toml"), key=lambda p: p.stat().st_size))
    grown = grow(base, 10)
    assert ss.validate(grown) == ()
    assert len(grown.goals) == 10 * len(base.goals)
    assert len(grown.actions) == 10 * len(base.actions)
    assert ss.loads(ss.dumps(grown)) == grown
    with pytest.raises(ValueError, match="at least 1"):
        grow(base, 0)
