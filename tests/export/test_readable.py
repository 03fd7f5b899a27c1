"""What a board member reads at a glance: a report with a printed table of contents,
no half-empty chapter pages, no dash placeholders, charts whose text prints at 7 pt or
more and is never cut off, and Markdown without HTML entities.

Every check opens what was written: pypdf reads the PDF, python-docx the Word file.
"""

from __future__ import annotations

import io
import re
from typing import Any

import docx
import pypdf
import pytest

from socialstrategy.export import static_charts
from socialstrategy.export.documents._base import DASH
from socialstrategy.export.fit import page_scale
from socialstrategy.export.outline import Chart, Pairs, Table
from socialstrategy.export.pdf import write
from socialstrategy.export.pdf._canvas import Canvas
from socialstrategy.export.texts import T
from tests.export import built, rendered

#: A mature example and the blank template a young plan starts from.
MATURE, YOUNG = "zorggroep-de-linde", "start-hier"
BOTH = pytest.mark.parametrize("stem", [MATURE, YOUNG])
#: PDF points per millimetre.
POINTS_PER_MM = 72 / 25.4


def _pdf(stem: str) -> pypdf.PdfReader:
    _, data = rendered.example("pdf", stem, "report", "nl")
    return pypdf.PdfReader(io.BytesIO(data))


def _chapters(reader: pypdf.PdfReader) -> list[tuple[str, int]]:
    """The top-level bookmarks: each chapter and the page (1-based) it starts on."""
    return [
        (item.title, reader.get_destination_page_number(item) + 1)
        for item in reader.outline
        if not isinstance(item, list)
    ]


# The table of contents ----------------------------------------------------------------


@BOTH
def test_the_report_pdf_prints_its_contents_with_the_bookmarks_page_numbers(stem: str) -> None:
    """Page 2 lists every chapter with the page its bookmark (and footer) gives."""
    reader = _pdf(stem)
    contents = reader.pages[1].extract_text()
    assert T("common.contents", "nl") in contents
    chapters = _chapters(reader)
    assert len(chapters) >= 10
    for title, page in chapters:
        assert re.search(rf"{re.escape(title)}[ .]*\b{page}\b", contents), (title, page)
        assert f"Pagina {page} van {len(reader.pages)}" in reader.pages[page - 1].extract_text()
    listed = [line for line in contents.splitlines() if re.search(r"\.\s*\d+$", line)]
    assert len(listed) == len(chapters)


@BOTH
def test_the_report_in_word_has_a_contents_field(stem: str) -> None:
    """A TOC field over Heading 1-3 with links, which Word updates on opening; until
    then the field says how to update it."""
    _, data = rendered.example("docx", stem, "report", "nl")
    word = docx.Document(io.BytesIO(data))
    codes = [
        node.text.strip()
        for node in word.element.body.iter("{*}instrText")
        if node.text and node.text.strip().startswith("TOC")
    ]
    assert codes == ['TOC \\o "1-3" \\h \\z \\u']
    texts = [p.text for p in word.paragraphs]
    assert T("common.contents", "nl") in texts
    assert any(T("common.contents.update", "nl") in text for text in texts)
    (update,) = word.settings.element.findall("{*}updateFields")
    assert update.get(docx.oxml.ns.qn("w:val")) == "true"


def test_a_one_page_document_has_no_contents() -> None:
    _, data = rendered.example("docx", MATURE, "board", "nl")
    word = docx.Document(io.BytesIO(data))
    assert not [n for n in word.element.body.iter("{*}instrText") if "TOC" in (n.text or "")]


# Pages ---------------------------------------------------------------------------------


@BOTH
def test_no_chapter_leaves_a_page_less_than_a_third_full(
    stem: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A chapter starts a new page only when the page before it holds a third of a page
    or more (text, tables and charts alike); short chapters share a page."""
    left: dict[int, float] = {}
    add_page = Canvas.add_page

    def recording(self: Canvas, *args: Any, **kwargs: Any) -> None:
        if self.page:
            body = self.page_break_trigger - self.t_margin
            left[self.page] = (self.get_y() - self.t_margin) / body
        add_page(self, *args, **kwargs)

    monkeypatch.setattr(Canvas, "add_page", recording)
    doc = built.document(stem, "report", "nl")
    writer = write(doc, 1.0)
    writer.pdf.output()  # writes the contents page, with the chapters' pages
    starts = [section.page_number for section in writer.pdf._outline if section.level == 0]
    for page in starts:
        if page - 1 > 2:  # after the cover and the contents
            assert left[page - 1] >= 1 / 3, (page, round(left[page - 1], 2))
    if stem == YOUNG:
        # Its chapters are a line or two each: several share a page.
        assert len(set(starts)) < len(starts) - 3
    # The contents page gives the same pages.
    reader = _pdf(stem)
    assert [page for _, page in _chapters(reader)] == starts


# Placeholders ----------------------------------------------------------------------------


def test_a_young_plans_report_has_no_dash_placeholders() -> None:
    """What is missing is said (``nog niet vastgesteld``) or left out, never ``—``."""
    doc = built.document(YOUNG, "report", "nl")
    for block in doc.blocks:
        if isinstance(block, Pairs):
            assert all(value.strip() != DASH for _, value in block.items), block
        if isinstance(block, Table):
            assert all(cell.strip() != DASH for row in block.rows for cell in row), block
    text = rendered.render("md", doc).decode("utf-8")
    assert not re.search(r"(:\*\*|\|) *— *(\||$)", text, flags=re.MULTILINE)
    assert "nog niet vastgesteld" in text


# Charts ----------------------------------------------------------------------------------


def _walk(node: Any) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    if isinstance(node, dict):
        out.append(node)
        for value in node.values():
            out += _walk(value)
    elif isinstance(node, list):
        for item in node:
            out += _walk(item)
    return out


@BOTH
@pytest.mark.parametrize("kind", ["report", "board"])
def test_printed_chart_text_is_7_points_or_more(stem: str, kind: str) -> None:
    """The smallest font size in each chart's Vega-Lite spec, at the width the PDF
    prints the chart, is 7 pt or more."""
    doc = built.document(stem, kind, "nl")
    writer = write(doc, page_scale(doc), draft=True)
    charts = [block for block in doc.blocks if isinstance(block, Chart)]
    assert charts
    for chart in charts:
        size = writer.chart_size(chart)
        assert size is not None
        data = static_charts.png(chart.spec)
        assert data is not None
        css_width = static_charts.png_size(data)[0] / static_charts.PNG_SCALE
        smallest = min(
            float(value)
            for node in _walk(chart.spec)
            for key, value in node.items()
            if key.endswith(("fontSize", "FontSize")) and isinstance(value, int | float)
        )
        points = smallest * size[0] / css_width * POINTS_PER_MM
        assert points >= static_charts.MIN_POINTS - 0.01, (chart.title, round(points, 1))


@BOTH
@pytest.mark.parametrize("kind", ["report", "board"])
def test_no_chart_label_is_cut_off(stem: str, kind: str) -> None:
    """Every axis keeps its labels whole (labelLimit 0 in the theme and on every axis
    that sets one: Vega's default cuts at 180 px), and no text mark has a limit: long
    names wrap instead."""
    for chart in rendered.charts(built.document(stem, kind, "nl")):
        assert chart.spec["config"]["axis"]["labelLimit"] == 0
        for node in _walk(chart.spec):
            axis = node.get("axis")
            if isinstance(axis, dict) and "labelLimit" in axis:
                assert axis["labelLimit"] == 0, (chart.title, axis)
            mark = node.get("mark")
            if isinstance(mark, dict):
                assert "limit" not in mark, (chart.title, mark)


# Markdown ------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["report", "board", "guideline", "pocket"])
def test_markdown_writes_an_ampersand_as_itself(kind: str) -> None:
    """'Communicatie & Marketing' stays so: no HTML entity in the Markdown."""
    _, data = rendered.example("md", "ziekenhuis-amstelzicht", kind, "nl")
    text = data.decode("utf-8")
    assert "Communicatie & Marketing" in text
    assert not re.search(r"&(amp|lt|gt|quot|#\d+);", text)
