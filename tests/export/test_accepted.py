"""Accepted findings in the report: under "Geaccepteerd", with the reason and the date."""

from __future__ import annotations

import datetime as dt
import io

import attrs
import pypdf

import socialstrategy as ss
from socialstrategy.export import export
from socialstrategy.scoring.examples import base

TODAY = dt.date(2026, 11, 23)
REASON = "Besloten door het MT op 3 maart 2026: dit doel meten we na de pilot."


def _plan(accepted: tuple[ss.Acceptance, ...]) -> ss.Strategy:
    plan = base()
    goals = (attrs.evolve(plan.goals[0], indicators=()), *plan.goals[1:])
    return attrs.evolve(plan, goals=goals, meta=attrs.evolve(plan.meta, accepted=accepted))


ACCEPTED = (ss.Acceptance(rule="GOAL003", reason=REASON, until=dt.date(2027, 6, 1)),)


def test_markdown_report_lists_accepted_findings() -> None:
    text = export(_plan(ACCEPTED), "md", document="report", today=TODAY).decode()
    section = text[text.index("### Geaccepteerd") :]
    assert "| Regel | Bevinding | Reden | Tot en met |" in section
    assert "| Doel niet meetbaar (GOAL003) | Doel 'Meer aanmeldingen" in section
    assert f"| {REASON} | 1 juni 2027 |" in section
    assert "Geen open bevindingen. De geaccepteerde bevindingen staan hieronder." in text


def test_english_report_lists_them_as_accepted() -> None:
    text = export(_plan(ACCEPTED), "md", language="en", document="report", today=TODAY)
    assert "### Accepted" in text.decode()
    assert "| 1 June 2027 |" in text.decode()


def test_without_acceptances_there_is_no_such_section() -> None:
    text = export(_plan(()), "md", document="report", today=TODAY).decode()
    assert "Geaccepteerd" not in text


def test_pdf_report_lists_accepted_findings() -> None:
    data = export(_plan(ACCEPTED), "pdf", document="report", today=TODAY)
    pages = [page.extract_text() for page in pypdf.PdfReader(io.BytesIO(data)).pages]
    (page,) = [p for p in pages if "Geaccepteerd" in p]
    flat = " ".join(page.split())
    assert "Besloten door het MT op 3 maart 2026" in flat
    assert "1 juni 2027" in flat
