"""The export registries: every entry has its protocol's signature and does its job.

mypy checks each entry against its protocol where the registry is declared; these tests
check the same at run time (a protocol's signature resolved against each entry's), and
that each entry, called through the registry, writes something its reader opens: the
PDF with pypdf, the Word file with python-docx, the HTML with an HTML parser, the CSV
with the csv module, the calendar with icalendar, the workbook with openpyxl.
"""

from __future__ import annotations

import csv
import datetime as dt
import inspect
import io
import typing
from collections.abc import Callable
from html.parser import HTMLParser

import docx
import icalendar
import openpyxl
import pypdf
import pytest

from socialstrategy.export import registry
from socialstrategy.export.outline import Document, Heading
from socialstrategy.export.registry import (
    DOCUMENTS,
    FORMATS,
    PLAN_FILES,
    TABLES,
    DocumentBuilder,
    PlanWriter,
    Renderer,
    TableWriter,
)
from socialstrategy.i18n import Language
from socialstrategy.model import Strategy
from socialstrategy.scoring import Report, score
from socialstrategy.scoring.trend import History
from tests.export import built
from tests.export.rendered import squeeze

#: An example with consent records, so its register has rows.
STEM = "jeugdzorg-op-koers"
#: The names the registry's annotations use, for resolving them at run time.
NAMES = {
    "Strategy": Strategy,
    "Report": Report,
    "Language": Language,
    "Document": Document,
    "History": History,
}

ENTRIES: list[tuple[type, str, Callable[..., object]]] = [
    *((DocumentBuilder, kind, build) for kind, build in DOCUMENTS.items()),
    *((Renderer, fmt, render) for fmt, render in FORMATS.items()),
    *((TableWriter, kind, write) for kind, write in TABLES.items()),
    *((PlanWriter, fmt, write) for fmt, write in PLAN_FILES.items()),
]


def _signature(function: Callable[..., object]) -> list[object]:
    """The types of *function*'s parameters in order, then its return type."""
    hints = typing.get_type_hints(function, {**vars(registry), "dt": dt, **NAMES})
    parameters = [p for p in inspect.signature(function).parameters if p != "self"]
    return [hints[name] for name in parameters] + [hints["return"]]


@pytest.mark.parametrize(
    ("protocol", "name", "entry"),
    ENTRIES,
    ids=[f"{protocol.__name__}-{name}" for protocol, name, _ in ENTRIES],
)
def test_every_entry_has_its_protocols_signature(
    protocol: type, name: str, entry: Callable[..., object]
) -> None:
    """Each entry takes the protocol's arguments, in order, and returns its type."""
    assert _signature(entry) == _signature(protocol.__call__)


def _report() -> Report:
    return score(built.strategy(STEM), today=built.TODAY)


@pytest.mark.parametrize("kind", list(DOCUMENTS))
@pytest.mark.parametrize("language", built.LANGUAGES)
def test_every_builder_makes_its_outline(kind: str, language: Language) -> None:
    """Called through the registry, a builder makes a titled outline in the language asked."""
    document = DOCUMENTS[kind](built.strategy(STEM), _report(), language, built.TODAY, History())
    assert isinstance(document, Document)
    assert document.language == language
    assert document.title
    assert any(isinstance(block, Heading) for block in document.blocks)


class _Html(HTMLParser):
    def __init__(self, markup: bytes) -> None:
        super().__init__(convert_charrefs=True)
        self.title: list[str] = []
        self.text: list[str] = []
        self._in_title = False
        self.feed(markup.decode("utf-8"))
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._in_title = tag == "title"

    def handle_endtag(self, tag: str) -> None:
        self._in_title = False

    def handle_data(self, data: str) -> None:
        (self.title if self._in_title else self.text).append(data)


def _markdown(data: bytes) -> tuple[str, str]:
    text = data.decode("utf-8")
    return text.splitlines()[0].removeprefix("# "), text


def _html(data: bytes) -> tuple[str, str]:
    page = _Html(data)
    return "".join(page.title).split(" · ")[0], "".join(page.text)


def _pdf(data: bytes) -> tuple[str, str]:
    reader = pypdf.PdfReader(io.BytesIO(data))
    assert reader.metadata is not None
    return str(reader.metadata.title), "".join(page.extract_text() for page in reader.pages)


def _docx(data: bytes) -> tuple[str, str]:
    word = docx.Document(io.BytesIO(data))
    paragraphs = [p.text for p in word.paragraphs]
    # A one-pager sets a narrow chart beside its text in a table, headings and all.
    cells = [cell.text for table in word.tables for row in table.rows for cell in row.cells]
    return word.core_properties.title, "\n".join(paragraphs + cells)


#: How each format is opened: its declared title, and its text.
READERS: dict[str, Callable[[bytes], tuple[str, str]]] = {
    "md": _markdown,
    "html": _html,
    "pdf": _pdf,
    "docx": _docx,
}


def test_every_format_is_read_back_here() -> None:
    """A new format needs a reader in this test before it is tested."""
    assert set(READERS) == set(FORMATS)


@pytest.mark.parametrize("kind", ["board", "guideline"])
@pytest.mark.parametrize("fmt", list(FORMATS))
def test_every_renderer_writes_a_file_its_reader_opens(fmt: str, kind: str) -> None:
    """A one-page document (set at its fitting scale) and a long one, opened again: the
    title declared, and every heading in the text."""
    document = built.document(STEM, kind, "nl")
    title, text = READERS[fmt](FORMATS[fmt](document))
    assert title == document.title
    shown = squeeze(text)
    headings = [block.text for block in document.blocks if isinstance(block, Heading)]
    assert headings
    assert [h for h in headings if squeeze(h) not in shown] == []


@pytest.mark.parametrize("kind", list(TABLES))
def test_every_table_writer_writes_csv(kind: str) -> None:
    """The CSV opens with the csv module: a header, then rows as wide as the header."""
    data = TABLES[kind](built.strategy(STEM), _report(), "nl", built.TODAY)
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    assert len(rows) > 1
    assert {len(row) for row in rows} == {len(rows[0])}


def _calendar_summaries(data: bytes) -> list[str]:
    calendar = icalendar.Calendar.from_ical(data)
    return [str(event["SUMMARY"]) for event in calendar.walk("VEVENT")]


def _workbook_rows(data: bytes) -> list[str]:
    sheet = openpyxl.load_workbook(io.BytesIO(data)).active
    assert sheet is not None
    return [str(row[0]) for row in sheet.iter_rows(min_row=2, values_only=True)]


#: How each plan file is opened: the names of the items it holds.
PLAN_READERS: dict[str, Callable[[bytes], list[str]]] = {
    "ics": _calendar_summaries,
    "xlsx": _workbook_rows,
}


def test_every_plan_file_is_read_back_here() -> None:
    """A new plan file needs a reader in this test before it is tested."""
    assert set(PLAN_READERS) == set(PLAN_FILES)


@pytest.mark.parametrize("fmt", list(PLAN_FILES))
def test_every_plan_writer_writes_a_file_its_reader_opens(fmt: str) -> None:
    """Called through the registry, each plan file opens and names the plan's actions
    that have a due date (the calendar holds dates; the workbook every action)."""
    strategy = built.strategy(STEM)
    data = PLAN_FILES[fmt](strategy, _report(), "nl", built.TODAY)
    shown = "\n".join(PLAN_READERS[fmt](data))
    dated = [a.title for a in strategy.actions if a.due is not None]
    assert dated
    assert [title for title in dated if title not in shown] == []
