"""The action plan for Excel (``--format xlsx``): opened again with openpyxl."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import attrs
import openpyxl
import pytest
from click.testing import CliRunner
from openpyxl.worksheet.worksheet import Worksheet

import socialstrategy as ss
from socialstrategy.cli import cli
from socialstrategy.export import export
from socialstrategy.vocab import ActionStatus
from tests.conftest import EXAMPLES, STRATEGIES

TODAY = dt.date(2026, 11, 23)
LINDE = STRATEGIES / "zorggroep-de-linde.toml"
DUTCH = ["Actie", "Omschrijving", "Dient doel(en)", "Brengt in praktijk", "Kanalen"]
DUTCH += ["Eigenaar", "Start", "Gereed", "Status", "Te laat"]


def _sheet(strategy: ss.Strategy, language: ss.Language = "nl") -> Worksheet:
    data = export(strategy, "xlsx", language=language, today=TODAY)
    sheet = openpyxl.load_workbook(io.BytesIO(data)).active
    assert isinstance(sheet, Worksheet)
    return sheet


def _column(sheet: Worksheet, header: str) -> list[object]:
    headers = [cell.value for cell in sheet[1]]
    number = headers.index(header)
    return [row[number] for row in sheet.iter_rows(min_row=2, values_only=True)]


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_one_row_per_action_with_real_dates(path: Path) -> None:
    """Every action is a row, in the plan's order; its dates are Excel dates."""
    strategy = ss.load(path)
    sheet = _sheet(strategy)
    assert [cell.value for cell in sheet[1]] == DUTCH
    assert sheet.max_row == len(strategy.actions) + 1
    assert _column(sheet, "Actie") == [a.title for a in strategy.actions]
    for header, field in (("Start", "start"), ("Gereed", "due")):
        expected = [getattr(a, field) for a in strategy.actions]
        shown = _column(sheet, header)
        assert [d.date() if isinstance(d, dt.datetime) else d for d in shown] == expected
    dated = [c for row in sheet.iter_rows(min_row=2, min_col=7, max_col=8) for c in row if c.value]
    assert dated
    assert all(cell.is_date and cell.number_format == "dd-mm-yyyy" for cell in dated)


def test_names_never_ids() -> None:
    strategy = ss.load(LINDE)
    sheet = _sheet(strategy)
    goals = {g.id: g.title for g in strategy.goals}
    for action, shown in zip(strategy.actions, _column(sheet, "Dient doel(en)"), strict=True):
        assert shown == ("\n".join(goals[g] for g in action.goals) or None)
    every = " ".join(str(c) for row in sheet.iter_rows(values_only=True) for c in row if c)
    assert [g for g in goals if g in every] == []
    assert [a.id for a in strategy.actions if a.id in every] == []


def test_header_frozen_filtered_and_columns_fit() -> None:
    sheet = _sheet(ss.load(LINDE))
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == f"A1:J{sheet.max_row}"
    widths = {key: dim.width for key, dim in sheet.column_dimensions.items()}
    assert set(widths) == set("ABCDEFGHIJ")
    assert all(8 <= width <= 62 for width in widths.values())
    assert widths["A"] > widths["J"]  # an action's title is wider than "Ja"/"Nee"
    assert all(cell.font.bold for cell in sheet[1])


def test_english_headers_and_date_format() -> None:
    sheet = _sheet(ss.load(LINDE), "en")
    assert sheet.title == "Action plan"
    assert [c.value for c in sheet[1]][:3] == ["Action", "Description", "Serves goal(s)"]
    due = [c for c in sheet["H"][1:] if c.value]
    assert due
    assert all(cell.number_format == "dd/mm/yyyy" for cell in due)


def test_overdue_means_open_and_past_its_due_date() -> None:
    strategy = ss.load(LINDE)
    action = strategy.actions[0]
    past = dt.date(2026, 1, 31)
    plan = attrs.evolve(
        strategy,
        actions=(
            attrs.evolve(action, start=None, due=past, status=ActionStatus.IN_PROGRESS),
            attrs.evolve(action, id="b", start=None, due=past, status=ActionStatus.DONE),
            attrs.evolve(action, id="c", start=None, due=TODAY, status=ActionStatus.PLANNED),
            attrs.evolve(action, id="d", start=None, due=None),
        ),
    )
    assert _column(_sheet(plan), "Te laat") == ["Ja", "Nee", "Nee", None]


def test_a_title_typed_like_a_formula_stays_text() -> None:
    """Spreadsheet injection: '=HYPERLINK(…)' is shown, never run."""
    strategy = ss.load(LINDE)
    typed = '=HYPERLINK("https://example.org","klik")'
    plan = attrs.evolve(strategy, actions=(attrs.evolve(strategy.actions[0], title=typed),))
    cell = _sheet(plan)["A2"]
    assert cell.value == typed
    assert cell.data_type == "s"


def test_an_empty_action_plan_is_a_header_alone() -> None:
    sheet = _sheet(ss.Strategy())
    assert sheet.max_row == 1
    assert [c.value for c in sheet[1]] == DUTCH


def test_the_cli_writes_the_workbook(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        cli, ["export", str(LINDE), "--format", "xlsx", "-o", str(tmp_path)]
    )
    assert result.exit_code == 0, result.output
    book = openpyxl.load_workbook(tmp_path / "zorggroep-de-linde-actieplan.xlsx")
    assert book.active is not None
    assert book.active.title == "Actieplan"
    assert book.properties.title == "Actieplan Zorggroep De Linde"
