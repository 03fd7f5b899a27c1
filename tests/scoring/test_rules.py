"""Every rule fires on its example and stays quiet on the reference strategy."""

from __future__ import annotations

import datetime as dt
import re

import attrs
import pytest

import socialstrategy as ss
from socialstrategy.scoring import RULES, Rule, score
from socialstrategy.scoring.examples import EXAMPLE_BASE

REFERENCE = EXAMPLE_BASE
TODAY = dt.date(2026, 11, 23)


@pytest.fixture(scope="module")
def reference() -> ss.Strategy:
    return ss.load(REFERENCE)


def _codes(strategy: ss.Strategy) -> set[str]:
    return {f.code for f in score(strategy, today=TODAY).findings}


def test_the_reference_strategy_passes_every_rule(reference: ss.Strategy) -> None:
    report = score(reference, today=TODAY)
    assert [f.describe("en") for f in report.findings] == []
    assert report.overall == 100


@pytest.mark.parametrize("rule", list(RULES.values()), ids=lambda r: r.code)
def test_rule_fires_on_its_example(rule: Rule, reference: ss.Strategy) -> None:
    example = rule.fires(reference)
    assert ss.validate(example) == (), "the example must itself be a valid strategy"
    assert rule.code in _codes(example)


@pytest.mark.parametrize(
    "rule", [r for r in RULES.values() if r.passes is not None], ids=lambda r: r.code
)
def test_rule_stays_quiet_on_its_near_miss(rule: Rule, reference: ss.Strategy) -> None:
    assert rule.passes is not None
    near_miss = rule.passes(reference)
    assert ss.validate(near_miss) == ()
    assert rule.code not in _codes(near_miss)


@pytest.mark.parametrize("rule", list(RULES.values()), ids=lambda r: r.code)
def test_rule_is_fully_declared(rule: Rule) -> None:
    """Both languages for title, message and fix; a source; a sensible weight."""
    for text in (rule.title, rule.message, rule.fix):
        assert text.nl.strip()
        assert text.en.strip()
        assert text.nl != text.en or text.nl.isupper()
    assert rule.source.strip()
    assert 0 < rule.weight <= 100
    assert rule.code[:-3].isalpha()


def _ids_and_texts(part: object, ids: set[str], texts: set[str]) -> None:
    """Every id in *part*, and every text typed (vocabulary terms are not typed)."""
    if attrs.has(type(part)):
        for field in attrs.fields(type(part)):
            value = getattr(part, field.name)
            if field.name == "id":
                ids.add(value)
            elif type(value) is str:
                texts.add(value)
            _ids_and_texts(value, ids, texts)
    elif isinstance(part, tuple):
        for item in part:
            _ids_and_texts(item, ids, texts)


@pytest.mark.parametrize("rule", list(RULES.values()), ids=lambda r: r.code)
def test_findings_name_parts_as_the_manager_named_them(rule: Rule, reference: ss.Strategy) -> None:
    """A message quotes a part's name or title, never the id only the file uses
    ('facebook-locaties'), unless the part has nothing else to go by."""
    example = rule.fires(reference)
    ids: set[str] = set()
    texts: set[str] = set()
    _ids_and_texts(example, ids, texts)
    for finding in score(example, today=TODAY).findings:
        if finding.code == rule.code:
            for language in ("nl", "en"):
                quoted = set(re.findall(r"'([^']+)'", finding.message.get(language)))
                assert not quoted & (ids - texts), finding.message.get(language)


def test_a_part_without_a_name_is_called_so_not_by_its_id(reference: ss.Strategy) -> None:
    """A goal just added has no title yet; its id ('doel-2') was made by the planner
    and the manager never typed it."""
    new = ss.Goal(id="doel-2")
    report = score(attrs.evolve(reference, goals=(*reference.goals, new)), today=TODAY)
    about = [f for f in report.findings if f.path.startswith(f"goals[{len(reference.goals)}]")]
    assert about
    for finding in about:
        assert "doel-2" not in finding.message.nl
        assert "doel-2" not in finding.message.en
    assert any("'nog zonder naam'" in f.message.nl for f in about)
    assert any("'no name yet'" in f.message.en for f in about)


@pytest.mark.parametrize(
    "rule", [r for r in RULES.values() if r.passes is not None], ids=lambda r: r.code
)
def test_a_near_miss_changes_something(rule: Rule, reference: ss.Strategy) -> None:
    """A near miss equal to the reference would test nothing the reference does not."""
    assert rule.passes is not None
    assert rule.passes(reference) != reference


def test_every_rule_has_a_near_miss() -> None:
    """Issue 10: a rule shows what it fires on and what, close by, it does not."""
    assert [r.code for r in RULES.values() if r.passes is None] == []
