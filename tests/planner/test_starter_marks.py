"""Model texts on the crisis step: marked, kept by a visit, accepted in one click."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import attrs
import pytest
from streamlit.testing.v1 import AppTest

import socialstrategy as ss
from socialstrategy.model.starters import unreviewed_parts
from socialstrategy.planner.texts import T
from tests.planner.conftest import PAGES, by_key, saved, start_app


def _marked_plan() -> ss.Strategy:
    """A fresh plan whose crisis part holds starter texts, as the crisis starters make it."""
    plan = ss.new_strategy(ss.Sector.ELDERLY_CARE, "Zorggroep Proef")
    scenarios = tuple(
        attrs.evolve(x, holding_statement="We weten ervan en zoeken het uit.", model_text=True)
        for x in plan.crisis.scenarios
    )
    crisis = attrs.evolve(
        plan.crisis,
        monitoring="Werkdagen van 8 tot 18 uur, onze kanalen en ZorgkaartNederland.",
        first_hour=("Leg vast met schermafbeeldingen.", "Zet ingeplande berichten stil."),
        scenarios=scenarios,
        model_texts=("monitoring", "first_hour"),
    )
    return attrs.evolve(plan, crisis=crisis)


def _open(workspace: Path) -> tuple[AppTest, Path]:
    target = workspace / "draft-proef.toml"
    target.write_text(ss.dumps(_marked_plan()), encoding="utf-8")
    at = start_app()
    at.query_params["d"] = target.stem
    at.switch_page(str(PAGES / "crisis.py")).run()
    assert not at.exception, at.exception
    return at, target


def _show(at: AppTest, section: str) -> None:
    by_key(at.button_group, "crisis.section").set_value(section).run()  # type: ignore[attr-defined]
    assert not at.exception


#: What only the step's notice over all its parts says (the part notices say less).
_WHOLE = T("starter.whole", n=0).split(". ")[1]


def _notices(at: AppTest) -> list[str]:
    """The "Modeltekst" notices of the section shown (not the step's notice over all)."""
    return [m.value for m in at.markdown if T("starter.badge") in m.value and _WHOLE not in m.value]


def test_a_visit_keeps_the_crisis_plans_marks(workspace: Path) -> None:
    """The step rebuilds the plan from its fields: the marks of what kept its words stay."""
    at, path = _open(workspace)
    assert _notices(at)  # the plan's own fields
    _show(at, "crisis.scenarios")
    assert _notices(at)
    plan = saved(path).crisis
    assert plan.model_texts == ("monitoring", "first_hour")
    assert all(s.model_text for s in plan.scenarios)


def test_one_click_accepts_the_scenarios(workspace: Path) -> None:
    at, path = _open(workspace)
    _show(at, "crisis.scenarios")
    by_key(at.button, "crisis.scenarios.accept_model_texts").click().run()  # type: ignore[attr-defined]
    assert not at.exception
    plan = saved(path).crisis
    assert not any(s.model_text for s in plan.scenarios)
    assert plan.model_texts == ("monitoring", "first_hour")  # another part
    assert _notices(at) == []


def test_one_click_accepts_the_plans_own_fields(workspace: Path) -> None:
    at, path = _open(workspace)
    by_key(at.button, "crisis.monitoring.accept_model_texts").click().run()  # type: ignore[attr-defined]
    assert not at.exception
    assert saved(path).crisis.model_texts == ()


def test_editing_a_field_unmarks_that_field_only(workspace: Path) -> None:
    at, path = _open(workspace)
    field: Any = by_key(at.text_area, "crisis.monitoring")
    field.input("Werkdagen 8-22 uur en in het weekend 10-14 uur.").run()
    assert not at.exception
    assert saved(path).crisis.model_texts == ("first_hour",)


@pytest.mark.parametrize(
    "part",
    [
        "crisis.escalation",
        "crisis.scenarios",
        "crisis.triage",
        "crisis.responses",
        "crisis.stakeholders",
        "crisis.principles",
    ],
)
def test_each_part_of_a_fresh_sector_plan_is_accepted_in_one_click(
    workspace: Path, part: str
) -> None:
    """A fresh disability-care plan as the starter texts fill it: each section shows its
    Modeltekst notice, and its one button clears the marks of that part only, in the file."""
    target = workspace / "draft-vers.toml"
    target.write_text(
        ss.dumps(ss.new_strategy(ss.Sector.DISABILITY_CARE, "Stichting Proef")), encoding="utf-8"
    )
    at = start_app()
    at.query_params["d"] = target.stem
    at.switch_page(str(PAGES / "crisis.py")).run()
    _show(at, part)
    assert _notices(at)
    before = unreviewed_parts(saved(target))
    assert part in before
    by_key(at.button, f"{part}.accept_model_texts").click().run()  # type: ignore[attr-defined]
    assert not at.exception
    after = unreviewed_parts(saved(target))
    assert after == {p: n for p, n in before.items() if p != part}
    assert _notices(at) == []
    # The model statements accepted, the plan is one the organisation can act on.
    codes = {f.code for f in ss.score(saved(target)).findings}
    assert ("CRIS001" in codes) is (part != "crisis.scenarios")
