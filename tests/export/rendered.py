"""Rendered documents, made once per test run and shared by the renderer tests.

Two sources: the hand-made outlines of :mod:`tests.export.outlines` (every block type,
hostile text) and what the builders make for the bundled examples.
"""

from __future__ import annotations

import functools
import math
import re

import pypdf

from socialstrategy.export import DOCUMENTS, FORMATS
from socialstrategy.export.outline import Chart, Document, Heading
from socialstrategy.i18n import Language
from tests.export import built
from tests.export.outlines import OUTLINES

#: Every example in every document kind, in Dutch; the largest one in English too.
BUILDS: list[tuple[str, str, Language]] = [
    *((stem, kind, "nl") for stem in built.EXAMPLE_IDS for kind in DOCUMENTS),
    *(("ziekenhuis-amstelzicht", kind, "en") for kind in DOCUMENTS),
]
BUILD_IDS = [f"{stem}-{kind}-{language}" for stem, kind, language in BUILDS]


@functools.cache
def outline(name: str) -> Document:
    return OUTLINES[name]()


@functools.cache
def render(fmt: str, document: Document) -> bytes:
    """*document* rendered in *fmt* (documents are frozen, so they are cache keys)."""
    return FORMATS[fmt](document)


def sample(fmt: str, name: str) -> tuple[Document, bytes]:
    """A hand-made outline and its rendering."""
    document = outline(name)
    return document, render(fmt, document)


def example(fmt: str, stem: str, kind: str, language: Language) -> tuple[Document, bytes]:
    """What the builder makes of an example, and its rendering."""
    document = built.document(stem, kind, language)
    return document, render(fmt, document)


def squeeze(text: str) -> str:
    """*text* without any whitespace: line breaks fall anywhere in a rendering."""
    return re.sub(r"\s+", "", text)


def headings(document: Document) -> list[str]:
    return [block.text for block in document.blocks if isinstance(block, Heading)]


def charts(document: Document) -> list[Chart]:
    return [block for block in document.blocks if isinstance(block, Chart)]


def pdf_figures(reader: pypdf.PdfReader) -> list[str]:
    """The alternative text of every Figure in a PDF's structure tree, in order."""
    figures: list[str] = []

    def walk(node: object) -> None:
        node = node.get_object() if hasattr(node, "get_object") else node
        if isinstance(node, dict):
            if node.get("/S") == "/Figure":
                figures.append(str(node.get("/Alt", "")))
            walk(node.get("/K"))
        elif isinstance(node, list):
            for kid in node:
                walk(kid)

    walk(reader.trailer["/Root"]["/StructTreeRoot"])
    return figures


def printed_sizes(page: pypdf.PageObject) -> list[float]:
    """The printed size in points of every piece of text on *page*: the font size as
    set, times the scaling of the text matrix and of the page's transformation."""
    sizes: list[float] = []

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if text.strip():
            sizes.append(size * math.hypot(tm[0], tm[1]) * math.hypot(cm[0], cm[1]))

    page.extract_text(visitor_text=visit)
    return sizes
