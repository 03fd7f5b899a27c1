"""The starter mark: a model text stays marked until a person edits or accepts it."""

from __future__ import annotations

import attrs
import pytest

import socialstrategy as ss
from socialstrategy.model.paths import set_at
from socialstrategy.model.starters import (
    accept,
    carried,
    part_of,
    reconciled,
    touched,
    unreviewed,
    unreviewed_parts,
)


@pytest.fixture
def fresh() -> ss.Strategy:
    return ss.new_strategy(ss.Sector.DISABILITY_CARE, "Stichting Proef")


def _with_crisis_marks(s: ss.Strategy) -> ss.Strategy:
    """A crisis plan with marked plain fields and a marked scenario, as the crisis
    starter texts make it."""
    scenarios = tuple(
        attrs.evolve(x, holding_statement="We weten ervan.", model_text=True)
        for x in s.crisis.scenarios
    )
    crisis = attrs.evolve(
        s.crisis,
        monitoring="Werkdagen 9-17 uur.",
        first_hour=("Leg vast.", "Zet berichten stil."),
        scenarios=scenarios,
        model_texts=("monitoring", "first_hour"),
    )
    return attrs.evolve(s, crisis=crisis)


def test_a_fresh_plan_lists_its_model_texts_by_part(fresh: ss.Strategy) -> None:
    """Every part the starter texts fill, in the order of the plan: the guideline, the
    media guidance and the whole crisis plan."""
    parts = unreviewed_parts(fresh)
    assert list(parts) == [
        "guidelines.consent",
        "guidelines.rules",
        "media_guidance",
        "crisis.monitoring",
        "crisis.account_access",
        "crisis.first_hour",
        "crisis.prevention",
        "crisis.evaluation",
        "crisis.escalation",
        "crisis.scenarios",
        "crisis.triage",
        "crisis.responses",
        "crisis.stakeholders",
        "crisis.principles",
    ]
    assert parts["guidelines.rules"] == len(fresh.guidelines.rules)
    assert parts["crisis.scenarios"] == len(fresh.crisis.scenarios)
    assert "guidelines.rules[0]" in unreviewed(fresh)
    assert unreviewed(fresh, "media_guidance") == ("media_guidance",)


def test_an_edit_clears_the_mark_of_the_record_it_is_in(fresh: ss.Strategy) -> None:
    path = "guidelines.rules[2].why"
    edited = touched(set_at(fresh, path, "Eigen woorden."), path)
    assert not edited.guidelines.rules[2].model_text
    assert all(r.model_text for i, r in enumerate(edited.guidelines.rules) if i != 2)
    assert edited.guidelines.consent.model_text  # another part: untouched
    assert touched(fresh, "media_guidance.vision").media_guidance.model_text is False


def test_saving_a_whole_table_clears_nothing_by_itself(fresh: ss.Strategy) -> None:
    """Which rows a table save changed is for :func:`carried` to say, row by row."""
    assert touched(fresh, "guidelines.rules") == fresh


def test_an_edit_of_a_crisis_plan_field_unmarks_that_field_only(fresh: ss.Strategy) -> None:
    plan = _with_crisis_marks(fresh)
    edited = touched(plan, "crisis.first_hour[1]")
    assert edited.crisis.model_texts == ("monitoring",)
    assert unreviewed(edited, "crisis") == tuple(
        p for p in unreviewed(plan, "crisis") if p != "crisis.first_hour"
    )
    assert "crisis.scenarios[0]" in unreviewed(edited, "crisis")


def test_accepting_a_part_clears_every_mark_in_it_and_nothing_else(fresh: ss.Strategy) -> None:
    accepted = accept(fresh, "guidelines.rules")
    assert not any(r.model_text for r in accepted.guidelines.rules)
    assert list(unreviewed_parts(accepted)) == [
        p for p in unreviewed_parts(fresh) if p != "guidelines.rules"
    ]
    # The words stay as they were: accepting is not editing.
    assert [r.rule for r in accepted.guidelines.rules] == [r.rule for r in fresh.guidelines.rules]


def test_accepting_the_crisis_plan_or_one_of_its_fields(fresh: ss.Strategy) -> None:
    plan = _with_crisis_marks(fresh)
    assert accept(plan, "crisis.monitoring").crisis.model_texts == ("first_hour",)
    whole = accept(plan, "crisis")
    assert unreviewed(whole, "crisis") == ()
    assert unreviewed(whole, "guidelines")  # the guideline is another part
    assert unreviewed(accept(plan)) == ()


def test_part_of_a_marked_path() -> None:
    assert part_of("guidelines.rules[3]") == "guidelines.rules"
    assert part_of("crisis.monitoring") == "crisis.monitoring"
    assert part_of("media_guidance") == "media_guidance"


def test_a_record_rebuilt_unchanged_keeps_its_mark(fresh: ss.Strategy) -> None:
    """A page builds the record from its fields on every run: showing is not accepting."""
    rule = fresh.guidelines.rules[0]
    rebuilt = ss.GuidelineRule(topic=rule.topic, rule=rule.rule, why=rule.why, roles=rule.roles)
    assert carried(rule, rebuilt).model_text
    changed = attrs.evolve(rebuilt, why="Onze eigen reden.")
    assert not carried(rule, changed).model_text
    # A row that moved up (one above it deleted) is still found among the table's rows.
    assert carried(fresh.guidelines.rules, rebuilt).model_text
    # Never marked, never marked by carrying.
    assert not carried(attrs.evolve(rule, model_text=False), rebuilt).model_text
    assert not carried(None, rebuilt).model_text


def test_the_mark_survives_a_file(fresh: ss.Strategy) -> None:
    """In the file, a model text says so: ``model_text = true``."""
    text = ss.dumps(fresh)
    assert "model_text = true" in text
    assert ss.loads(text) == fresh
    assert "model_text" not in ss.dumps(accept(fresh))


def test_a_whole_save_keeps_the_marks_of_what_did_not_change(fresh: ss.Strategy) -> None:
    """A page rebuilds its parts from their fields (the marks lost on the way): what kept
    its words keeps its mark, what changed loses it, whatever the page passed."""
    plan = _with_crisis_marks(fresh)
    rebuilt_rules = tuple(attrs.evolve(r, model_text=False) for r in plan.guidelines.rules)
    rebuilt_rules = (attrs.evolve(rebuilt_rules[0], why="Onze reden."), *rebuilt_rules[1:])
    page = attrs.evolve(
        plan,
        guidelines=attrs.evolve(plan.guidelines, rules=rebuilt_rules),
        crisis=attrs.evolve(plan.crisis, monitoring="Ook in het weekend.", model_texts=()),
    )
    saved = reconciled(plan, page)
    assert [r.model_text for r in saved.guidelines.rules] == [
        False,
        *(True for _ in plan.guidelines.rules[1:]),
    ]
    assert saved.crisis.model_texts == ("first_hour",)
    assert saved.guidelines.rules[0].why == "Onze reden."


def test_a_whole_save_does_not_bring_back_an_accepted_mark(fresh: ss.Strategy) -> None:
    """A page drawn before a part was accepted passes the old marks: the model's hold."""
    accepted = accept(fresh, "guidelines.rules")
    assert reconciled(accepted, fresh).guidelines.rules == accepted.guidelines.rules
    assert reconciled(fresh, fresh) is fresh


def test_a_row_that_moved_up_keeps_its_mark(fresh: ss.Strategy) -> None:
    rules = fresh.guidelines.rules
    page = attrs.evolve(fresh, guidelines=attrs.evolve(fresh.guidelines, rules=rules[1:]))
    assert all(r.model_text for r in reconciled(fresh, page).guidelines.rules)
