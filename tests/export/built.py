"""The documents the builders make for the bundled examples, built once per test run.

Building a report draws six charts; caching the outlines keeps the document and
Markdown tests fast.
"""

from __future__ import annotations

import datetime as dt
import functools
from pathlib import Path

import socialstrategy as ss
from socialstrategy.export import build
from socialstrategy.export.outline import (
    Bullets,
    Chart,
    Document,
    Finding,
    Heading,
    Pairs,
    Paragraph,
    Table,
)
from socialstrategy.i18n import Language
from tests.conftest import EXAMPLES, TEMPLATE

#: The day the tests score on (rules with dates are written against it).
TODAY = dt.date(2026, 11, 23)
EXAMPLE_IDS = [path.stem for path in EXAMPLES]
LANGUAGES: tuple[Language, ...] = ("nl", "en")


@functools.cache
def strategy(stem: str) -> ss.Strategy:
    """The bundled strategy *stem* (an example, or ``start-hier``, the blank template)."""
    path = TEMPLATE if stem == TEMPLATE.stem else Path(EXAMPLES[EXAMPLE_IDS.index(stem)])
    return ss.load(path)


@functools.cache
def document(stem: str, kind: str, language: Language) -> Document:
    """The outline of document *kind* for example *stem*, as of :data:`TODAY`."""
    return build(strategy(stem), kind, language=language, today=TODAY)


def strings(doc: Document) -> list[str]:
    """Every text a reader sees in *doc*, cover first, then block by block."""
    out = [doc.title, doc.subtitle, doc.organisation]
    out += [text for pair in doc.cover for text in pair]
    for block in doc.blocks:
        if isinstance(block, Heading | Paragraph):
            out.append(block.text)
        elif isinstance(block, Bullets):
            out += block.items
        elif isinstance(block, Pairs):
            out += [text for pair in block.items for text in pair]
        elif isinstance(block, Table):
            out += [*block.columns, *(cell for row in block.rows for cell in row)]
        elif isinstance(block, Finding):
            out += [block.label, block.text, block.fix]
        elif isinstance(block, Chart):
            out.append(block.title)
    return [text for text in out if text]


def text_of(doc: Document) -> str:
    """All of *doc*'s text as one string, for "is it in there" checks."""
    return "\n".join(strings(doc))


def headings(doc: Document, level: int | None = None) -> list[str]:
    return [
        b.text for b in doc.blocks if isinstance(b, Heading) and (level is None or b.level == level)
    ]


def section(doc: Document, heading: str) -> list[object]:
    """The blocks under *heading*, up to the next heading of the same or a higher level."""
    blocks = list(doc.blocks)
    start, level = next(
        (i, b.level) for i, b in enumerate(blocks) if isinstance(b, Heading) and b.text == heading
    )
    out: list[object] = []
    for block in blocks[start + 1 :]:
        if isinstance(block, Heading) and block.level <= level:
            break
        out.append(block)
    return out
