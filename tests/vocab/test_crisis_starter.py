"""The crisis plan a new plan starts with: every part filled, per sector, in both languages."""

from __future__ import annotations

import re

import attrs
import pytest

import socialstrategy as ss
from socialstrategy.model import Role, Strategy
from socialstrategy.model.starters import accept
from socialstrategy.scoring import score
from socialstrategy.vocab import (
    PRESETS,
    SECTOR_WORDS,
    MessagePrinciple,
    ResponseKind,
    ScenarioKind,
    StakeholderKind,
    TriageCriterion,
)
from socialstrategy.vocab.starters.crisis import (
    MODEL_TEXT_FIELDS,
    crisis_starter,
    is_to_fill_in,
    scenario_starter,
)

#: The roles a new plan is created with; the starter refers to no other.
ROLE_IDS = ("communication", "board", "privacy_officer", "care_manager", "hr", "complaints_officer")
SECTORS = list(ss.Sector)
LANGUAGES: tuple[ss.Language, ...] = ("nl", "en")
_PLACEHOLDER = re.compile(r"[{}]")


def _plan_with_roles(sector: ss.Sector, language: ss.Language) -> Strategy:
    """A strategy whose only content is the starter crisis plan and the roles it names."""
    return Strategy(
        meta=ss.Meta(language=language),
        organisation=ss.Organisation(
            sector=sector, roles=tuple(Role(id=r, name=r) for r in ROLE_IDS)
        ),
        crisis=crisis_starter(sector, language),
    )


def _texts(plan: ss.CrisisPlan) -> list[str]:
    """Every text of the plan a person reads."""
    found = [plan.monitoring, plan.account_access, plan.evaluation, *plan.first_hour]
    found += plan.prevention
    found += [tier.trigger for tier in plan.tiers]
    found += [step.reach for step in plan.escalation]
    for s in plan.scenarios:
        found += [s.title, s.holding_statement, s.prevention, *s.steps]
    found += [clock.authority for clock in plan.legal_clocks]
    found += [t.question for t in plan.triage]
    found += [text for r in plan.responses for text in (r.when, r.action)]
    found += [s.how for s in plan.stakeholders]
    found += [p.meaning for p in plan.principles]
    return found


def _refs(plan: ss.CrisisPlan) -> list[str]:
    return [
        *(tier.approver for tier in plan.tiers),
        *(ref for step in plan.escalation for ref in (step.role, step.backup)),
        *(s.lead for s in plan.scenarios),
        *(clock.owner for clock in plan.legal_clocks),
        *(r.decides for r in plan.responses),
        *(s.informs for s in plan.stakeholders),
    ]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("sector", SECTORS, ids=lambda s: s.code)
def test_every_preset_scenario_has_a_holding_statement_and_steps(
    sector: ss.Sector, language: ss.Language
) -> None:
    plan = crisis_starter(sector, language)
    assert [s.kind for s in plan.scenarios] == list(PRESETS[sector].scenarios)
    for scenario in plan.scenarios:
        sentences = [p for p in re.split(r"(?<=[.!?])\s+", scenario.holding_statement) if p]
        assert 2 <= len(sentences) <= 4, scenario.kind
        assert 3 <= len(scenario.steps) <= 6, scenario.kind
        assert scenario.prevention.strip()
        assert scenario.lead in ROLE_IDS
        assert scenario.model_text


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("sector", SECTORS, ids=lambda s: s.code)
def test_the_crisis_section_has_all_twelve_parts(sector: ss.Sector, language: ss.Language) -> None:
    """Triage on every criterion, one answer per branch of the decision tree, the
    stakeholders inside and outside, and every message principle."""
    plan = crisis_starter(sector, language)
    assert [t.criterion for t in plan.triage] == [
        c for c in TriageCriterion if c is not TriageCriterion.OTHER
    ]
    assert [r.kind for r in plan.responses] == list(ResponseKind)
    kinds = {s.kind for s in plan.stakeholders}
    assert kinds == set(StakeholderKind) - {StakeholderKind.OTHER}
    assert any(k.internal for k in kinds)
    assert any(not k.internal for k in kinds)
    assert [p.principle for p in plan.principles] == list(MessagePrinciple)
    assert all(t.question.endswith("?") for t in plan.triage)
    assert all(r.when and r.action for r in plan.responses)
    assert all(s.how and s.within_hours for s in plan.stakeholders)
    assert all(p.meaning for p in plan.principles)
    assert plan.first_hour
    assert plan.prevention
    assert plan.monitoring
    assert plan.account_access
    assert plan.evaluation
    assert plan.model_texts == MODEL_TEXT_FIELDS


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("sector", SECTORS, ids=lambda s: s.code)
def test_the_escalation_chain_names_the_roles_and_leaves_reach_to_fill_in(
    sector: ss.Sector, language: ss.Language
) -> None:
    chain = crisis_starter(sector, language).escalation
    roles = [step.role for step in chain]
    assert len(set(roles)) >= 4
    assert {"communication", "board", "privacy_officer", "care_manager", "hr"} <= set(roles)
    assert all(step.backup and step.backup != step.role for step in chain)
    assert all(is_to_fill_in(step.reach) for step in chain)
    # 24/7 cover is the organisation's decision, not the model's.
    assert not any(step.day_and_night for step in chain)
    levels = [step.from_level.rank for step in chain]
    assert levels == sorted(levels)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("sector", SECTORS, ids=lambda s: s.code)
def test_every_reference_is_a_role_of_the_plan(sector: ss.Sector, language: ss.Language) -> None:
    strategy = _plan_with_roles(sector, language)
    assert set(_refs(strategy.crisis)) <= set(ROLE_IDS)
    assert all(_refs(strategy.crisis))
    assert ss.validate(strategy) == ()


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("sector", SECTORS, ids=lambda s: s.code)
def test_every_record_is_marked_as_a_model_text(sector: ss.Sector, language: ss.Language) -> None:
    plan = crisis_starter(sector, language)
    records = [
        *plan.escalation,
        *plan.scenarios,
        *plan.triage,
        *plan.responses,
        *plan.stakeholders,
        *plan.principles,
    ]
    assert records
    assert all(record.model_text for record in records)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("sector", SECTORS, ids=lambda s: s.code)
def test_the_texts_speak_the_sectors_words(sector: ss.Sector, language: ss.Language) -> None:
    """Every placeholder filled; the sector's word for its clients and records used; the
    IGJ named only where calamities are reported to it."""
    plan = crisis_starter(sector, language)
    texts = _texts(plan)
    assert all(text.strip() for text in texts)
    assert [t for t in texts if _PLACEHOLDER.search(t)] == []
    everything = " ".join(texts)
    words = SECTOR_WORDS[sector]
    assert words.clients.get(language) in everything
    assert words.records.get(language) in everything
    igj = "IGJ" in everything or "Inspectie" in everything or "Inspectorate" in everything
    assert igj is (sector not in (ss.Sector.WELFARE, ss.Sector.OTHER))


@pytest.mark.parametrize("sector", SECTORS, ids=lambda s: s.code)
def test_dutch_and_english_are_the_same_plan(sector: ss.Sector) -> None:
    """Only the words differ: the structure, roles, levels and hours are the same."""
    nl, en = (crisis_starter(sector, language) for language in LANGUAGES)
    assert _refs(nl) == _refs(en)
    assert [(s.kind, s.level, s.response_hours, len(s.steps)) for s in nl.scenarios] == [
        (s.kind, s.level, s.response_hours, len(s.steps)) for s in en.scenarios
    ]
    assert len(nl.first_hour) == len(en.first_hour)
    assert len(nl.prevention) == len(en.prevention)
    assert "cliënt" not in " ".join(_texts(en))
    assert " de " in " ".join(_texts(nl))
    assert " de " not in " ".join(_texts(en))


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", list(ScenarioKind), ids=lambda k: k.code)
def test_every_kind_of_scenario_has_a_model(kind: ScenarioKind, language: ss.Language) -> None:
    """Any scenario a sector's preset may come to hold has its texts ready."""
    scenario = scenario_starter(kind, ss.Sector.HOSPITAL, language)
    assert scenario.holding_statement
    assert len(scenario.steps) >= 3
    assert scenario.prevention


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_calamity_is_a_calamity_and_the_data_leak_runs_the_72_hour_clock(
    language: ss.Language,
) -> None:
    plan = crisis_starter(ss.Sector.DISABILITY_CARE, language)
    by_kind = {s.kind: s for s in plan.scenarios}
    assert by_kind[ScenarioKind.CALAMITY].level is ss.Severity.CALAMITY
    assert by_kind[ScenarioKind.CALAMITY].lead == "board"
    assert {s.level for s in plan.scenarios} <= {tier.level for tier in plan.tiers}
    leak = by_kind[ScenarioKind.DATA_LEAK]
    assert any("72" in step for step in leak.steps)
    assert any(
        "Autoriteit Persoonsgegevens" in step or "Data Protection" in step for step in leak.steps
    )
    clocks = {c.kind: c for c in plan.legal_clocks}
    assert clocks[ss.LegalClockKind.DATA_LEAK_AUTHORITY].deadline_hours == 72
    assert clocks[ss.LegalClockKind.DATA_LEAK_AUTHORITY].owner == "privacy_officer"


def test_no_scenario_is_slower_than_its_level() -> None:
    for sector in SECTORS:
        plan = crisis_starter(sector, "nl")
        hours = {tier.level: tier.response_hours for tier in plan.tiers}
        for scenario in plan.scenarios:
            assert scenario.response_hours is not None
            limit = hours[scenario.level]
            assert limit is not None
            assert scenario.response_hours <= limit, scenario.kind


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("sector", SECTORS, ids=lambda s: s.code)
def test_a_new_strategy_round_trips_with_its_starter_crisis_plan(
    sector: ss.Sector, language: ss.Language
) -> None:
    strategy = ss.new_strategy(sector, "Zorg Test", language=language)
    assert strategy.crisis == crisis_starter(sector, language)
    assert ss.validate(strategy) == ()
    assert ss.loads(ss.dumps(strategy)) == strategy


#: What only the organisation can fill in: who is reachable day and night, the drill
#: it held, the plan's owner, and how it answers on rating sites (a clock of its own).
_LEFT_TO_THE_ORGANISATION = {"CRIS004", "CRIS005", "CRIS015", "CRIS022", "CRIS027"}


@pytest.mark.parametrize("sector", SECTORS, ids=lambda s: s.code)
def test_a_fresh_plan_is_told_only_what_the_organisation_must_fill_in(sector: ss.Sector) -> None:
    """No finding about a part the starter fills (chain, scenarios, steps, holding
    statements, first hour, monitoring, access, prevention, evaluation, tiers), except
    that unread model statements are no plan yet (CRIS001) until the scenarios are
    accepted; then only what the organisation must fill in is left."""
    fresh = ss.new_strategy(sector, "Proef")
    crisis = {f.code for f in score(fresh).findings if f.code.startswith("CRIS")}
    assert "CRIS001" in crisis
    assert crisis - {"CRIS001"} <= _LEFT_TO_THE_ORGANISATION
    found = score(accept(fresh, "crisis.scenarios")).findings
    assert {f.code for f in found if f.code.startswith("CRIS")} <= _LEFT_TO_THE_ORGANISATION
    # Every role's reach is still an instruction, so each is named as unreachable.
    unreachable = [f for f in found if f.code == "CRIS004"]
    assert len(unreachable) == len(crisis_starter(sector, "nl").escalation)


def test_a_filled_in_reach_is_reachable() -> None:
    strategy = ss.new_strategy(ss.Sector.HOSPITAL, "Proef")
    chain = tuple(attrs.evolve(s, reach="06-12345678") for s in strategy.crisis.escalation)
    filled = attrs.evolve(strategy, crisis=attrs.evolve(strategy.crisis, escalation=chain))
    assert not [f for f in score(filled).findings if f.code == "CRIS004"]


def _words(text: str) -> int:
    return len(re.findall(r"\w+", text))


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("sector", SECTORS, ids=lambda s: s.code)
def test_every_holding_statement_is_a_short_post(sector: ss.Sector, language: ss.Language) -> None:
    plan = crisis_starter(sector, language)
    assert all(_words(s.holding_statement) <= 45 for s in plan.scenarios)
    assert all(len(s.prevention.split(". ")) == 1 for s in plan.scenarios)


@pytest.mark.parametrize("sector", SECTORS, ids=lambda s: s.code)
def test_a_manager_reads_the_model_crisis_plan_in_under_eight_minutes(sector: ss.Sector) -> None:
    """She reads every model text before adopting it, in Dutch, at 200 words a minute."""
    assert _words(" ".join(_texts(crisis_starter(sector, "nl")))) <= 8 * 200
