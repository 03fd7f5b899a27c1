"""Crisis drill cards: the exercise, the plan's own answers, a timer and an evaluation."""

from __future__ import annotations

import io

import attrs
import pypdf
import pytest

import socialstrategy as ss
from socialstrategy.export import export
from socialstrategy.export.documents._base import Sources
from socialstrategy.export.documents.drill import card, chain
from socialstrategy.export.pdf import render
from socialstrategy.export.texts import T
from socialstrategy.i18n import LANGUAGES, Language
from socialstrategy.scoring import score
from socialstrategy.vocab import ScenarioKind, Sector, Severity
from socialstrategy.vocab.drills import CLOCKS, DRILLS, drill
from tests.export.built import EXAMPLE_IDS, TODAY, document, strategy, text_of
from tests.export.rendered import squeeze


def _pages(data: bytes) -> list[str]:
    return [page.extract_text() for page in pypdf.PdfReader(io.BytesIO(data)).pages]


@pytest.mark.parametrize("kind", list(ScenarioKind))
@pytest.mark.parametrize("sector", list(Sector))
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_scenario_kind_has_three_injects_in_every_sectors_words(
    kind: ScenarioKind, sector: Sector, language: Language
) -> None:
    """Three injects on a running clock, each with questions, every placeholder filled."""
    injects = drill(kind, sector, "Zorggroep Test", language)
    assert len(injects) == 3
    assert [i.minute for i in injects] == sorted({i.minute for i in injects})
    assert injects[0].clock == "0:00"
    for inject in injects:
        assert len(inject.questions) >= 3
        for text in (inject.situation, *inject.questions):
            assert "{" not in text
            assert "}" not in text
    assert kind in CLOCKS


def test_exercises_differ_between_the_languages_and_the_kinds() -> None:
    situations = {injects[0].situation.nl for injects in DRILLS.values()}
    assert len(situations) == len(ScenarioKind)
    for injects in DRILLS.values():
        for inject in injects:
            assert inject.situation.nl != inject.situation.en


def test_an_exercise_speaks_the_sectors_words() -> None:
    hospital = drill(ScenarioKind.DATA_LEAK, Sector.HOSPITAL, "", "nl")
    youth = drill(ScenarioKind.DATA_LEAK, Sector.YOUTH_CARE, "", "nl")
    assert "40 patiënten" in hospital[0].situation
    assert "40 jongeren" in youth[0].situation


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_pdf_holds_every_scenarios_injects_lead_and_holding_statement(
    language: Language,
) -> None:
    """Parsed back from the PDF: per scenario the injects, its lead by the role's name (not
    its id), its holding statement, the timer and the evaluation; each card on its own
    two pages (front: the exercise; back: the plan), after a cover and a page on how to run it."""
    linde = strategy("zorggroep-de-linde")
    data = export(linde, "pdf", document="drills", language=language, today=TODAY)
    pages = _pages(data)
    assert len(pages) == 2 + 2 * len(linde.crisis.scenarios)
    roles = {r.id: r.name for r in linde.organisation.roles}
    org = linde.organisation
    for number, scenario in enumerate(linde.crisis.scenarios):
        front = squeeze(pages[2 + 2 * number])
        back = squeeze(pages[3 + 2 * number])
        assert squeeze(scenario.title) in front
        assert squeeze(T("drills.timer", language)) in front
        for inject in drill(scenario.kind, org.sector, org.name, language):
            assert squeeze(inject.situation) in front
            for question in inject.questions:
                assert squeeze(question) in front
        assert squeeze(roles[scenario.lead]) in back
        assert squeeze(scenario.holding_statement) in back
        assert squeeze(T("drills.evaluation.good", language)) in back


def test_a_scenario_without_holding_statement_says_what_to_write() -> None:
    """The card does not print nothing: it asks the team to write one, with room to."""
    welzijn = strategy("welzijn-oost")
    (bare,) = [s for s in welzijn.crisis.scenarios if not s.holding_statement.strip()]
    pages = _pages(export(welzijn, "pdf", document="drills", today=TODAY))
    back = next(
        squeeze(back)
        for front, back in zip(pages[2::2], pages[3::2], strict=True)
        if squeeze(bare.title) in squeeze(front)
    )
    assert squeeze(T("drills.holding.none", "nl")) in back
    assert squeeze(T("drills.holding.draft", "nl")) in back


def test_a_blank_plan_gets_the_how_to_and_says_there_are_no_scenarios() -> None:
    doc = document("start-hier", "drills", "nl")
    text = text_of(doc)
    assert T("drills.how", "nl") in text
    assert T("drills.none", "nl") in text


def test_the_chain_on_a_card_holds_the_roles_involved_at_its_level() -> None:
    """A complaint-level scenario calls fewer roles than a crisis, in the chain's order."""
    linde = strategy("zorggroep-de-linde")
    src = Sources(linde, score(linde, today=TODAY), "nl", TODAY)
    base = linde.crisis.scenarios[0]
    low = chain(src, attrs.evolve(base, level=Severity.COMPLAINT))
    high = chain(src, attrs.evolve(base, level=Severity.CRISIS))
    names = {r.id: r.name for r in linde.organisation.roles}
    every = [names[step.role] for step in linde.crisis.escalation]
    assert high == " → ".join(f"{n}. {name}" for n, name in enumerate(every, 1))
    assert len(low) < len(high)
    assert "→" in high


def test_the_legal_clocks_on_a_card_fit_the_scenario() -> None:
    """A data leak card names the AP's 72 hours, even when the plan does not yet."""
    welzijn = strategy("welzijn-oost")
    leak = attrs.evolve(welzijn.crisis.scenarios[0], kind=ScenarioKind.DATA_LEAK)
    plan = attrs.evolve(welzijn.crisis, scenarios=(leak,), legal_clocks=())
    text = text_of(
        card(
            attrs.evolve(welzijn, crisis=plan),
            leak.id,
            score(welzijn, today=TODAY),
            "nl",
            TODAY,
        )
    )
    assert "binnen 72 uur" in text
    assert "Autoriteit Persoonsgegevens" in text


@pytest.mark.parametrize("language", LANGUAGES)
def test_one_scenarios_card_prints_on_one_sheet(language: Language) -> None:
    """The planner's download: the card of one scenario, front and back of one sheet."""
    linde = strategy("zorggroep-de-linde")
    scenario = linde.crisis.scenarios[1]
    doc = card(linde, scenario.id, score(linde, today=TODAY), language, TODAY)
    assert doc.title == scenario.title
    pages = _pages(render(doc))
    assert len(pages) <= 2
    text = squeeze("".join(pages))
    assert squeeze(scenario.holding_statement) in text
    first = drill(scenario.kind, linde.organisation.sector, linde.organisation.name, language)
    assert squeeze(first[0].situation) in text


@pytest.mark.parametrize("stem", [*EXAMPLE_IDS, "start-hier"])
def test_every_card_of_every_example_is_one_sheet_front_and_back(stem: str) -> None:
    """Printed on both sides, each card is one sheet: the cover and the how-to take two
    pages, every card two more, so no card's back lands on the next card's front."""
    plan = strategy(stem)
    pages = _pages(export(plan, "pdf", document="drills", today=TODAY))
    assert len(pages) == 2 + 2 * len(plan.crisis.scenarios)
    for number, scenario in enumerate(plan.crisis.scenarios):
        assert squeeze(scenario.title) in squeeze(pages[2 + 2 * number])
        assert squeeze(T("drills.plan", "nl")) in squeeze(pages[3 + 2 * number])


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("sector", list(Sector), ids=lambda s: s.code)
def test_a_new_plans_cards_are_one_sheet_each_in_every_sector(
    sector: Sector, language: Language
) -> None:
    """The starter's model texts are short enough that no card of a fresh plan spills
    onto a third page, which would put its back on the next card's front."""
    plan = ss.new_strategy(sector, "Zorg Proef", language=language)
    pages = _pages(export(plan, "pdf", document="drills", today=TODAY))
    assert len(pages) == 2 + 2 * len(plan.crisis.scenarios)
    for number, scenario in enumerate(plan.crisis.scenarios):
        assert squeeze(scenario.title) in squeeze(pages[2 + 2 * number])
        assert squeeze(scenario.holding_statement) in squeeze(pages[3 + 2 * number])
