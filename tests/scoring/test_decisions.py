"""The board's decisions follow from the state of the plan."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest
from hypothesis import given

import socialstrategy as ss
from socialstrategy.model.starters import accept
from socialstrategy.scoring import Decision, decisions, score
from tests.conftest import STRATEGIES, TEMPLATE
from tests.strategies import strategies

TODAY = dt.date(2026, 11, 23)


def _linde() -> ss.Strategy:
    return ss.load(STRATEGIES / "zorggroep-de-linde.toml")


def _decide(strategy: ss.Strategy, today: dt.date = TODAY) -> dict[str, Decision]:
    found = decisions(strategy, score(strategy, today=today), today=today)
    codes = [d.code for d in found]
    assert len(codes) == len(set(codes)), "one decision per subject"
    return {d.code: d for d in found}


def test_a_finished_plan_asks_to_approve_the_action_plan_and_the_review() -> None:
    """Amstelzicht's thinking is complete: approve its action plan, confirm the review."""
    found = _decide(ss.load(STRATEGIES / "ziekenhuis-amstelzicht.toml"))
    assert list(found) == ["approve-action-plan", "next-review"]
    assert found["approve-action-plan"].text.nl.startswith("Stel het actieplan vast: 11 acties")
    assert found["next-review"].text.en == "Review this strategy again on 14 April 2027."


def test_webcare_capacity_when_promises_outrun_the_hours() -> None:
    """CHAN006 on De Linde's channels: approve evening and weekend webcare, naming them."""
    found = _decide(_linde())
    decision = found["webcare-capacity"]
    assert "avonden en weekenden" in decision.text.nl
    assert "Facebook-pagina's van de vijf woonzorgcentra (2 uur)" in decision.reason.nl
    assert "(2 hours)" in decision.reason.en


def test_no_webcare_decision_when_the_hours_cover_the_promise() -> None:
    linde = _linde()
    channels = tuple(attrs.evolve(c, response_hours=None) for c in linde.channels)
    assert "webcare-capacity" not in _decide(attrs.evolve(linde, channels=channels))


def test_drill_when_not_rehearsed_in_twelve_months() -> None:
    linde = _linde()  # last drill 14 May 2024
    drill = _decide(linde)["schedule-drill"]
    assert drill.text.nl == (
        "Laat het crisis- en incidentenplan vóór 22 februari 2027 oefenen met een"
        " realistisch scenario."
    )
    assert "14 May 2024" in drill.reason.en
    recent = attrs.evolve(linde, crisis=attrs.evolve(linde.crisis, last_drill=dt.date(2026, 6, 1)))
    assert "schedule-drill" not in _decide(recent)
    never = attrs.evolve(linde, crisis=attrs.evolve(linde.crisis, last_drill=None))
    assert _decide(never)["schedule-drill"].reason.nl == "Het plan is nog nooit geoefend."


@pytest.mark.parametrize(
    ("advice", "adopted", "expected"),
    [
        (None, None, "Stel de richtlijn sociale media voor medewerkers vast, na advies van de"),
        (dt.date(2026, 9, 1), None, "Stel de richtlijn sociale media voor medewerkers vast."),
        (dt.date(2026, 9, 1), dt.date(2026, 8, 1), "Stel de richtlijn sociale media"),
    ],
)
def test_adopt_the_guideline_after_the_works_council(
    advice: dt.date | None, adopted: dt.date | None, expected: str
) -> None:
    """Not adopted, or adopted before the works council's advice: adopt it (after the
    advice when that is still to come)."""
    linde = _linde()
    guidelines = attrs.evolve(linde.guidelines, works_council_advice=advice, adopted=adopted)
    decision = _decide(attrs.evolve(linde, guidelines=guidelines))["adopt-guideline"]
    assert decision.text.nl.startswith(expected)
    if advice is not None:
        assert "1 september 2026" in decision.reason.nl


def test_review_the_guideline_when_its_date_has_passed() -> None:
    linde = _linde()
    guidelines = attrs.evolve(linde.guidelines, review_date=dt.date(2026, 2, 20))
    found = _decide(attrs.evolve(linde, guidelines=guidelines))
    assert "adopt-guideline" not in found
    assert found["review-guideline"].reason.en == "The review was due on 20 February 2026."


def test_a_blank_plan_asks_for_a_guideline_a_kartrekker_and_a_crisis_plan() -> None:
    found = _decide(ss.load(TEMPLATE))
    assert list(found) == [
        "draft-guideline",
        "appoint-kartrekker",
        "commission-crisis-plan",
        "next-review",
    ]
    assert found["next-review"].text.nl.endswith("vast op 23 november 2027.")


def test_thinking_first_holds_back_the_action_plan() -> None:
    """Welzijn Oost acts before thinking: the board does not approve the plan yet."""
    found = _decide(ss.load(STRATEGIES / "welzijn-oost.toml"))
    assert "approve-action-plan" not in found
    assert "primair proces" in found["think-first"].reason.nl
    assert found["next-review"].reason.en.startswith("The review was due on 15 April 2026")


def test_commission_the_action_plan_when_thinking_is_done() -> None:
    linde = _linde()
    found = _decide(attrs.evolve(linde, actions=()))
    assert "commission-action-plan" in found
    assert "approve-action-plan" not in found


def test_next_review_a_year_on_handles_a_leap_day() -> None:
    linde = attrs.evolve(_linde(), meta=attrs.evolve(_linde().meta, next_review=None))
    leap = dt.date(2028, 2, 29)
    assert _decide(linde, leap)["next-review"].text.en.endswith("for 28 February 2029.")


@given(strategies())
def test_any_strategy_gets_decisions_in_both_languages(strategy: ss.Strategy) -> None:
    found = decisions(strategy, score(strategy, today=TODAY), today=TODAY)
    assert found[-1].code == "next-review"
    for decision in found:
        for text in (decision.text, decision.reason):
            assert text.nl.strip()
            assert text.en.strip()


def test_a_preset_crisis_plan_is_commissioned_and_says_what_is_missing() -> None:
    """The sector's preset tiers and scenario titles are not a plan the board can rely on."""
    new = ss.new_strategy(ss.Sector.DISABILITY_CARE, "Stichting Nieuw")
    titles = tuple(attrs.evolve(s, holding_statement="") for s in new.crisis.scenarios)
    new = attrs.evolve(new, crisis=attrs.evolve(new.crisis, escalation=(), scenarios=titles))
    found = _decide(new)
    reason = found["commission-crisis-plan"].reason
    assert "escalatieketen" in reason.nl
    assert "holding statement the organisation wrote itself" in reason.en
    assert "schedule-drill" not in found


def test_a_guideline_of_unread_model_texts_is_reviewed_with_staff_before_adoption() -> None:
    """A fresh sector plan's guideline is the sector's model text: the board asks for it
    to be reviewed with staff, then adopted (after the works council's advice); once the
    rules are accepted or adapted, simply to adopt it."""
    fresh = ss.new_strategy(ss.Sector.DISABILITY_CARE, "Stichting Nieuw")
    decision = _decide(fresh)["adopt-guideline"]
    assert decision.text.nl == (
        "Laat de modeltekst van de richtlijn sociale media samen met medewerkers doornemen"
        " en aanpassen, en stel de richtlijn daarna vast, na advies van de OR."
    )
    assert decision.text.en.endswith("then adopt the guideline after the works council's advice.")
    assert decision.reason.nl.endswith(
        "Alle regels van de richtlijn zijn nog modelteksten voor de sector die niemand heeft"
        " nagelopen."
    )
    reviewed = accept(fresh, "guidelines.rules")
    adopt = _decide(reviewed)["adopt-guideline"].text.nl
    assert adopt == "Stel de richtlijn sociale media voor medewerkers vast, na advies van de OR."
    # Half the rules read is not yet mostly the organisation's own: 'mostly' is a majority.
    rules = fresh.guidelines.rules
    half = len(rules) // 2
    some = (*(attrs.evolve(r, model_text=False) for r in rules[:half]), *rules[half:])
    partly = attrs.evolve(fresh, guidelines=attrs.evolve(fresh.guidelines, rules=some))
    assert _decide(partly)["adopt-guideline"].reason.nl.endswith(
        f"{len(rules) - half} van de {len(rules)} regels van de richtlijn zijn nog modelteksten"
        " voor de sector die niemand heeft nagelopen."
    )


def test_without_a_staff_body_the_review_with_staff_is_not_asked_twice() -> None:
    fresh = ss.new_strategy(ss.Sector.GP_CARE, "Praktijk")
    org = attrs.evolve(
        fresh.organisation,
        adopted_by=ss.AdoptingBody.PARTNERS,
        staff_representation=ss.StaffRepresentation.NONE,
    )
    text = _decide(attrs.evolve(fresh, organisation=org))["adopt-guideline"].text.nl
    assert text.endswith("doornemen en aanpassen, en stel de richtlijn daarna vast.")


def test_a_model_crisis_plan_is_reviewed_not_commissioned() -> None:
    """The starter crisis plan is written: the board asks for its review, and once its
    statements are accepted there is a plan and no such decision."""
    fresh = ss.new_strategy(ss.Sector.DISABILITY_CARE, "Stichting Nieuw")
    decision = _decide(fresh)["commission-crisis-plan"]
    assert decision.text.nl.startswith("Laat het model-crisisplan doornemen")
    assert "eerste reactie die jullie zelf schreven" in decision.reason.nl
    assert "commission-crisis-plan" not in _decide(accept(fresh, "crisis.scenarios"))
