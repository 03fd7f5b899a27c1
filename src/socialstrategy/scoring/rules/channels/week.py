"""The week a channel is watched, and the longest stretch nobody does."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Final

import attrs

from socialstrategy import fmt
from socialstrategy.i18n import Text
from socialstrategy.scoring.rules._checks import lacking

if TYPE_CHECKING:
    from socialstrategy.i18n import Language
    from socialstrategy.model import Moderation, Span


# --- the week a channel is watched --------------------------------------------------

_DAY: Final = 24 * 60
_WEEK: Final = 7 * _DAY
#: The promise clock rests at night: webcare that covers 08:00-22:00 counts as complete
#: (evenings, until 22:00, are where people go unanswered; DOMAIN.md figures).
NIGHT: Final = (dt.time(22, 0), dt.time(8, 0))
#: A small organisation answers on working days (Governance.small): its promise clock
#: runs Monday to Friday within these hours only.
WORKING_DAY: Final = (dt.time(8, 0), dt.time(18, 0))
_DAYS_NL: Final = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
_DAYS_EN: Final = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _minutes(time: dt.time) -> int:
    return time.hour * 60 + time.minute


@attrs.frozen
class Stretch:
    """A stretch of the week nobody watches, in minutes from Monday 00:00.

    ``end`` may pass the end of the week when the stretch runs on into next Monday.
    """

    start: int
    end: int

    @property
    def hours(self) -> float:
        """Clock hours a message sent at the start waits."""
        return (self.end - self.start) / 60

    @property
    def waking_hours(self) -> float:
        """The same wait with the nights (22:00-08:00) left out."""
        night_end, night_start = _minutes(NIGHT[1]), _minutes(NIGHT[0])
        awake = 0
        for day in range(self.start // _DAY, (self.end - 1) // _DAY + 1):
            lo = max(self.start, day * _DAY + night_end)
            hi = min(self.end, day * _DAY + night_start)
            awake += max(0, hi - lo)
        return awake / 60

    @property
    def working_hours(self) -> float:
        """The same wait counted on working days (Monday to Friday, 08:00-18:00) only:
        the clock of a small organisation's promise, 'op werkdagen binnen 24 uur'."""
        begin, finish = _minutes(WORKING_DAY[0]), _minutes(WORKING_DAY[1])
        working = 0
        for day in range(self.start // _DAY, (self.end - 1) // _DAY + 1):
            if day % 7 >= 5:
                continue
            lo = max(self.start, day * _DAY + begin)
            hi = min(self.end, day * _DAY + finish)
            working += max(0, hi - lo)
        return working / 60

    def moment(self, minute: int, language: Language) -> str:
        """'vrijdag 17:00' for a minute of the week."""
        days = _DAYS_NL if language == "nl" else _DAYS_EN
        minute %= _WEEK
        return f"{days[minute // _DAY]} {minute % _DAY // 60:02d}:{minute % 60:02d}"


def _watched(moderation: Moderation) -> list[tuple[int, int]]:
    """The watched windows of one week, merged and in order."""
    daily: list[tuple[range, Span | None]] = [
        (range(5), moderation.weekdays),
        (range(5), moderation.evenings),
        (range(5, 7), moderation.weekends),
    ]
    windows = sorted(
        (day * _DAY + _minutes(span.start), day * _DAY + _minutes(span.end))
        for days, span in daily
        if span is not None
        for day in days
    )
    merged: list[tuple[int, int]] = []
    for start, end in windows:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def longest_unwatched_stretch(moderation: Moderation) -> Stretch | None:
    """The stretch of a week in which a message waits longest for anyone to see it.

    Weekday daytime and evenings count Monday to Friday, the weekend span Saturday and
    Sunday; a missing span is a time nobody watches. "Longest" is measured without the
    nights, so a plan that covers 08:00-22:00 every day keeps any promise; ties go to
    the longer clock wait, then to the earlier in the week. ``None`` when nobody ever
    watches (a separate finding).
    """
    watched = _watched(moderation)
    if not watched:
        return None
    # Each gap runs from the end of one window to the start of the next; the last
    # runs on into next week's first window. Spans end before midnight, so there is
    # always at least one gap.
    resumes = [start for start, _ in watched[1:]] + [watched[0][0] + _WEEK]
    gaps = [
        Stretch(start=stops, end=resumes_at)
        for (_, stops), resumes_at in zip(watched, resumes, strict=True)
        if resumes_at > stops
    ]
    return max(gaps, key=lambda g: (g.waking_hours, g.hours))


def _quoted(names: list[str]) -> tuple[str, str]:
    """Names in quotes, listed in both languages."""
    quoted = [f"'{name}'" for name in names]
    return fmt.items(quoted, "nl"), fmt.items(quoted, "en")


def _unwatched(moderation: Moderation) -> tuple[str, str]:
    """Which parts of the week nobody watches, as a clause in both languages."""
    parts = lacking(
        (Text("overdag", "during the day"), moderation.weekdays is not None),
        (Text("'s avonds", "in the evening"), moderation.evenings is not None),
        (Text("in het weekend", "at the weekend"), moderation.weekends is not None),
    )
    if not parts:
        return ("tussen de bezettingstijden kijkt niemand", "nobody watches between the hours set")
    unwatched = fmt.listed(parts, either=("en",))
    return (f"{unwatched.nl} kijkt niemand", f"nobody watches {unwatched.en}")
