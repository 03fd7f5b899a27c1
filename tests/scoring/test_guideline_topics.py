"""The guideline's topic check covers every topic of the vocabulary, core topics weighing
more; professionals who publish under their own name need a rule of their own."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

import socialstrategy as ss
from socialstrategy.scoring import Area, score
from socialstrategy.scoring.examples import EXAMPLE_BASE
from socialstrategy.vocab import CORE_TOPICS, GuidelineTopic

REFERENCE = EXAMPLE_BASE
TODAY = dt.date(2026, 11, 23)


def _without(*topics: GuidelineTopic) -> ss.Strategy:
    strategy = ss.load(REFERENCE)
    rules = tuple(r for r in strategy.guidelines.rules if r.topic not in topics)
    return attrs.evolve(strategy, guidelines=attrs.evolve(strategy.guidelines, rules=rules))


def test_the_reference_covers_every_topic() -> None:
    assert ss.load(REFERENCE).guidelines.topics == frozenset(GuidelineTopic)
    assert len(GuidelineTopic) == 15


@pytest.mark.parametrize("topic", list(GuidelineTopic), ids=lambda t: t.code)
def test_every_missing_topic_is_named(topic: GuidelineTopic) -> None:
    """Core topics by GUID002, one finding each; the others by GUID030."""
    report = score(_without(topic), today=TODAY)
    topical = [f for f in report.findings if f.code in ("GUID002", "GUID030")]
    assert len(topical) == 1
    (finding,) = topical
    assert finding.code == ("GUID002" if topic in CORE_TOPICS else "GUID030")
    assert f"'{topic.label('nl')}'" in finding.message.nl
    assert f"'{topic.label('en')}'" in finding.message.en


def test_missing_other_topics_share_one_finding() -> None:
    others = [t for t in GuidelineTopic if t not in CORE_TOPICS]
    report = score(_without(*others), today=TODAY)
    (finding,) = [f for f in report.findings if f.code == "GUID030"]
    assert finding.message.nl.startswith(
        f"De richtlijn zegt nog niets over {len(others)} onderwerpen die terugkomen in"
        " richtlijnen in de zorg: 'Bestaande gedragscodes gelden ook online', "
    )
    assert finding.message.en.endswith(
        "'Messaging clients over WhatsApp and DM' and"
        " 'Publishing under your own name as a care professional'."
    )


def test_one_missing_other_topic_reads_in_the_singular() -> None:
    report = score(_without(GuidelineTopic.CONSEQUENCES), today=TODAY)
    (finding,) = [f for f in report.findings if f.code == "GUID030"]
    assert finding.message.nl == (
        "De richtlijn zegt nog niets over één onderwerp dat terugkomt in richtlijnen in de"
        " zorg: 'Gevolgen bij overtreding'."
    )


def _guideline_score(strategy: ss.Strategy) -> float:
    return score(strategy, today=TODAY).areas[Area.GUIDELINES].score


def test_a_missing_core_topic_weighs_more_than_a_missing_other_topic() -> None:
    """A core topic costs the guideline area 8 points; another topic 1, so that every
    topic added still moves the score though they share one finding."""
    assert _guideline_score(ss.load(REFERENCE)) == 100
    assert _guideline_score(_without(GuidelineTopic.CONSENT)) == 92
    assert _guideline_score(_without(GuidelineTopic.CONFLICTS_OF_INTEREST)) == 99
    three = (GuidelineTopic.CONFLICTS_OF_INTEREST, GuidelineTopic.WORK_TIME, GuidelineTopic.RESPECT)
    assert _guideline_score(_without(*three)) == 97


def _own_account(strategy: ss.Strategy, name: str = "Dokter Anna") -> ss.Strategy:
    first, *rest = strategy.channels
    own = attrs.evolve(first, own_name=True, name=name)
    return attrs.evolve(strategy, channels=(own, *rest))


def test_own_name_publishing_without_a_rule_is_a_finding() -> None:
    """GUID031 names the accounts the plan knows of, and asks for the rule."""
    report = score(_own_account(_without(GuidelineTopic.OWN_NAME)), today=TODAY)
    (finding,) = [f for f in report.findings if f.code == "GUID031"]
    assert finding.message.nl == (
        "Zorgprofessionals publiceren onder eigen naam ('Dokter Anna'), maar de richtlijn"
        " zegt niet wat daarbij geldt."
    )
    assert "geen persoonlijk advies" in finding.fix.nl
    assert "no personal advice" in finding.fix.en


def test_own_name_publishing_with_a_rule_or_unknown_is_no_finding() -> None:
    codes = {f.code for f in score(_own_account(ss.load(REFERENCE)), today=TODAY).findings}
    assert "GUID031" not in codes
    codes = {f.code for f in score(_without(GuidelineTopic.OWN_NAME), today=TODAY).findings}
    assert "GUID031" not in codes
    assert "GUID030" in codes
