"""The report of a lived plan: progress charts per measured indicator, the actions'
status updates, and overdue actions marked (opened and read back: PDF, Word, HTML)."""

from __future__ import annotations

import datetime as dt
import io

import attrs
import docx
import pypdf

import socialstrategy as ss
from socialstrategy.export import build, export
from socialstrategy.export.outline import Chart, Heading, Table
from socialstrategy.scoring import progress
from tests.conftest import STRATEGIES

LINDE = ss.load(STRATEGIES / "zorggroep-de-linde.toml")
TODAY = dt.date(2026, 11, 23)
#: A day on which some of De Linde's actions are past their due date and not done.
LATER = dt.date(2027, 6, 1)


def _charts(document: object) -> list[Chart]:
    return [b for b in document.blocks if isinstance(b, Chart)]  # type: ignore[attr-defined]


def test_every_measured_indicator_gets_its_progress_chart() -> None:
    document = build(LINDE, "report", language="nl", today=TODAY)
    measured = [i for g in LINDE.goals for i in g.indicators if progress.measured(i)]
    titles = [c.title for c in _charts(document) if c.title.startswith("Voortgang: ")]
    assert titles == [f"Voortgang: {i.kpi}" for i in measured]
    # Each is the shared chart module's spec, with the measurements in it.
    first = next(c for c in _charts(document) if c.title == titles[0])
    assert "Laatste meting 61% (30 sep 2026)" in str(first.spec)


def test_a_plan_without_measurements_has_no_progress_charts() -> None:
    bare = attrs.evolve(
        LINDE,
        goals=tuple(
            attrs.evolve(
                g, indicators=tuple(attrs.evolve(i, measurements=()) for i in g.indicators)
            )
            for g in LINDE.goals
        ),
    )
    document = build(bare, "report", language="en", today=TODAY)
    assert not [c for c in _charts(document) if c.title.startswith("Progress: ")]


def test_status_updates_are_a_table_in_the_action_plan() -> None:
    document = build(LINDE, "report", language="nl", today=TODAY)
    blocks = list(document.blocks)
    at = next(
        i
        for i, b in enumerate(blocks)
        if isinstance(b, Heading) and b.text == "Voortgang van de acties"
    )
    table = blocks[at + 1]
    assert isinstance(table, Table)
    assert table.columns == ("Actie", "Datum", "Status", "Stand van zaken")
    updates = sum(len(a.updates) for a in LINDE.actions)
    assert len(table.rows) == updates
    assert table.rows[0][:3] == (
        "Familieportaal uitrollen op de laatste drie locaties",
        "03-06-2026",
        "Loopt",
    )
    assert table.rows[1][0] == ""  # the same action's next update


def test_overdue_actions_are_marked_in_the_pdf_and_word_report() -> None:
    overdue = [a for a in LINDE.actions if a.overdue(LATER)]
    assert overdue
    pdf = export(LINDE, "pdf", document="report", language="nl", today=LATER)
    text = " ".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf)).pages)
    text = " ".join(text.split())
    assert text.count("(over de deadline)") >= len(overdue)
    assert "Voortgang van de acties" in text
    word = docx.Document(io.BytesIO(export(LINDE, "docx", document="report", today=LATER)))
    cells = [c.text for t in word.tables for row in t.rows for c in row.cells]
    assert sum("(over de deadline)" in c for c in cells) == len(overdue)
    assert (
        "Tweestapsverificatie op elf van de veertien accounts; drie locatieaccounts volgen."
        in cells
    )
    # The progress charts are pictures in Word too, beside the report's other charts.
    measured = sum(1 for g in LINDE.goals for i in g.indicators if progress.measured(i))
    assert len(word.inline_shapes) >= measured + 5


def test_the_html_report_draws_the_progress_charts() -> None:
    html = export(LINDE, "html", document="report", language="en", today=TODAY).decode()
    assert "Progress of the actions" in html
    measured = sum(1 for g in LINDE.goals for i in g.indicators if progress.measured(i))
    assert html.count("<svg") >= measured + 5
    assert "Latest 61% (30 Sep 2026)" in html
