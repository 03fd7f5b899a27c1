"""The registries of exports: which documents, formats, tables and plan files there are.

Four protocols, one registry each, so a new document, format or table is one module, a
three-line function here that imports it on use, and one entry, which mypy checks against
the protocol:

- :class:`DocumentBuilder` (``(strategy, report, language, today, history) -> Document``), in
  :data:`DOCUMENTS`: one format-neutral outline per document kind;
- :class:`Renderer` (``(document) -> bytes``), in :data:`FORMATS`: one outline in one
  file format;
- :class:`TableWriter` (``(strategy, report, language, today) -> bytes``), in
  :data:`TABLES`: a document that is also a table, written as CSV;
- :class:`PlanWriter` (the same arguments), in :data:`PLAN_FILES`: a file of the whole
  plan that is no document, chosen by its format alone (the calendar, the action plan
  workbook).

Each entry imports its module on first use: the charts, Jinja2, fpdf2 and python-docx
take some 0.7 s to import together, which a command line that only validates, or the
planner's first page, should not pay.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final, Protocol

if TYPE_CHECKING:
    import datetime as dt

    from socialstrategy.export.outline import Document
    from socialstrategy.i18n import Language
    from socialstrategy.model import Strategy
    from socialstrategy.scoring import Report
    from socialstrategy.scoring.trend import History


class DocumentBuilder(Protocol):
    """Builds the outline of one document kind from a strategy and its score."""

    def __call__(
        self,
        strategy: Strategy,
        report: Report,
        language: Language,
        today: dt.date,
        history: History,
        /,
    ) -> Document: ...


class Renderer(Protocol):
    """Writes an outline in one file format, as bytes ready to write or download."""

    def __call__(self, document: Document, /) -> bytes: ...


class TableWriter(Protocol):
    """Writes a document that is a table (one row per record) as CSV bytes."""

    def __call__(
        self, strategy: Strategy, report: Report, language: Language, today: dt.date, /
    ) -> bytes: ...


class PlanWriter(Protocol):
    """Writes one file of the whole plan in its own format (no document kind to choose)."""

    def __call__(
        self, strategy: Strategy, report: Report, language: Language, today: dt.date, /
    ) -> bytes: ...


# The imports below are on use (PLC0415), for the import time the docstring gives.


def _report(
    strategy: Strategy, report: Report, language: Language, today: dt.date, history: History
) -> Document:
    """The full report."""
    from socialstrategy.export.documents import report as module  # noqa: PLC0415

    del history  # no revision history in this document
    return module.build(strategy, report, language, today)


def _board(
    strategy: Strategy, report: Report, language: Language, today: dt.date, history: History
) -> Document:
    """The one-page board pack."""
    from socialstrategy.export.documents import board as module  # noqa: PLC0415

    return module.build(strategy, report, language, today, history)


def _progress(
    strategy: Strategy, report: Report, language: Language, today: dt.date, history: History
) -> Document:
    """The progress report for the board."""
    from socialstrategy.export.documents import progress as module  # noqa: PLC0415

    return module.build(strategy, report, language, today, history)


def _guideline(
    strategy: Strategy, report: Report, language: Language, today: dt.date, history: History
) -> Document:
    """The employee social media guideline."""
    from socialstrategy.export.documents import guideline as module  # noqa: PLC0415

    del history  # no revision history in this document
    return module.build(strategy, report, language, today)


def _pocket(
    strategy: Strategy, report: Report, language: Language, today: dt.date, history: History
) -> Document:
    """The crisis pocket card."""
    from socialstrategy.export.documents import pocket as module  # noqa: PLC0415

    del history  # no revision history in this document
    return module.build(strategy, report, language, today)


def _drills(
    strategy: Strategy, report: Report, language: Language, today: dt.date, history: History
) -> Document:
    """The crisis drill cards, one per scenario."""
    from socialstrategy.export.documents import drill as module  # noqa: PLC0415

    del history  # no revision history in this document
    return module.build(strategy, report, language, today)


def _consent(
    strategy: Strategy, report: Report, language: Language, today: dt.date, history: History
) -> Document:
    """The consent register for the privacy officer."""
    from socialstrategy.export.documents import consent as module  # noqa: PLC0415

    del history  # no revision history in this document
    return module.build(strategy, report, language, today)


def _markdown(document: Document) -> bytes:
    """Markdown, UTF-8."""
    from socialstrategy.export import markdown as module  # noqa: PLC0415

    return module.render(document)


def _html(document: Document) -> bytes:
    """One self-contained HTML file."""
    from socialstrategy.export import html as module  # noqa: PLC0415

    return module.render(document)


def _pdf(document: Document) -> bytes:
    """An A4 PDF."""
    from socialstrategy.export import pdf as module  # noqa: PLC0415

    return module.render(document)


def _docx(document: Document) -> bytes:
    """A Word document."""
    from socialstrategy.export import docx as module  # noqa: PLC0415

    return module.render(document)


def _consent_csv(strategy: Strategy, report: Report, language: Language, today: dt.date) -> bytes:
    """The consent register, one row per record."""
    from socialstrategy.export import spreadsheet  # noqa: PLC0415

    return spreadsheet.consent_csv(strategy, report, language, today)


def _calendar(strategy: Strategy, report: Report, language: Language, today: dt.date) -> bytes:
    """Every dated item of the plan as an iCalendar event."""
    from socialstrategy.export import calendar  # noqa: PLC0415

    return calendar.ics(strategy, report, language, today)


def _workbook(strategy: Strategy, report: Report, language: Language, today: dt.date) -> bytes:
    """The action plan as an Excel workbook."""
    from socialstrategy.export import workbook  # noqa: PLC0415

    return workbook.xlsx(strategy, report, language, today)


#: Document kinds, in the order the planner and ``--help`` offer them.
DOCUMENTS: Final[dict[str, DocumentBuilder]] = {
    "report": _report,
    "board": _board,
    "progress": _progress,
    "guideline": _guideline,
    "pocket": _pocket,
    "drills": _drills,
    "consent": _consent,
}
#: Rendered formats. ``json`` (the strategy itself) and ``csv`` (a table) are no rendering
#: of an outline, so they are not here.
FORMATS: Final[dict[str, Renderer]] = {
    "md": _markdown,
    "html": _html,
    "pdf": _pdf,
    "docx": _docx,
}
#: The documents that are also a table, with a CSV export of their own.
TABLES: Final[dict[str, TableWriter]] = {"consent": _consent_csv}
#: Files of the whole plan, by format, in the order the planner offers them: the
#: calendar of its dates for Outlook and Google Calendar, the action plan for Excel.
PLAN_FILES: Final[dict[str, PlanWriter]] = {"ics": _calendar, "xlsx": _workbook}


__all__ = [
    "DOCUMENTS",
    "FORMATS",
    "PLAN_FILES",
    "TABLES",
    "DocumentBuilder",
    "PlanWriter",
    "Renderer",
    "TableWriter",
]
