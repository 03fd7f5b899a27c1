"""The action plan, last: unfinished thinking is named first; actions are saved and scored."""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs

import socialstrategy as ss
from socialstrategy.vocab import PlanPart
from tests.planner.conftest import by_key, name_who, overall, picker, saved


def page_links(at: Any) -> list[Any]:
    return [link.proto for link in at.get("page_link")]


def test_renders_the_example(open_step: Any) -> None:
    at, _ = open_step("actions")
    assert at.title[0].value == "Actieplan"
    assert any("denkwerk staat" in s.value for s in at.success)
    assert by_key(at.text_input, "actions[0].title").value.startswith("Familieportaal")
    assert len(at.dataframe[0].value) == 8


def test_unfinished_thinking_is_named_with_links_to_finish_it(open_step: Any) -> None:
    """Welzijn Oost has a goal without a primary process and a channel without audiences."""
    at, path = open_step("actions", example="welzijn-oost.toml")
    assert any("denkwerk is nog niet af" in w.value for w in at.warning)
    links = {(p.page, p.query_string) for p in page_links(at)}
    assert ("goals", "focus=goals%5B1%5D.processes&d=draft-welzijn-oost") in links
    assert ("channels", "focus=channels%5B2%5D.audiences&d=draft-welzijn-oost") in links
    # The action plan stays editable meanwhile.
    name_who(at, "actions[0].owner", "Teamleider jongerenwerk").run()
    assert saved(path).actions[0].owner == "Teamleider jongerenwerk"


def _findings_label(at: Any) -> str:
    """The label of the step's findings, with the step's score."""
    (label,) = [e.label for e in at.expander if e.label.startswith("Wat nog beter kan")]
    return str(label)


def test_an_edit_is_saved_and_the_score_reacts(open_step: Any) -> None:
    """An action that serves no goal and no part of the strategy is an error (ACT003).

    The step's own score shows it (100 → 94); the overall score drops too, by less than
    a point for one action of ten areas, which the sidebar's whole number may round away.
    """
    at, path = open_step("actions", example="ziekenhuis-amstelzicht.toml")
    before = overall(path)
    assert _findings_label(at) == "Wat nog beter kan in deze stap · 100/100"
    by_key(at.multiselect, "actions[0].goals").set_value([]).run()
    assert not at.exception
    assert saved(path).actions[0].goals == ()
    assert overall(path) < before
    assert _findings_label(at) == "Wat nog beter kan in deze stap · 94/100"
    # Beside the action, from the saved change; the step's summary counts it, once.
    assert sum("Actie zonder doel" in e.value for e in at.error) == 1
    assert any("hierboven" in c.value for c in at.caption)


def test_a_due_date_before_the_start_is_refused_and_not_saved(open_step: Any) -> None:
    at, path = open_step("actions")
    due = saved(path).actions[0].due
    by_key(at.date_input, "actions[0].due").set_value(dt.date(2026, 1, 1)).run()
    assert not at.exception
    assert any("vóór de startdatum" in e.value for e in at.error)
    assert saved(path).actions[0].due == due


def test_an_action_can_be_added_and_removed(open_step: Any) -> None:
    at, path = open_step("actions")
    before = saved(path).actions
    by_key(at.button, "actions.add").click().run()
    assert not at.exception
    assert len(saved(path).actions) == len(before) + 1
    new = len(before)
    assert picker(at, "actions").value == new
    by_key(at.text_input, f"actions[{new}].title").input("Crisisoefening").run()
    by_key(at.multiselect, f"actions[{new}].supports").select(PlanPart.CRISIS).run()
    added = saved(path).actions[new]
    assert (added.title, [p.code for p in added.supports]) == ("Crisisoefening", ["crisis"])
    by_key(at.button, "actions.remove").click().run()
    assert not at.exception
    assert saved(path).actions == before


def test_works_in_english(open_step: Any) -> None:
    at, _ = open_step("actions", example="welzijn-oost.toml")
    at.session_state["language"] = "en"
    at.run()
    assert not at.exception
    assert at.title[0].value == "Action plan"
    assert any("thinking is not finished" in w.value for w in at.warning)


def test_no_channel_and_a_preset_crisis_plan_are_no_reason_for_comfort(open_text: Any) -> None:
    """A new disability-care plan with one goal and nothing else (its crisis plan scenario
    titles only, without the starter texts): the thinking is not done."""
    new = ss.new_strategy(ss.Sector.DISABILITY_CARE, "Stichting Nieuw")
    goal = ss.Goal(id="informeren", title="Verwanten weten hoe het gaat", processes=("living",))
    titles = tuple(attrs.evolve(s, holding_statement="") for s in new.crisis.scenarios)
    crisis = attrs.evolve(new.crisis, escalation=(), scenarios=titles)
    strategy = attrs.evolve(
        new, goals=(attrs.evolve(goal, audiences=("relatives",)),), crisis=crisis
    )
    at, _ = open_text("actions", ss.dumps(strategy))
    assert not any("denkwerk staat" in s.value for s in at.success)
    assert any("denkwerk is nog niet af" in w.value for w in at.warning)
    links = {(p.page, p.query_string) for p in page_links(at)}
    assert ("channels", "focus=channels&d=draft-text") in links
    assert ("crisis", "focus=crisis.escalation&d=draft-text") in links


def test_the_overview_shows_a_dash_for_a_missing_date_not_none(open_text: Any) -> None:
    """Streamlit writes an empty cell as "None": on a Dutch screen it is a dash."""
    at, _ = open_text("actions", 'schema_version = 1\n[[actions]]\nid = "a"\ntitle = "Iets"\n')
    (overview,) = [d for d in at.dataframe if d.proto.editing_mode == 0]  # read-only
    assert overview.value.isna().any(axis=None)  # there are empty cells to show
    assert overview.proto.placeholder == "—"
