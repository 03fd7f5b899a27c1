"""One translation layer: every planner string exists in Dutch and English."""

from __future__ import annotations

import re
import string

import pytest

from socialstrategy.planner.steps import STEPS
from socialstrategy.planner.texts import T
from tests.conftest import ROOT

PLANNER = ROOT / "src" / "socialstrategy" / "planner"


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("key", sorted(T.entries))
def test_every_string_has_both_languages_with_the_same_placeholders(key: str) -> None:
    text = T.entries[key]
    assert text.nl.strip()
    assert text.en.strip()
    assert _fields(text.nl) == _fields(text.en)


def test_every_key_the_planner_uses_exists() -> None:
    """Scan the planner's code for t("...") and T("...") calls: no key may be missing."""
    used: set[str] = set()
    for path in PLANNER.rglob("*.py"):
        used |= set(re.findall(r"\b[tT]\(\s*\"([a-z_]+\.[a-z_.0-9]+)\"", path.read_text()))
    assert used, "the scan found no keys"
    assert sorted(used - set(T.entries)) == []


def test_each_area_has_the_name_of_its_step() -> None:
    """Scores, findings and reports name an area as the sidebar names its step."""
    for step in STEPS:
        if step.area is not None:
            assert (step.area.text.nl, step.area.text.en) == (step.title.nl, step.title.en)
