"""Vocabularies are data with Dutch and English labels; presets cover every sector."""

from __future__ import annotations

import re

import pytest

from socialstrategy.model._fields import ID_PATTERN
from socialstrategy.vocab import (
    PRESETS,
    VOCABULARIES,
    CheckQuestion,
    Sector,
    Severity,
    StakeholderKind,
    Term,
    stakeholder_label,
)


@pytest.mark.parametrize("vocabulary", VOCABULARIES, ids=lambda v: v.__name__)
def test_every_term_has_both_labels(vocabulary: type[Term]) -> None:
    """Every term has a code, a Dutch and an English label, none empty, codes unique."""
    codes = [term.code for term in vocabulary]
    assert len(codes) == len(set(codes))
    for term in vocabulary:
        assert re.fullmatch(r"[a-z][a-z0-9_]*", term.code)
        assert term.label("nl").strip()
        assert term.label("en").strip()


def test_terms_are_found_by_code_and_suggested_when_misspelt() -> None:
    assert Sector.parse("hospital") is Sector.HOSPITAL
    assert Sector.suggest("hopsital") == ["hospital"]
    with pytest.raises(ValueError, match="not a Sector"):
        Sector.parse("castle")


def test_the_nine_check_questions_of_the_qa() -> None:
    """The readiness vocabulary is the Q&A's nine questions, in its order."""
    assert len(CheckQuestion) == 9
    assert CheckQuestion.CLIENTS_ONLINE.label("nl") == "Weten wij wat onze cliënten online doen?"
    assert list(CheckQuestion)[-1] is CheckQuestion.TRAINED


def test_severity_ladder_runs_from_complaint_to_crisis() -> None:
    assert [s.rank for s in Severity] == [1, 2, 3, 4, 5]
    assert Severity.CALAMITY.rank > Severity.INCIDENT.rank


@pytest.mark.parametrize("sector", list(Sector), ids=lambda s: s.code)
def test_every_sector_has_a_preset(sector: Sector) -> None:
    """Each preset names primary processes with valid, unique ids, and likely scenarios."""
    preset = PRESETS[sector]
    assert preset.sector is sector
    assert preset.primary_processes
    ids = [p.id for p in (*preset.primary_processes, *preset.supporting_processes)]
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(ID_PATTERN, i) for i in ids)
    assert preset.scenarios
    assert preset.audiences


def test_a_stakeholder_is_named_as_the_sector_names_it() -> None:
    """One function names the crisis plan's stakeholders for planner, rules and exports."""
    assert stakeholder_label(StakeholderKind.CLIENTS, Sector.HOSPITAL, "nl") == "Patiënten"
    assert stakeholder_label(StakeholderKind.CLIENTS, Sector.YOUTH_CARE, "en") == "Young people"
    igj = stakeholder_label(StakeholderKind.INSPECTORATE, Sector.ELDERLY_CARE, "nl")
    assert igj == "Toezichthouder (IGJ, AP)"
    for sector in (Sector.WELFARE, Sector.OTHER):
        for language in ("nl", "en"):
            assert "IGJ" not in stakeholder_label(StakeholderKind.INSPECTORATE, sector, language)
    # The other kinds read the same in every sector.
    assert stakeholder_label(StakeholderKind.PRESS, Sector.WELFARE, "nl") == "Pers"
    # Labels stay distinct within a sector: the planner reads the kind back by its label.
    for sector in Sector:
        labels = [stakeholder_label(k, sector, "nl") for k in StakeholderKind]
        assert len(set(labels)) == len(labels)
