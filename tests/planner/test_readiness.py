"""The readiness step: nine check questions, answered and backed up, saved at once."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import attrs

import socialstrategy as ss
from tests.conftest import STRATEGIES
from tests.planner.conftest import PAGES, by_key, saved, start_app

TRAINED = 8  # the ninth question: "Zijn we voldoende geschoold ...?"
EXAMPLE = ss.load(STRATEGIES / "zorggroep-de-linde.toml")  # the file open_step opens


def _findings(at: Any) -> list[str]:
    return [e.value for e in (*at.error, *at.warning, *at.info)]


def _open(at: Any, n: int) -> None:
    """Open question *n*'s explanation and evidence, as a click on its expander does."""
    expander = next(k for k in at.session_state if str(k).endswith(f":readiness[{n}].details"))
    at.session_state[expander] = True
    at.run()
    assert not at.exception, at.exception


def _shown(at: Any) -> set[int]:
    """The questions whose text areas are drawn (their expander open)."""
    return {
        n
        for n in range(9)
        for a in at.text_area
        if str(a.key).endswith(f":readiness[{n}].explanation")
    }


def _previews(at: Any) -> list[str]:
    return [c.value for c in at.caption if "bewijs" in c.value or "evidence" in c.value]


def _start(workspace: Path, strategy: ss.Strategy, focus: str | None = None) -> tuple[Any, Path]:
    """The readiness step on *strategy*, with ``?focus=`` when given."""
    path = workspace / "draft-changed.toml"
    path.write_text(ss.dumps(strategy), encoding="utf-8")
    at = start_app()
    at.query_params["d"] = path.stem
    if focus is not None:
        at.query_params["focus"] = focus
    at.switch_page(str(PAGES / "readiness.py"))
    at.run()
    assert not at.exception, at.exception
    return at, path


def test_renders_the_nine_questions_in_order(open_step: Any) -> None:
    at, _ = open_step("readiness")
    assert at.title[0].value == "Checkvragen"
    radios = [by_key(at.radio, f"readiness[{n}].answer") for n in range(9)]
    assert radios[0].label.startswith("**1. Weten wij wat onze cliënten online doen?")
    assert radios[0].value is ss.Answer.PARTLY
    assert radios[TRAINED].value is ss.Answer.NO
    assert list(radios[0].options) == ["Ja", "Deels", "Nee", "Weet niet"]
    _open(at, TRAINED)
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
    _open(at, TRAINED)
    by_key(at.radio, f"readiness[{TRAINED}].answer").set_value(ss.Answer.YES)
    by_key(at.text_area, f"readiness[{TRAINED}].evidence").input("")
    at.run()
    assert not at.exception
    assert saved(path).readiness[TRAINED].evidence == ""
    shown = [w for w in at.warning if "Ja zonder bewijs" in w.value and "Checkvraag 9" in w.value]
    assert len(shown) == 1  # beside the question; the step's findings at the end count it


def test_explanation_and_evidence_are_saved(open_step: Any) -> None:
    at, path = open_step("readiness")
    _open(at, 2)
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
    _open(at, 0)
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
    assert [e.label for e in at.expander].count("Explanation and evidence") == 9
    previews = _previews(at)
    assert len(previews) == 9
    assert all(p.endswith(" · evidence recorded") for p in previews)
    assert not any("bewijs" in p or "Toelichting" in p for p in previews)


def test_filled_questions_start_closed_with_a_preview(open_step: Any) -> None:
    """Every question of the example has its explanation and evidence: no text areas are
    drawn, and under each closed question a line tells what it holds."""
    at, _ = open_step("readiness")
    assert not at.text_area
    assert [e.label for e in at.expander].count("Toelichting en bewijs") == 9
    previews = _previews(at)
    assert len(previews) == 9
    assert previews[TRAINED].startswith("Alleen de welzijnscoaches hebben een training gehad;")
    assert previews[TRAINED].endswith("… · bewijs vastgelegd")
    assert len(previews[TRAINED]) < 140  # in short, not the whole explanation


def test_an_opened_question_shows_what_is_saved_and_saves_an_edit(open_step: Any) -> None:
    at, path = open_step("readiness")
    _open(at, TRAINED)
    assert _shown(at) == {TRAINED}
    before = EXAMPLE.readiness[TRAINED]  # as it was before the page ran
    explanation = by_key(at.text_area, f"readiness[{TRAINED}].explanation")
    assert explanation.value == before.explanation
    assert by_key(at.text_area, f"readiness[{TRAINED}].evidence").value == before.evidence
    assert len(_previews(at)) == 8  # the open question has no preview
    explanation.input("Alle EVV'ers volgen in 2027 de training.").run()
    assert not at.exception
    after = saved(path).readiness[TRAINED]
    assert after.explanation == "Alle EVV'ers volgen in 2027 de training."
    assert after.evidence == before.evidence
    assert _shown(at) == {TRAINED}  # still open after the save


def test_a_new_answer_to_a_closed_question_keeps_its_explanation_and_evidence(
    open_step: Any,
) -> None:
    at, path = open_step("readiness")
    before = EXAMPLE.readiness[TRAINED]  # as it was before the page ran
    by_key(at.radio, f"readiness[{TRAINED}].answer").set_value(ss.Answer.PARTLY).run()
    assert not at.exception
    after = saved(path).readiness[TRAINED]
    assert after.answer is ss.Answer.PARTLY
    assert (after.explanation, after.evidence) == (before.explanation, before.evidence)
    assert not at.text_area  # and it stays closed


def test_questions_with_something_to_fill_in_start_open_and_stay_open(workspace: Path) -> None:
    """Open: no explanation, or a yes or partly without evidence. A no without evidence
    is explained enough to stay closed. Typing into an open one keeps it open."""
    full = EXAMPLE
    sheet = list(full.readiness)
    sheet[1] = attrs.evolve(sheet[1], explanation="")
    sheet[3] = attrs.evolve(sheet[3], answer=ss.Answer.YES, evidence="")
    sheet[TRAINED] = attrs.evolve(sheet[TRAINED], answer=ss.Answer.NO, evidence="")
    at, path = _start(workspace, attrs.evolve(full, readiness=tuple(sheet)))
    assert _shown(at) == {1, 3}
    assert _previews(at)[-1].endswith(" · nog geen bewijs")  # the no, closed
    by_key(at.text_area, "readiness[1].explanation").input("Nog in gesprek.").run()
    assert not at.exception
    assert saved(path).readiness[1].explanation == "Nog in gesprek."
    at.run()  # the next rerun starts from the saved explanation
    assert not at.exception
    assert _shown(at) == {1, 3}


def test_the_question_a_link_points_at_starts_open(workspace: Path) -> None:
    """``?focus=readiness[k]`` names the k-th answer in the file: with the third question
    missing from the file, readiness[2] is the fourth question."""
    full = EXAMPLE
    partial = attrs.evolve(full, readiness=full.readiness[:2] + full.readiness[3:])
    at, _ = _start(workspace, partial, focus="readiness[2].evidence")
    assert _shown(at) == {3}  # the missing third is not answered yet: nothing to explain
    at, _ = _start(workspace, full, focus=f"readiness[{TRAINED}].answer")
    assert _shown(at) == {TRAINED}


def test_a_link_followed_while_on_the_step_opens_its_question(open_step: Any) -> None:
    """The sidebar's next step links to this step too: following it here opens the
    question it names, and leaves the others as they are."""
    at, _ = open_step("readiness")
    _open(at, 0)
    assert _shown(at) == {0}
    at.query_params["focus"] = "readiness[1].explanation"
    at.run()
    assert not at.exception
    assert _shown(at) == {0, 1}


def test_a_blank_sheet_starts_closed_and_an_answer_opens_its_details(workspace: Path) -> None:
    """Nine questions at "don't know" have nothing to explain yet: no text areas. Choosing
    an answer opens that question's explanation and evidence, and only that one."""
    blank = attrs.evolve(EXAMPLE, readiness=())
    at, path = _start(workspace, blank)
    assert not at.text_area
    assert all(p.startswith("Nog geen toelichting") for p in _previews(at))
    by_key(at.radio, "readiness[4].answer").set_value(ss.Answer.YES).run()
    assert not at.exception
    assert _shown(at) == {4}
    assert saved(path).readiness[0].answer is ss.Answer.YES  # the only answer in the file
    by_key(at.text_area, "readiness[4].evidence").input("Enquête medewerkers, mei").run()
    assert not at.exception
    assert _shown(at) == {4}
    assert saved(path).readiness[0].evidence == "Enquête medewerkers, mei"


def test_a_language_switch_draws_fresh_fields_and_keeps_the_questions_opened(
    open_step: Any,
) -> None:
    """The browser shows a radio's choice by its label: after a switch the old radios
    would show blank. The switch draws new ones, and the opened question stays open."""
    at, _ = open_step("readiness")
    _open(at, TRAINED)
    before = by_key(at.radio, "readiness[0].answer").key
    next(g for g in at.button_group if g.key == "language").set_value("en").run()
    assert not at.exception
    radio = by_key(at.radio, "readiness[0].answer")
    assert radio.key != before  # a new widget, drawn in English
    assert radio.value is ss.Answer.PARTLY
    assert list(radio.options) == ["Yes", "Partly", "No", "Don't know"]
    assert _shown(at) == {TRAINED}
    assert by_key(at.text_area, f"readiness[{TRAINED}].explanation").label == "Explanation"


def test_an_answer_on_a_full_sheet_opens_its_details(workspace: Path) -> None:
    """A new plan has all nine questions at "don't know": the radio's callback saves an
    answer before the run, so the page must still see that the answer is new and open
    the explanation (a manager found she had to open each question by hand)."""
    fresh = ss.new_strategy(ss.Sector.DISABILITY_CARE, "De Brug")
    at, path = _start(workspace, fresh)
    assert not at.text_area
    by_key(at.radio, "readiness[2].answer").set_value(ss.Answer.PARTLY).run()
    assert not at.exception
    assert saved(path).readiness[2].answer is ss.Answer.PARTLY
    assert _shown(at) == {2}
