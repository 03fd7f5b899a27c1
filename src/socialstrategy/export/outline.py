"""The format-neutral outline every exporter renders.

A document is a title block and a sequence of blocks; builders (one per document kind:
the full report, the board pack, the employee guideline, the crisis pocket card) turn a
strategy and its score into an outline, and renderers (one per format) turn any outline
into bytes. So a new format is one renderer, and a new document one builder.

All text in an outline is plain text as the user typed it: renderers escape it for
their format (HTML, Markdown), never the builders.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

import attrs

from socialstrategy.i18n import Language


@attrs.frozen
class Heading:
    text: str
    #: 1 for a chapter, 2 for a section, 3 for a subsection.
    level: int = 1


@attrs.frozen
class Paragraph:
    text: str
    style: Literal["body", "lead", "note"] = "body"


@attrs.frozen
class Bullets:
    items: tuple[str, ...]


@attrs.frozen
class Pairs:
    """Label and value lines, e.g. owner and review date of a guideline."""

    items: tuple[tuple[str, str], ...]


@attrs.frozen
class Table:
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    #: Relative column widths (they need not add up to anything); None: equal.
    widths: tuple[float, ...] | None = None


@attrs.frozen
class Finding:
    """A point to improve, with how serious it is and what to do."""

    level: Literal["error", "warning", "advice"]
    label: str
    text: str
    fix: str


@attrs.frozen
class Chart:
    """A Vega-Lite spec from :mod:`socialstrategy.charts`, rendered statically."""

    spec: dict[str, Any] = attrs.field(eq=False, hash=False)
    title: str
    #: Width on a printed A4 page, in centimetres.
    width_cm: float = 15.0


@attrs.frozen
class PageBreak:
    pass


Block = Heading | Paragraph | Bullets | Pairs | Table | Finding | Chart | PageBreak


@attrs.frozen(kw_only=True)
class Document:
    """A whole document: what the cover shows, then the blocks in order."""

    kind: str
    language: Language
    title: str
    subtitle: str = ""
    organisation: str = ""
    #: Cover lines such as revision and date.
    cover: tuple[tuple[str, str], ...] = ()
    date: dt.date
    blocks: tuple[Block, ...] = ()
    #: Fits on one page (board pack, pocket card): renderers keep it compact.
    one_page: bool = False
    #: A table of contents after the cover: the chapters with their page numbers (PDF),
    #: a field Word fills in (Word). For a document long enough to look things up in.
    contents: bool = False
    #: A one-page document that may go on to the back of the sheet rather than be set
    #: too small to read (the pocket card, printed on both sides).
    two_sided: bool = False
    #: A short document of a few pages (the progress report): no cover page of its own
    #: but the title band of a one-page document, and chapters run on rather than start
    #: a new page, at the full type size.
    short: bool = False
    #: A one-page document never set below the legible floor (no text under 7 pt): what
    #: does not fit one page at that size flows on to a next page (the board pack: read
    #: at a glance, on a second page when it must be).
    flows: bool = False


def next_chart(blocks: tuple[Block, ...], start: int) -> int:
    """Where the first chart from *start* on stands in *blocks* (their length when none):
    a narrow chart has what follows it set beside it, up to there."""
    return next((i for i in range(start, len(blocks)) if isinstance(blocks[i], Chart)), len(blocks))
