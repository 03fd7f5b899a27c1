"""The document's properties (Word's File > Info): title, subject, author, language."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Final

from socialstrategy.export.docx._styles import LOCALES

if TYPE_CHECKING:
    from docx.document import Document as WordDocument

    from socialstrategy.export.outline import Document

#: Word's core properties hold at most 255 characters (python-docx refuses more).
PROPERTY_LIMIT: Final = 255


def _property(text: str) -> str:
    """*text* on one line, cut to fit a core property, with an ellipsis when cut."""
    line = " ".join(text.split())
    if len(line) <= PROPERTY_LIMIT:
        return line
    return line[: PROPERTY_LIMIT - 1].rstrip() + "…"


def properties(word: WordDocument, document: Document) -> None:
    """Title, subject, author (the organisation), language, dates: Word's File > Info.

    A title or name longer than a property holds is cut there; the document itself
    shows it whole."""
    moment = dt.datetime.combine(document.date, dt.time(), tzinfo=dt.timezone.utc)
    props = word.core_properties
    props.title = _property(document.title)
    props.subject = _property(document.subtitle)
    props.author = _property(document.organisation)
    props.last_modified_by = _property(document.organisation)
    props.language = LOCALES[document.language]
    props.comments = ""
    props.keywords = ""
    props.category = document.kind
    props.created = moment
    props.modified = moment
    props.revision = 1


__all__ = ["PROPERTY_LIMIT", "properties"]
