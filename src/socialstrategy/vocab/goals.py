"""Words that say what an indicator measures: attention counts, percentages, marks.

Indicators are written freely ("Volgers op Instagram", unit "volgers"), so rules
recognise them by these words, in both languages: a Dutch plan often counts "likes"
and "views" too. Whole words match; the Dutch compounds listed also match as the end of
a word ("paginavolgers", "totaalbereik").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from socialstrategy.i18n import Language

#: Counts of attention on social media: they say how visible the organisation is, not
#: whether care gets better (vanity metrics).
VANITY_WORDS: Final[dict[Language, tuple[str, ...]]] = {
    "nl": (
        "volgers",
        "volger",
        "likes",
        "vind-ik-leuks",
        "bereik",
        "weergaven",
        "vertoningen",
        "impressies",
        "fans",
        "abonnees",
        "views",
        "shares",
        "hartjes",
    ),
    "en": (
        "followers",
        "follower",
        "likes",
        "reach",
        "views",
        "impressions",
        "fans",
        "subscribers",
        "shares",
        "retweets",
    ),
}
#: Dutch compounds end in the word they count: "Instagramvolgers" are followers.
VANITY_ENDINGS: Final[tuple[str, ...]] = (
    "volgers",
    "bereik",
    "weergaven",
    "vertoningen",
    "impressies",
)

#: Units that make a figure a percentage (0 to 100).
PERCENT_UNITS: Final[dict[Language, tuple[str, ...]]] = {
    "nl": ("%", "procent", "percentage"),
    "en": ("%", "percent", "per cent", "percentage"),
}
#: Units that make a figure a mark on the Dutch 1-10 scale.
MARK_UNITS: Final[dict[Language, tuple[str, ...]]] = {
    "nl": ("cijfer", "rapportcijfer"),
    "en": ("mark", "grade"),
}

_WORD: Final = re.compile(r"\w+(?:-\w+)*")


def _words(text: str) -> set[str]:
    """The words of *text*, lower case; a hyphenated word also as its parts."""
    found: set[str] = set()
    for word in _WORD.findall(text.lower()):
        found.add(word)
        found.update(word.split("-"))
    return found


def _any_word(text: str, lists: dict[Language, tuple[str, ...]]) -> bool:
    words = _words(text)
    wanted = {w for terms in lists.values() for w in terms}
    return bool(words & wanted) or any(w in text.lower() for w in wanted if not w.isalnum())


def is_vanity(text: str) -> bool:
    """Whether *text* (an indicator's KPI or unit) counts attention: followers, likes,
    reach, views, impressions."""
    words = _words(text)
    if words & {w for terms in VANITY_WORDS.values() for w in terms}:
        return True
    return any(w.endswith(ending) for w in words for ending in VANITY_ENDINGS)


def is_percent(unit: str) -> bool:
    """Whether *unit* makes a figure a percentage."""
    return _any_word(unit, PERCENT_UNITS)


def is_mark(unit: str) -> bool:
    """Whether *unit* makes a figure a mark from 1 to 10."""
    return _any_word(unit, MARK_UNITS)
