"""The board pack reads at a glance: no text under 7 pt on any example, nothing cut off;
what does not fit one page at that size goes on to a second."""

from __future__ import annotations

import io

import pypdf
import pytest

from socialstrategy.export.fit import SMALLEST_LEGIBLE, fitting_scale
from socialstrategy.export.outline import Document, Heading, Paragraph, Table
from socialstrategy.export.texts import T
from socialstrategy.i18n import Language
from tests.export import built
from tests.export.rendered import example, printed_sizes, squeeze

#: No text on the board pack prints smaller (a rounding hair below counts as 7).
LEGIBLE_PT = 7.0
BOARDS: list[tuple[str, Language]] = [
    *((stem, "nl") for stem in [*built.EXAMPLE_IDS, "start-hier"]),
    ("ziekenhuis-amstelzicht", "en"),
]


def _board(stem: str, language: Language) -> tuple[Document, list[pypdf.PageObject]]:
    document, data = example("pdf", stem, "board", language)
    return document, list(pypdf.PdfReader(io.BytesIO(data)).pages)


@pytest.mark.parametrize(("stem", "language"), BOARDS, ids=[f"{s}-{lang}" for s, lang in BOARDS])
def test_no_text_on_the_board_pack_is_under_7_pt(stem: str, language: Language) -> None:
    document, pages = _board(stem, language)
    # Word and the printed HTML are set at the same scale (or larger).
    assert fitting_scale(document) >= SMALLEST_LEGIBLE
    sizes = [size for page in pages for size in printed_sizes(page)]
    assert sizes
    assert min(sizes) >= LEGIBLE_PT - 0.01


@pytest.mark.parametrize(("stem", "language"), BOARDS, ids=[f"{s}-{lang}" for s, lang in BOARDS])
def test_the_board_pack_cuts_nothing_off(stem: str, language: Language) -> None:
    """Every gap and decision, every cell of every table, every heading and paragraph
    is in the PDF; at most two pages, the OGSM and the score on the first."""
    document, pages = _board(stem, language)
    texts = [page.extract_text() for page in pages]
    found = squeeze("".join(texts))
    expected = [
        cell
        for block in document.blocks
        if isinstance(block, Table)
        for row in block.rows
        for cell in row
    ]
    expected += [b.text for b in document.blocks if isinstance(b, Heading | Paragraph)]
    assert [text for text in expected if squeeze(text) not in found] == []
    assert 1 <= len(pages) <= 2
    first = squeeze(texts[0])
    headings = [b.text for b in document.blocks if isinstance(b, Heading)]
    assert all(squeeze(h) in first for h in headings[:4])  # O, G, S, M
    assert squeeze(next(b.text for b in document.blocks if isinstance(b, Paragraph))) in first
    if len(pages) == 2:  # set at the floor, and numbered so a reader turns over
        assert fitting_scale(document) == SMALLEST_LEGIBLE
        assert T("common.page", language, page=1, pages=2) in texts[0]
        assert T("common.page", language, page=2, pages=2) in texts[1]
