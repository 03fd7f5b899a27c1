"""Two people's changes to one plan, combined from the version both started from.

:func:`merge` takes the base and both changed versions; changes to different fields are
combined, and only the same field changed differently on both sides is a
:class:`Clash`, named and shown in words for the manager to choose (:func:`resolve`).
"""

from socialstrategy.model.merge.fields import FIELD_WORDS, field_words
from socialstrategy.model.merge.three_way import (
    SIDES,
    Change,
    Clash,
    Merged,
    Side,
    merge,
    resolve,
)

__all__ = [
    "FIELD_WORDS",
    "SIDES",
    "Change",
    "Clash",
    "Merged",
    "Side",
    "field_words",
    "merge",
    "resolve",
]
