"""Who wrote the strategy, which revision it is, and when it is reviewed."""

from __future__ import annotations

import datetime as dt

import attrs

from socialstrategy.i18n import Language
from socialstrategy.model._fields import count, day, doc, line


@attrs.frozen(kw_only=True)
class Meta:
    """The strategy document itself."""

    title: str = line("Title of the strategy document.")
    author: str = line("Who wrote or owns the document.")
    revision: int = count("Revision number, raised on every adopted change.", minimum=1, default=1)
    language: Language = doc("Language the content is written in.", default="nl")
    last_reviewed: dt.date | None = day("When the strategy was last reviewed.")
    next_review: dt.date | None = day("When the strategy is reviewed next.")
