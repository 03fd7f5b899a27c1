"""HTML: one self-contained file, every heading, user text shown and never run."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from socialstrategy.export import static_charts
from socialstrategy.export.html import render
from socialstrategy.export.look import level_label
from socialstrategy.export.outline import Chart, Document, Finding, Heading, Paragraph
from socialstrategy.i18n import Language
from tests.export.outlines import OUTLINES, SCRIPT, TODAY, texts
from tests.export.rendered import BUILD_IDS, BUILDS, charts, example, headings, sample, squeeze


class Page(HTMLParser):
    """What a browser would see: elements, attributes, headings and text."""

    def __init__(self, markup: bytes) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.headings: list[tuple[str, str]] = []
        self.text: list[str] = []
        self._open: list[str] = []
        self._heading: list[str] | None = None
        self.feed(markup.decode("utf-8"))
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if re.fullmatch(r"h[1-6]", tag):
            self._heading = []

    def handle_endtag(self, tag: str) -> None:
        if re.fullmatch(r"h[1-6]", tag) and self._heading is not None:
            self.headings.append((tag, "".join(self._heading)))
            self._heading = None

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        if self._heading is not None:
            self._heading.append(data)

    def named(self, tag: str) -> list[dict[str, str | None]]:
        return [attrs for name, attrs in self.tags if name == tag]

    @property
    def all_text(self) -> str:
        return "".join(self.text)


@pytest.fixture(scope="module", params=sorted(OUTLINES))
def page(request: pytest.FixtureRequest) -> tuple[Document, bytes, Page]:
    """Each hand-made outline, rendered and parsed once for this module."""
    document, markup = sample("html", request.param)
    return document, markup, Page(markup)


def test_there_is_no_script_element_at_all(page: tuple[Document, bytes, Page]) -> None:
    """Not from the template, not from user text, not from inside a chart's SVG."""
    _, markup, parsed = page
    assert parsed.named("script") == []
    assert b"<script" not in markup.lower()


def test_user_text_is_escaped_and_shown_as_text(page: tuple[Document, bytes, Page]) -> None:
    """<script>alert(1)</script> in a heading, paragraph, cell or bullet reads as itself."""
    _, markup, parsed = page
    assert b"&lt;script&gt;alert(1)&lt;/script&gt;" in markup
    assert SCRIPT in parsed.all_text


def test_every_heading_is_a_heading_in_order(page: tuple[Document, bytes, Page]) -> None:
    """The title is the h1; chapters, sections and subsections are h2, h3 and h4."""
    document, _, parsed = page
    expected = [("h1", document.title)] + [
        (f"h{min(max(block.level, 1), 3) + 1}", block.text)
        for block in document.blocks
        if isinstance(block, Heading)
    ]
    assert parsed.headings == expected


def test_every_text_of_the_outline_is_on_the_page(page: tuple[Document, bytes, Page]) -> None:
    document, _, parsed = page
    shown = squeeze(parsed.all_text)
    assert [text for text in texts(document) if squeeze(text) not in shown] == []


def test_nothing_is_loaded_from_elsewhere(page: tuple[Document, bytes, Page]) -> None:
    """No src or href but in-page anchors, no stylesheet link, no CSS url() or @import;
    and a Content-Security-Policy forbids both loading and scripts."""
    _, markup, parsed = page
    for _, attrs in parsed.tags:
        assert "src" not in attrs
        assert (attrs.get("href") or "#").startswith("#")
        assert (attrs.get("xlink:href") or "#").startswith("#")
    assert parsed.named("link") == []
    assert parsed.named("iframe") == []
    assert parsed.named("img") == []
    assert not re.search(rb"url\(\s*['\"]?(?!#)", markup)
    assert b"@import" not in markup
    (policy,) = [
        a for a in parsed.named("meta") if a.get("http-equiv") == "Content-Security-Policy"
    ]
    assert "default-src 'none'" in (policy["content"] or "")


def test_the_language_and_title_are_declared(page: tuple[Document, bytes, Page]) -> None:
    document, _, parsed = page
    (html,) = parsed.named("html")
    assert html["lang"] == document.language
    assert len(parsed.named("title")) == 1
    assert parsed.text[parsed.text.index(document.title)].startswith(document.title)


def test_every_chart_is_an_inline_svg(page: tuple[Document, bytes, Page]) -> None:
    """Drawn in place, as wide as planned on paper, labelled for screen readers."""
    document, _, parsed = page
    figures = parsed.named("figure")
    assert len(parsed.named("svg")) == len(charts(document)) == len(figures)
    for figure, chart in zip(figures, charts(document), strict=True):
        assert figure["aria-label"] == chart.title
        assert f"{chart.width_cm}cm" in (figure["style"] or "")


def test_a_script_in_a_chart_label_is_text() -> None:
    """The sample report's traceability chart draws a goal titled <script>...: its SVG
    carries the title escaped, and a parser sees text, not an element."""
    _, markup = sample("html", "report")
    svgs = re.findall(rb"<svg.*?</svg>", markup, flags=re.DOTALL)
    assert any(b"&lt;script&gt;alert(1)" in svg for svg in svgs)
    assert all(b"<script" not in svg for svg in svgs)
    assert any("<script>alert(1)" in Page(svg).all_text for svg in svgs)


def test_findings_are_marked_by_level(page: tuple[Document, bytes, Page]) -> None:
    document, _, parsed = page
    findings = [b for b in document.blocks if isinstance(b, Finding)]
    asides = [a for a in parsed.named("aside") if "finding" in (a.get("class") or "")]
    assert [a["class"] for a in asides] == [f"finding finding-{f.level}" for f in findings]
    for finding in findings:
        assert level_label(finding.level, document.language) in parsed.all_text


def test_print_stylesheet(page: tuple[Document, bytes, Page]) -> None:
    """A4, chapters on new pages and page numbers for a report; compact one-pagers."""
    document, markup, parsed = page
    css = markup.decode()
    assert "@media print" in css
    assert "size: A4" in css
    assert "break-inside: avoid" in css
    (body,) = parsed.named("body")
    if document.one_page:
        assert "one-page" in (body["class"] or "")
        (html,) = parsed.named("html")
        assert re.fullmatch(r"--fit: 0?\.\d+|--fit: 1(\.0)?", html["style"] or "")
    else:
        assert "multi-page" in (body["class"] or "")
        assert "counter(page)" in css
        assert "counter(pages)" in css
        # Chapters flow on in print, and a heading is never left at a page's foot.
        assert "section.chapter { break-before: auto; }" in css
        assert "h2, h3, h4 { break-after: avoid;" in css


def test_a_chart_that_cannot_be_drawn_leaves_a_note() -> None:
    """A broken spec costs its picture, never the document."""
    document = Document(
        kind="report",
        language="nl",
        title="T",
        date=TODAY,
        blocks=(Paragraph("voor"), Chart({"mark": 42}, "Kapotte grafiek"), Paragraph("na")),
    )
    parsed = Page(render(document))
    assert static_charts.missing("Kapotte grafiek", "nl") in parsed.all_text
    assert "voor" in parsed.all_text
    assert "na" in parsed.all_text
    assert parsed.named("svg") == []


@pytest.mark.parametrize(("stem", "kind", "language"), BUILDS, ids=BUILD_IDS)
def test_every_built_document_renders_safely(stem: str, kind: str, language: Language) -> None:
    """What the builders make for every example: every heading, no script, nothing
    external, every chart drawn."""
    document, markup = example("html", stem, kind, language)
    parsed = Page(markup)
    assert parsed.named("script") == []
    assert [text for _, text in parsed.headings[1:]] == headings(document)
    assert len(parsed.named("svg")) == len(charts(document))
    assert not [a for _, a in parsed.tags if "src" in a]
    assert squeeze(document.organisation) in squeeze(parsed.all_text)
