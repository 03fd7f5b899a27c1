"""The action plan as an Excel workbook, for teams that track their work in Excel.

One row per action, in the plan's order: the action, what it is for (goals by name, the
parts it puts into practice, channels), owner, start and due date, status, and whether it
is overdue on the day of the export. Names, never ids.

Why these choices: dates are real Excel dates (a filter on "Gereed" offers months and
years, sorting is by date) shown as ``dd-mm-jjjj`` in Dutch and ``dd/mm/yyyy`` in
English; the header row is frozen and has an autofilter; columns are as wide as their
content (long descriptions wrap). A cell that starts like a formula (``=``) stays text,
so a title typed as ``=HYPERLINK(…)`` is never run (OWASP, spreadsheet injection).
"""

from __future__ import annotations

import datetime as dt
import io
from typing import TYPE_CHECKING, Final

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from socialstrategy.export.documents._base import Sources
from socialstrategy.model import Channel, Goal

if TYPE_CHECKING:
    from socialstrategy.i18n import Language
    from socialstrategy.model import Action, Strategy
    from socialstrategy.scoring import Report

#: Column headers (keys of the export catalogue), in order.
COLUMNS: Final = (
    "workbook.col.action",
    "workbook.col.description",
    "workbook.col.goals",
    "workbook.col.supports",
    "workbook.col.channels",
    "workbook.col.owner",
    "workbook.col.start",
    "workbook.col.due",
    "workbook.col.status",
    "workbook.col.late",
)
#: How a date cell shows, per language (Excel's format codes, the same in every locale).
DATE_FORMATS: Final[dict[Language, str]] = {"nl": "dd-mm-yyyy", "en": "dd/mm/yyyy"}
#: Widest a column grows, in characters; longer text wraps.
_WIDEST: Final = 60
_NARROWEST: Final = 8
_HEADER_FILL: Final = PatternFill("solid", fgColor="DDE7F0")


#: What a cell of the sheet holds.
Value = str | dt.date | None


def _row(src: Sources, action: Action) -> list[Value]:
    late = action.due is not None and action.due < src.today and action.status.open
    return [
        src.called(action),
        action.description,
        # Goals are sentences: one a line reads better than a run joined by commas.
        "\n".join(src.name(Goal, goal) for goal in action.goals),
        ", ".join(part.label(src.language) for part in action.supports),
        src.names(Channel, action.channels),
        action.owner,
        action.start,
        action.due,
        action.status.label(src.language),
        src.yes_no(late) if action.due is not None else "",
    ]


def _width(value: Value) -> int:
    """How many characters *value* takes on its longest line (a date: its format's)."""
    if isinstance(value, dt.date):
        return len("dd-mm-yyyy") + 1
    return max((len(line) for line in str(value or "").splitlines()), default=0)


def workbook(strategy: Strategy, report: Report, language: Language, today: dt.date) -> Workbook:
    """The action plan of *strategy* as a workbook with one sheet."""
    src = Sources(strategy, report, language, today)
    book = Workbook()
    sheet = book.active
    assert sheet is not None  # a new workbook has its one sheet
    sheet.title = src.t("workbook.sheet")
    name = strategy.organisation.name or strategy.meta.title
    book.properties.title = src.t("workbook.title", name=name).strip()
    book.properties.creator = strategy.meta.author or "socialstrategy"
    header: list[Value] = [src.t(key) for key in COLUMNS]
    rows = [header, *(_row(src, action) for action in strategy.actions)]
    widths = [_NARROWEST] * len(COLUMNS)
    for r, values in enumerate(rows, 1):
        for c, value in enumerate(values, 1):
            cell = sheet.cell(row=r, column=c, value=value)
            width = _width(value)
            widths[c - 1] = max(widths[c - 1], min(width + 2, _WIDEST))
            wrap = width > _WIDEST or "\n" in str(value or "")
            cell.alignment = Alignment(vertical="top", wrap_text=wrap)
            if r == 1:
                cell.font = Font(bold=True)
                cell.fill = _HEADER_FILL
            elif isinstance(value, dt.date):
                cell.number_format = DATE_FORMATS[language]
            elif cell.data_type == "f":  # a text typed like a formula stays text
                cell.data_type = "s"
    for c, width in enumerate(widths, 1):
        sheet.column_dimensions[get_column_letter(c)].width = width
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    return book


def xlsx(strategy: Strategy, report: Report, language: Language, today: dt.date) -> bytes:
    """The action plan of *strategy* as ``.xlsx`` bytes."""
    out = io.BytesIO()
    workbook(strategy, report, language, today).save(out)
    return out.getvalue()


__all__ = ["COLUMNS", "DATE_FORMATS", "workbook", "xlsx"]
