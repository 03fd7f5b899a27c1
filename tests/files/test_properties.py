"""Properties over generated strategies: round trips are exact and dumps deterministic."""

from __future__ import annotations

from hypothesis import given

import socialstrategy as ss
from socialstrategy.files.converter import json_converter
from tests.strategies import strategies


@given(strategies())
def test_generated_strategies_are_valid(strategy: ss.Strategy) -> None:
    assert ss.validate(strategy) == ()


@given(strategies())
def test_loads_dumps_round_trip(strategy: ss.Strategy) -> None:
    """loads(dumps(s)) == s for every valid strategy."""
    assert ss.loads(ss.dumps(strategy)) == strategy


@given(strategies())
def test_dumps_is_deterministic(strategy: ss.Strategy) -> None:
    """Dumping twice, or dumping what was loaded, gives identical bytes."""
    text = ss.dumps(strategy)
    assert ss.dumps(strategy) == text
    assert ss.dumps(ss.loads(text)) == text


@given(strategies())
def test_json_converter_round_trip(strategy: ss.Strategy) -> None:
    """The JSON flavour of the converter (dates as text) round-trips too."""
    data = json_converter.unstructure(strategy)
    assert json_converter.structure(data, ss.Strategy) == strategy
