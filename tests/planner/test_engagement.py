"""The engagement step: a kartrekker, structural attention and activities, saved at once."""

from __future__ import annotations

from typing import Any

from socialstrategy.model._fields import MAX_TEXT
from socialstrategy.vocab import Rhythm
from tests.planner.conftest import by_key, name_who, picker, saved, who_value


def test_renders_the_example(open_step: Any) -> None:
    at, _ = open_step("engagement")
    assert at.title[0].value == "Bespreekbaar maken"
    assert who_value(at, "engagement.owner").startswith("Marieke Hoekstra")
    assert by_key(at.text_input, "engagement.activities[0].title").value.startswith("Familieavond")


def test_an_edit_is_saved_and_the_score_reacts(open_step: Any) -> None:
    """Without a kartrekker the topic has no owner (ENG007), shown beside the field."""
    at, path = open_step("engagement")
    before = at.sidebar.metric[0].value
    assert not at.warning
    name_who(at, "engagement.owner", "").run()
    assert not at.exception
    assert saved(path).engagement.owner == ""
    assert at.sidebar.metric[0].value != before
    # Beside the field, from the saved change; the step's summary counts it, once.
    assert sum("kartrekker" in w.value.lower() for w in at.warning) == 1
    assert any("hierboven" in c.value for c in at.caption)


def test_an_activity_is_edited_in_place(open_step: Any) -> None:
    at, path = open_step("engagement")
    picker(at, "engagement.activities").set_value(1).run()
    by_key(at.selectbox, "engagement.activities[1].rhythm").set_value(Rhythm.QUARTERLY).run()
    by_key(at.multiselect, "engagement.activities[1].audiences").select("bewoners").run()
    assert not at.exception
    activity = saved(path).engagement.activities[1]
    assert activity.rhythm.code == "quarterly"
    assert activity.audiences == ("medewerkers", "bewoners")


def test_an_activity_can_be_added_and_removed(open_step: Any) -> None:
    at, path = open_step("engagement")
    before = saved(path).engagement.activities
    by_key(at.button, "engagement.activities.add").click().run()
    assert not at.exception
    assert len(saved(path).engagement.activities) == len(before) + 1
    new = len(before)
    assert picker(at, "engagement.activities").value == new
    by_key(at.text_input, f"engagement.activities[{new}].title").input("Kletskaarten").run()
    assert saved(path).engagement.activities[new].title == "Kletskaarten"
    by_key(at.button, "engagement.activities.remove").click().run()
    assert not at.exception
    assert saved(path).engagement.activities == before


def test_a_text_that_is_too_long_is_refused_and_not_saved(open_step: Any) -> None:
    at, path = open_step("engagement")
    outcome = saved(path).engagement.activities[0].outcome
    by_key(at.text_area, "engagement.activities[0].outcome").input("x" * (MAX_TEXT + 1)).run()
    assert not at.exception
    assert any("te lang" in e.value for e in at.error)
    assert saved(path).engagement.activities[0].outcome == outcome


def test_works_in_english(open_step: Any) -> None:
    at, _ = open_step("engagement")
    at.session_state["language"] = "en"
    at.run()
    assert not at.exception
    assert at.title[0].value == "Making it discussable"
    assert at.subheader[0].value == "Who keeps it on the agenda?"
