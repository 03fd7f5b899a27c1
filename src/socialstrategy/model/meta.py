"""Who wrote the strategy, which revision it is, and when it is reviewed."""

from __future__ import annotations

import datetime as dt

import attrs

from socialstrategy.i18n import Language, Text
from socialstrategy.model._fields import FieldError, doc, text


def _at_least_one(_: object, attribute: attrs.Attribute[int], value: int) -> None:
    if value < 1:
        raise FieldError(attribute.name, Text(nl="begint bij 1", en="starts at 1"))


@attrs.frozen(kw_only=True)
class Meta:
    """The strategy document itself."""

    title: str = text("Title of the strategy document.")
    author: str = text("Who wrote or owns the document.")
    revision: int = doc(
        "Revision number, raised on every adopted change.", default=1, validator=_at_least_one
    )
    language: Language = doc("Language the content is written in.", default="nl")
    last_reviewed: dt.date | None = doc("When the strategy was last reviewed.", default=None)
    next_review: dt.date | None = doc("When the strategy is reviewed next.", default=None)
