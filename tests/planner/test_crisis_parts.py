"""The crisis step's four parts that decide and inform: triage, the decision tree, who is
informed and the message principles, each edited as a table and saved at once."""

from __future__ import annotations

from typing import Any

import attrs

import socialstrategy as ss
from tests.conftest import STRATEGIES
from tests.planner.conftest import saved
from tests.planner.test_crisis import edit_rows, show


def test_a_triage_question_is_added_with_its_criterion_and_level(open_step: Any) -> None:
    at, path = open_step("crisis")
    show(at, "crisis.triage")
    before = saved(path).crisis.triage
    edit_rows(
        at,
        "crisis.triage",
        edited={"1": {"question": "Is een bewoner herkenbaar in beeld?"}},
        added=[
            {
                "criterion": "Juridische gevolgen",
                "question": "Dreigt iemand met een advocaat?",
                "raises_to": "Calamiteit",
            }
        ],
    )
    assert not at.exception
    triage = saved(path).crisis.triage
    assert len(triage) == len(before) + 1
    assert triage[1].question == "Is een bewoner herkenbaar in beeld?"
    assert triage[1].criterion is before[1].criterion
    assert triage[-1] == ss.TriageRule(
        criterion=ss.TriageCriterion.LEGAL_EXPOSURE,
        question="Dreigt iemand met een advocaat?",
        raises_to=ss.Severity.CALAMITY,
    )


def test_a_branch_of_the_decision_tree_refers_to_the_role_that_decides(open_step: Any) -> None:
    """Who decides is chosen by name and stored by id; a branch without one is named
    beside the table at once (CRIS106)."""
    at, path = open_step("crisis")
    show(at, "crisis.responses")
    table = at.dataframe[0].value
    assert list(table["kind"]) == [
        "Volgen, niet reageren",
        "Feiten rechtzetten",
        "Herstellen: contact en oplossing",
        "Opschalen",
    ]
    edit_rows(at, "crisis.responses", edited={"3": {"decides": "Bestuurder"}})
    assert not at.exception
    assert saved(path).crisis.responses[3].decides == "bestuurder"
    edit_rows(at, "crisis.responses", edited={"3": {"decides": None}})
    assert saved(path).crisis.responses[3].decides == ""
    assert any("Opschalen" in w.value and "wie beslist" in w.value for w in at.warning)


def test_who_is_informed_when_is_saved_in_hours_the_dutch_way(open_step: Any) -> None:
    at, path = open_step("crisis")
    show(at, "crisis.stakeholders")
    edit_rows(
        at,
        "crisis.stakeholders",
        edited={"2": {"within_hours": "1,5"}},
        added=[
            {
                "kind": "Financiers",
                "informs": "Bestuurder",
                "within_hours": "48",
                "how": "Telefonisch aan het zorgkantoor",
            }
        ],
    )
    assert not at.exception
    stakeholders = saved(path).crisis.stakeholders
    assert stakeholders[2].kind is ss.StakeholderKind.STAFF
    assert stakeholders[2].within_hours == 1.5
    assert stakeholders[-1] == ss.Stakeholder(
        kind=ss.StakeholderKind.FUNDERS,
        informs="bestuurder",
        within_hours=48.0,
        how="Telefonisch aan het zorgkantoor",
    )


def test_a_principle_is_chosen_and_its_meaning_written(open_step: Any) -> None:
    at, path = open_step("crisis")
    show(at, "crisis.principles")
    edit_rows(
        at,
        "crisis.principles",
        added=[{"principle": "Zeg wat mensen kunnen doen", "meaning": "Bel 0314-555 02 00."}],
    )
    assert not at.exception
    assert saved(path).crisis.principles[-1] == ss.Principle(
        principle=ss.MessagePrinciple.PROMOTE_ACTION, meaning="Bel 0314-555 02 00."
    )


def test_rows_without_their_kind_are_kept_and_named(open_step: Any) -> None:
    """A new row missing the cell that says what it is (criterion, answer, who, principle)
    is saved with the rest of what was typed and named as incomplete, never dropped."""
    at, path = open_step("crisis")
    cases = [
        ("crisis.triage", {"question": "Gaat het over een kind?"}, "Wat je beoordeelt"),
        ("crisis.responses", {"when": "Een vraag over de wachtlijst"}, "Antwoord"),
        ("crisis.stakeholders", {"how": "Brief aan de gemeente"}, "Wie"),
        ("crisis.principles", {"meaning": "Geen vakjargon"}, "Uitgangspunt"),
    ]
    for part, row, column in cases:
        show(at, part)
        count = len(getattr(saved(path).crisis, part.split(".")[1]))
        edit_rows(at, part, added=[row])
        assert not at.exception, part
        items = getattr(saved(path).crisis, part.split(".")[1])
        assert len(items) == count + 1, part
        ((field, value),) = row.items()
        assert getattr(items[-1], field) == value, part
        assert any("nog niet compleet" in w.value and column in w.value for w in at.warning), (
            part,
            [w.value for w in at.warning],
        )


def test_an_edit_keeps_the_model_text_mark_of_rows_not_touched(open_text: Any) -> None:
    """The whole table is read back after any edit: the rows nobody touched keep their
    model-text mark; the row that was edited loses it (a person has adapted it)."""
    linde = ss.load(STRATEGIES / "zorggroep-de-linde.toml")
    marked = tuple(attrs.evolve(p, model_text=True) for p in linde.crisis.principles)
    crisis = attrs.evolve(linde.crisis, principles=marked)
    at, path = open_text("crisis", ss.dumps(attrs.evolve(linde, crisis=crisis)))
    show(at, "crisis.principles")
    edit_rows(at, "crisis.principles", edited={"0": {"meaning": "Eerst de mens."}})
    assert not at.exception
    principles = saved(path).crisis.principles
    assert principles[0].meaning == "Eerst de mens."
    assert not principles[0].model_text
    assert [p.model_text for p in principles[1:]] == [True] * (len(principles) - 1)


def test_the_new_parts_work_in_english(open_step: Any) -> None:
    at, _ = open_step("crisis")
    at.session_state["language"] = "en"
    at.run()
    show(at, "crisis.stakeholders")
    table = at.dataframe[0].value
    assert list(table["kind"])[:3] == ["Clients", "Relatives and legal representatives", "Staff"]
    assert "Who hears it" in at.caption[0].value


def test_the_stakeholders_are_named_in_the_sectors_words(open_step: Any, open_text: Any) -> None:
    """A hospital informs its patients and the IGJ; welfare work its participants and
    the municipality. A row nobody touched keeps its kind when the table is saved."""
    at, path = open_step("crisis", example="ziekenhuis-amstelzicht.toml")
    show(at, "crisis.stakeholders")
    kinds = list(at.dataframe[0].value["kind"])
    assert "Patiënten" in kinds
    assert "Cliënten" not in kinds
    before = saved(path).crisis.stakeholders
    edit_rows(at, "crisis.stakeholders", edited={"0": {"how": "Via het patiëntportaal"}})
    assert not at.exception
    assert [k.kind for k in saved(path).crisis.stakeholders] == [k.kind for k in before]
    at, _ = open_text("crisis", ss.dumps(ss.new_strategy(ss.Sector.WELFARE, "Proef")))
    show(at, "crisis.stakeholders")
    kinds = list(at.dataframe[0].value["kind"])
    assert "Deelnemers en bewoners" in kinds
    assert "Toezichthouder (AP, gemeente)" in kinds
    assert not [k for k in kinds if "IGJ" in k]
