"""The board pack names the revision it shows and the plan's status."""

from __future__ import annotations

import datetime as dt
import io

import attrs
import pypdf

import socialstrategy as ss
from socialstrategy.export import build, export
from socialstrategy.model.lifecycle import Lifecycle, adopted, advised, edited, with_status
from socialstrategy.vocab import PlanStatus
from tests.export.built import TODAY, strategy


def _plan() -> ss.Strategy:
    """The example as a plan never adopted (the example itself is a draft on top of its
    second adoption: see the test of it below)."""
    return attrs.evolve(strategy("zorggroep-de-linde"), lifecycle=Lifecycle())


def _adopted() -> ss.Strategy:
    plan = advised(_plan(), dt.date(2026, 3, 2), "Positief.")
    return adopted(plan, dt.date(2026, 3, 12), "Vastgesteld.", 14)


def _status(plan: ss.Strategy, language: ss.Language = "nl") -> tuple[str, str]:
    doc = build(plan, "board", language=language, today=TODAY)
    return dict(doc.cover)["Status"], doc.blocks[1].text  # type: ignore[attr-defined]


def test_a_draft_says_it_is_not_adopted() -> None:
    assert _status(_plan()) == ("Concept", "Status: concept, nog niet vastgesteld.")
    in_review = with_status(_plan(), PlanStatus.IN_REVIEW)
    assert _status(in_review, "en") == ("In review", "Status: in review, not adopted yet.")


def test_the_bundled_example_is_a_draft_on_top_of_its_second_adoption() -> None:
    assert _status(strategy("zorggroep-de-linde")) == (
        "Concept",
        "Status: concept, nog niet vastgesteld. Het wijzigt versie 10, vastgesteld op 30"
        " september 2026.",
    )


def test_an_adopted_plan_names_its_revision_date_adopter_and_advice() -> None:
    cover, line = _status(_adopted())
    assert cover == "Vastgesteld"
    assert line == (
        "Status: vastgesteld door de raad van bestuur op 12 maart 2026 (versie 14 in de"
        " planner). Advies van de OR: 2 maart 2026."
    )


def test_a_draft_on_top_names_the_adopted_revision_it_changes() -> None:
    plan = _adopted()
    changed = edited(plan, attrs.evolve(plan, meta=attrs.evolve(plan.meta, author="Nieuw")))
    cover, line = _status(changed)
    assert cover == "Concept"
    assert line.endswith("Het wijzigt versie 14, vastgesteld op 12 maart 2026.")


def test_an_adopted_plan_past_its_review_is_due_and_the_pdf_says_so() -> None:
    plan = _adopted()
    late = attrs.evolve(plan, meta=attrs.evolve(plan.meta, next_review=dt.date(2026, 10, 1)))
    cover, line = _status(late)
    assert cover == "Toe aan herziening"
    assert "het plan is toe aan herziening" in line
    pdf = export(late, "pdf", language="nl", document="board", today=TODAY)
    text = " ".join(
        " ".join(page.extract_text().split()) for page in pypdf.PdfReader(io.BytesIO(pdf)).pages
    )
    assert "versie 14 in de planner" in text
    assert "Toe aan herziening" in text
