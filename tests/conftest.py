"""Shared fixtures: the bundled example strategies."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

import socialstrategy as ss

ROOT = Path(__file__).resolve().parent.parent
STRATEGIES = ROOT / "strategies"
EXAMPLES = sorted(p for p in STRATEGIES.glob("*.toml") if p.name != "start-hier.toml")
TEMPLATE = STRATEGIES / "start-hier.toml"

settings.register_profile(
    "default", deadline=None, suppress_health_check=[HealthCheck.too_slow], max_examples=60
)
settings.register_profile("thorough", parent=settings.get_profile("default"), max_examples=600)
# `make lowest` runs the properties again on the lowest versions: a few examples each.
settings.register_profile("quick", parent=settings.get_profile("default"), max_examples=10)
settings.load_profile(os.environ.get("SOCIALSTRATEGY_HYPOTHESIS", "default"))


@pytest.fixture(params=EXAMPLES, ids=lambda p: p.stem)
def example_path(request: pytest.FixtureRequest) -> Path:
    """Each bundled sector example in turn."""
    return request.param  # type: ignore[no-any-return]


@pytest.fixture
def example(example_path: Path) -> ss.Strategy:
    return ss.load(example_path)


@pytest.fixture
def rich() -> ss.Strategy:
    """A small strategy that uses references everywhere, for error tests."""
    return ss.Strategy(
        organisation=ss.Organisation(
            name="Zorggroep Test",
            sector=ss.Sector.ELDERLY_CARE,
            processes=(
                ss.Process(id="intake", name="Intake"),
                ss.Process(id="wonen", name="Wonen"),
            ),
            roles=(ss.Role(id="comm", name="Communicatieadviseur"),),
        ),
        goals=(ss.Goal(id="g1", title="Meer aanmeldingen", processes=("intake",)),),
        audiences=(ss.Audience(id="clients", kind=ss.AudienceKind.CLIENTS),),
        channels=(
            ss.Channel(
                id="fb", kind=ss.ChannelKind.FACEBOOK, audiences=("clients",), goals=("g1",)
            ),
        ),
        actions=(ss.Action(id="a1", title="Pagina opzetten", goals=("g1",), channels=("fb",)),),
    )
