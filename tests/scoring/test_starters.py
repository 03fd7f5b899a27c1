"""Model texts taken over without a look cost points: adapting or accepting them pays."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

import socialstrategy as ss
from socialstrategy.model.paths import set_at
from socialstrategy.model.starters import accept, touched
from socialstrategy.scoring import Area, score
from socialstrategy.scoring.crisis_plan import has_crisis_plan

TODAY = dt.date(2026, 12, 5)


def _codes(strategy: ss.Strategy, code: str) -> list[str]:
    return [f.path for f in score(strategy, today=TODAY).findings if f.code == code]


@pytest.mark.parametrize("sector", list(ss.Sector), ids=lambda s: s.code)
def test_a_fresh_plan_scores_lower_than_the_same_plan_reviewed(sector: ss.Sector) -> None:
    """Nothing accepted scores lower than every model text accepted, overall and on the
    guideline; accepting one part already moves the score."""
    fresh = ss.new_strategy(sector, "Proef")
    reviewed = accept(fresh)
    one_part = accept(fresh, "guidelines.rules")
    before, after = score(fresh, today=TODAY), score(reviewed, today=TODAY)
    assert before.overall < score(one_part, today=TODAY).overall < after.overall
    guideline_before = before.areas[Area.GUIDELINES].score
    assert guideline_before < after.areas[Area.GUIDELINES].score
    # A guideline that is all model text is not a reviewed guideline: it scores no
    # better than half of what the same text scores once the organisation stands by it.
    assert guideline_before <= after.areas[Area.GUIDELINES].score / 2


def test_one_finding_per_part_with_unreviewed_model_texts() -> None:
    fresh = ss.new_strategy(ss.Sector.YOUTH_CARE, "Proef")
    assert _codes(fresh, "MODEL001") == ["guidelines.consent", "guidelines.rules", "media_guidance"]
    (finding,) = [f for f in score(fresh, today=TODAY).findings if f.path == "guidelines.rules"]
    count = len(fresh.guidelines.rules)
    assert finding.message.nl.startswith(f"De regels van de richtlijn: nog {count} modelteksten")
    assert _codes(accept(fresh), "MODEL001") == []


def test_editing_every_rule_is_as_good_as_accepting_them() -> None:
    fresh = ss.new_strategy(ss.Sector.HOSPITAL, "Proef")
    edited = fresh
    for i, rule in enumerate(fresh.guidelines.rules):
        path = f"guidelines.rules[{i}].rule"
        edited = touched(set_at(edited, path, rule.rule + " Zo doen wij het."), path)
    assert "guidelines.rules" not in _codes(edited, "MODEL001")
    # One rule still a model text is still a finding for the part.
    assert "guidelines.rules" in _codes(
        attrs.evolve(
            edited,
            guidelines=attrs.evolve(
                edited.guidelines,
                rules=(
                    attrs.evolve(edited.guidelines.rules[0], model_text=True),
                    *edited.guidelines.rules[1:],
                ),
            ),
        ),
        "MODEL001",
    )


def test_a_model_holding_statement_is_not_the_organisations_own() -> None:
    """A crisis plan whose only holding statements are model texts is not yet a plan."""
    fresh = ss.new_strategy(ss.Sector.ELDERLY_CARE, "Proef")
    step = ss.EscalationStep(role="communication", reach="06-12345678")
    scenarios = tuple(
        attrs.evolve(x, holding_statement="We weten ervan en zoeken het uit.", model_text=True)
        for x in fresh.crisis.scenarios
    )
    plan = attrs.evolve(fresh.crisis, escalation=(step,), scenarios=scenarios)
    assert not has_crisis_plan(plan)
    assert has_crisis_plan(accept(attrs.evolve(fresh, crisis=plan), "crisis.scenarios").crisis)
    marked = attrs.evolve(fresh, crisis=plan)
    found = _codes(marked, "MODEL002")
    # The escalation chain was replaced by the manager's own; the scenarios were not.
    assert "crisis.scenarios" in found
    assert "crisis.escalation" not in found


def _yes_to_all(strategy: ss.Strategy) -> ss.Strategy:
    answers = tuple(
        attrs.evolve(a, answer=ss.Answer.YES, explanation="Zo is het.", evidence="Het plan.")
        for a in strategy.readiness
    )
    return attrs.evolve(strategy, readiness=answers)


def test_a_model_text_does_not_back_a_yes() -> None:
    """'Yes, we have a vision on media guidance' and 'yes, we know how to prevent
    incidents' claim the organisation's own practice: the sector's unread model texts do
    not back them (READ008, READ011); accepted, the same words do."""
    fresh = _yes_to_all(ss.new_strategy(ss.Sector.DISABILITY_CARE, "Proef"))
    assert fresh.media_guidance.vision
    assert fresh.media_guidance.model_text
    assert fresh.crisis.prevention
    assert "prevention" in fresh.crisis.model_texts
    assert _codes(fresh, "READ008")
    assert _codes(fresh, "READ011")
    accepted = accept(accept(fresh, "media_guidance"), "crisis")
    assert not _codes(accepted, "READ008")
    assert not _codes(accepted, "READ011")
    # An accepted text still needs both halves: no vision written is no vision.
    blank = attrs.evolve(accepted, media_guidance=attrs.evolve(accepted.media_guidance, vision=""))
    assert _codes(blank, "READ008")
    # The presence rules count the text as there: MODEL001 charges for it being unread.
    assert not _codes(fresh, "GUID018")
    assert "media_guidance" in _codes(fresh, "MODEL001")
