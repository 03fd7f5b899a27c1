"""The readiness step: nine check questions, answered and backed up, saved at once."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import attrs

import socialstrategy as ss
from tests.conftest import STRATEGIES
from tests.planner.conftest import PAGES, by_key, saved, start_app

TRAINED = 8  # the ninth question: "Zijn we voldoende geschoold ...?"


def _findings(at: Any) -> list[str]:
    return [e.value for e in (*at.error, *at.warning, *at.info)]


def test_renders_the_nine_questions_in_order(open_step: Any) -> None:
    at, _ = open_step("readiness")
    assert at.title[0].value == "Checkvragen"
    radios = [by_key(at.radio, f"readiness[{n}].answer") for n in range(9)]
    assert radios[0].label.startswith("**1. Weten wij wat onze cliënten online doen?")
    assert radios[0].value is ss.Answer.PARTLY
    assert radios[TRAINED].value is ss.Answer.NO
    assert list(radios[0].options) == ["Ja", "Deels", "Nee", "Weet niet"]
    assert by_key(at.text_area, f"readiness[{TRAINED}].evidence").value.startswith(
        "Uitkomst stellingenronde"
    )


def test_an_answer_is_saved_and_the_score_reacts(open_step: Any) -> None:
    """Turning the 'no' on training into an explained 'yes' removes READ003: more points."""
    at, path = open_step("readiness")
    before = at.sidebar.metric[0].value
    assert any("Op checkvraag 9 is het antwoord nee" in f for f in _findings(at))
    by_key(at.radio, f"readiness[{TRAINED}].answer").set_value(ss.Answer.YES).run()
    assert not at.exception
    assert saved(path).readiness[TRAINED].answer is ss.Answer.YES
    assert at.sidebar.metric[0].value != before
    assert not any("Op checkvraag 9 is het antwoord nee" in f for f in _findings(at))


def test_a_yes_without_evidence_is_pointed_out_beside_the_question(open_step: Any) -> None:
    at, path = open_step("readiness")
    by_key(at.radio, f"readiness[{TRAINED}].answer").set_value(ss.Answer.YES)
    by_key(at.text_area, f"readiness[{TRAINED}].evidence").input("")
    at.run()
    assert not at.exception
    assert saved(path).readiness[TRAINED].evidence == ""
    shown = [w for w in at.warning if "Ja zonder bewijs" in w.value and "Checkvraag 9" in w.value]
    assert len(shown) == 2  # beside the question, and in the step's findings at the end


def test_explanation_and_evidence_are_saved(open_step: Any) -> None:
    at, path = open_step("readiness")
    by_key(at.text_area, "readiness[2].explanation").input("We volgen nu ook TikTok.").run()
    by_key(at.text_area, "readiness[2].evidence").input("Notulen MT, 3 maart").run()
    assert not at.exception
    answer = saved(path).readiness[2]
    assert (answer.explanation, answer.evidence) == (
        "We volgen nu ook TikTok.",
        "Notulen MT, 3 maart",
    )


def test_missing_questions_show_as_dont_know_and_are_added_once_answered(
    workspace: Path,
) -> None:
    """A file that lacks questions is not rewritten by looking; answering adds the question
    in the order of the nine."""
    full = ss.load(STRATEGIES / "zorggroep-de-linde.toml")
    partial = attrs.evolve(full, readiness=full.readiness[:2] + full.readiness[4:8])
    path = workspace / "draft-partial.toml"
    path.write_text(ss.dumps(partial), encoding="utf-8")
    at = start_app()
    at.query_params["d"] = "draft-partial"
    at.switch_page(str(PAGES / "readiness.py"))
    at.run()
    assert not at.exception
    assert by_key(at.radio, "readiness[2].answer").value is ss.Answer.UNKNOWN
    assert by_key(at.radio, f"readiness[{TRAINED}].answer").value is ss.Answer.UNKNOWN
    assert len(saved(path).readiness) == 6

    by_key(at.radio, f"readiness[{TRAINED}].answer").set_value(ss.Answer.PARTLY).run()
    assert not at.exception
    questions = [a.question for a in saved(path).readiness]
    assert questions == [q for q in ss.CheckQuestion if q in {*questions}]
    assert questions[-1] is ss.CheckQuestion.TRAINED
    assert saved(path).readiness[-1].answer is ss.Answer.PARTLY


def test_a_too_long_explanation_is_reported_and_not_saved(open_step: Any) -> None:
    at, path = open_step("readiness")
    by_key(at.text_area, "readiness[0].explanation").input("x" * 20_001).run()
    assert not at.exception
    assert any("Niet bewaard" in e.value for e in at.error)
    assert saved(path).readiness[0].explanation.startswith("Van familie weten we")


def test_the_page_speaks_english(open_step: Any) -> None:
    at, _ = open_step("readiness")
    at.session_state["language"] = "en"
    at.run()
    assert not at.exception
    assert at.title[0].value == "Check questions"
    radio = by_key(at.radio, "readiness[0].answer")
    assert radio.label.startswith("**1. Do we know what our clients do online?")
    assert list(radio.options) == ["Yes", "Partly", "No", "Don't know"]
