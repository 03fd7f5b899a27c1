"""The planner's fields speak Dutch all the way: numbers and dates typed and shown the
manager's way, typos caught at entry, and each step's example from the plan's own sector."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from streamlit.proto.SelectWidgetFilterMode_pb2 import SelectWidgetFilterMode as FilterMode

from tests.planner.conftest import PAGES, by_key, plain, saved, start_app


def test_a_dutch_decimal_in_a_number_field_is_saved_as_a_decimal(open_step: Any) -> None:
    """``1,5`` hours is one and a half hours, not fifteen."""
    at, path = open_step("channels")
    by_key(at.text_input, "channels[0].response_hours").input("1,5").run()
    assert not at.exception
    assert saved(path).channels[0].response_hours == 1.5
    assert not at.error


def test_a_number_field_in_english_reads_the_english_way(open_step: Any) -> None:
    at, path = open_step("channels")
    at.session_state["language"] = "en"
    at.run()
    by_key(at.text_input, "channels[0].response_hours").input("1.5").run()
    assert not at.exception
    assert saved(path).channels[0].response_hours == 1.5


def test_text_that_is_no_number_is_said_kept_and_not_saved(open_step: Any) -> None:
    at, path = open_step("channels")
    before = saved(path).channels[0].response_hours
    field = by_key(at.text_input, "channels[0].response_hours")
    field.input("anderhalf").run()
    assert not at.exception
    assert [e.value for e in at.error] == [
        "Niet bewaard: ‘anderhalf’ is geen getal; schrijf bijvoorbeeld 6,4 of 1.500."
    ]
    assert by_key(at.text_input, "channels[0].response_hours").value == "anderhalf"
    assert saved(path).channels[0].response_hours == before


def test_a_dot_on_a_dutch_screen_is_asked_about_not_guessed(open_step: Any) -> None:
    at, path = open_step("channels")
    before = saved(path).channels[0].response_hours
    by_key(at.text_input, "channels[0].response_hours").input("1.5").run()
    assert "bedoel je 1,5 of 15?" in at.error[0].value
    assert saved(path).channels[0].response_hours == before


def test_big_numbers_are_typed_and_shown_with_dutch_thousands(open_step: Any) -> None:
    """``125.000`` is a hundred and twenty-five thousand on a Dutch screen, both ways."""
    at, path = open_step("organisation")
    by_key(at.text_input, "organisation.employees").input("125.000").run()
    assert not at.exception
    assert saved(path).organisation.employees == 125_000
    again = start_app()
    again.query_params["d"] = path.stem
    again.switch_page(str(PAGES / "organisation.py"))
    again.run()
    assert by_key(again.text_input, "organisation.employees").value == "125.000"


def test_a_whole_number_field_refuses_a_fraction(open_step: Any) -> None:
    at, path = open_step("organisation")
    before = saved(path).organisation.employees
    by_key(at.text_input, "organisation.employees").input("12,5").run()
    assert "alleen een heel getal" in at.error[0].value
    assert saved(path).organisation.employees == before


def test_a_date_field_takes_the_years_a_plan_can_mean_and_no_others(open_step: Any) -> None:
    """0027 for 2027 is not taken; a date fifteen years ahead is (it was refused when
    more than ten years from the date the field showed)."""
    at, path = open_step("organisation")
    by_key(at.button_group, "organisation.section").set_value("meta").run()
    before = saved(path).meta.next_review
    by_key(at.date_input, "meta.next_review").set_value(dt.date(27, 11, 22)).run()
    assert not at.exception
    assert saved(path).meta.next_review == before
    ahead = dt.date(dt.date.today().year + 15, 6, 1)
    by_key(at.date_input, "meta.next_review").set_value(ahead).run()
    assert saved(path).meta.next_review == ahead


def test_a_disability_care_plan_gets_examples_from_disability_care(open_step: Any) -> None:
    at, _ = open_step("goals", example="stichting-het-baken.toml")
    labels = [e.label for e in at.expander]
    assert "Voorbeeld uit Stichting Het Baken" in labels
    assert not any("Amstelzicht" in label for label in labels)
    shown = " ".join(plain(m.value) for m in at.markdown)
    assert "Cliënten gebruiken sociale media veilig en met plezier." in shown


STEPS = [
    "organisation",
    "readiness",
    "goals",
    "audiences",
    "channels",
    "guidelines",
    "crisis",
    "engagement",
    "training",
    "actions",
]


@pytest.mark.parametrize("step", STEPS)
def test_every_step_shows_the_welfare_example_for_a_welfare_plan(open_step: Any, step: str) -> None:
    """The thinnest example (no response times, no recurring activities) still shows."""
    at, _ = open_step(step, example="welzijn-oost.toml")
    assert "Voorbeeld uit Welzijn Oost" in [e.label for e in at.expander]
    assert not any("Amstelzicht" in m.value for m in at.markdown)


def test_multiselects_offer_no_english_select_all(open_step: Any) -> None:
    """Streamlit's "Select all" has no Dutch: it is not offered (ticking each is short)."""
    at, _ = open_step("goals")
    assert at.multiselect
    assert all(m.proto.select_all == 0 for m in at.multiselect)


def test_vocabulary_pickers_are_clicked_not_typed_in(open_step: Any) -> None:
    """Typing that matches nothing shows Streamlit's English "No results": the short lists
    of the vocabularies take no typing."""
    at, _ = open_step("channels")
    kind = by_key(at.selectbox, "channels[0].kind")
    purposes = by_key(at.multiselect, "channels[0].purposes")
    assert kind.proto.filter_mode == FilterMode.FILTER_MODE_NONE
    assert purposes.proto.filter_mode == FilterMode.FILTER_MODE_NONE
