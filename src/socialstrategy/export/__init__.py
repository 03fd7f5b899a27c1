"""Exports: ``export(strategy, fmt, language=..., document=...) -> bytes``.

Two registries of callables (:mod:`socialstrategy.export.registry`), each entry one
module behind the same protocol, so a new format or a new document is one module:

- documents (``(strategy, report, language, today) -> Document``): ``report`` the
  full report, ``board`` the one-page board pack, ``guideline`` the employee social media
  guideline, ``pocket`` the crisis pocket card, ``drills`` the crisis drill cards,
  ``consent`` the consent register for the privacy officer;
- formats (``(document) -> bytes``): ``md``, ``html``, ``pdf``, ``docx``.

``json`` is the strategy itself (the same data as the TOML file, loadable again), not a
rendered document. ``csv`` is a table, not a document: only the documents in
``TABLES`` have one (the consent register, one row per record). ``ics`` (the plan's
dates as a calendar) and ``xlsx`` (the action plan as a workbook) are files of the whole
plan, in ``PLAN_FILES``: they take no document kind.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Final

from socialstrategy.errors import SocialStrategyError
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
from socialstrategy.extras import require
from socialstrategy.files.jsonfile import dumps_json
from socialstrategy.i18n import DEFAULT_LANGUAGE, Language
from socialstrategy.scoring import score
from socialstrategy.scoring.trend import History

if TYPE_CHECKING:
    from socialstrategy.export.outline import Document
    from socialstrategy.model import Strategy

#: File extension and media type per format, for downloads and the CLI.
MEDIA: Final[dict[str, tuple[str, str]]] = {
    "md": ("md", "text/markdown"),
    "html": ("html", "text/html"),
    "pdf": ("pdf", "application/pdf"),
    "docx": (
        "docx",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ),
    "json": ("json", "application/json"),
    "csv": ("csv", "text/csv"),
    "ics": ("ics", "text/calendar"),
    "xlsx": ("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
}


class UnknownExportError(SocialStrategyError, ValueError):
    """A format or document kind that is not in the registries."""


def formats(document: str) -> tuple[str, ...]:
    """The formats *document* can be exported in (``csv`` only for a table; the plan
    files of :data:`PLAN_FILES` are no format of a document)."""
    return tuple(
        fmt for fmt in MEDIA if fmt not in PLAN_FILES and (fmt != "csv" or document in TABLES)
    )


def build(
    strategy: Strategy,
    document: str = "report",
    *,
    language: Language = DEFAULT_LANGUAGE,
    today: dt.date | None = None,
    history: History | None = None,
) -> Document:
    """The outline of *document* for *strategy*; *history* is what its saved revisions
    tell (the score trend, the adopted revision), where a store keeps them."""
    if document not in DOCUMENTS:
        raise UnknownExportError(f"unknown document {document!r}; choose from {list(DOCUMENTS)}")
    require("export")
    day = today or dt.date.today()
    past = history or History()
    return DOCUMENTS[document](strategy, score(strategy, today=day), language, day, past)


def export(
    strategy: Strategy,
    fmt: str,
    *,
    language: Language = DEFAULT_LANGUAGE,
    document: str = "report",
    today: dt.date | None = None,
    history: History | None = None,
) -> bytes:
    """*strategy* as *document* in format *fmt*, as bytes ready to write or download
    (a plan file, ``ics`` or ``xlsx``, whatever *document*). Every format but ``json``
    needs ``socialstrategy[export]`` (:class:`~socialstrategy.errors.MissingExtraError`)."""
    if fmt == "json":
        return dumps_json(strategy).encode("utf-8")
    require("export")  # every other format: a clear MissingExtraError, not an ImportError
    if fmt == "csv":
        if document not in TABLES:
            raise UnknownExportError(f"csv is only for {sorted(TABLES)}, not {document!r}")
        day = today or dt.date.today()
        return TABLES[document](strategy, score(strategy, today=day), language, day)
    if fmt in PLAN_FILES:
        day = today or dt.date.today()
        return PLAN_FILES[fmt](strategy, score(strategy, today=day), language, day)
    if fmt not in FORMATS:
        raise UnknownExportError(f"unknown format {fmt!r}; choose from {list(MEDIA)}")
    outline = build(strategy, document, language=language, today=today, history=history)
    return FORMATS[fmt](outline)


__all__ = [
    "DOCUMENTS",
    "FORMATS",
    "MEDIA",
    "PLAN_FILES",
    "TABLES",
    "DocumentBuilder",
    "PlanWriter",
    "Renderer",
    "TableWriter",
    "UnknownExportError",
    "build",
    "export",
    "formats",
]
