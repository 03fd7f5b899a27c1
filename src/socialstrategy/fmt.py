"""Numbers, dates, lists and plurals the way a Dutch or English reader writes them.

The one place the library and the planner format and read them, through Babel's
locale data (``nl_NL``, ``en_GB``): ``1.500.000`` and ``6,4`` in Dutch, ``1,500,000``
and ``6.4`` in English. Reading is strict: text that could mean two numbers (``6.4``
on a Dutch screen) is refused with a suggestion, never guessed, and a date whose year
cannot be meant (``0027``, ``20207``) is refused before it is stored.
"""

from __future__ import annotations

import datetime as dt
import decimal
import re
from typing import TYPE_CHECKING, Final

from babel.core import Locale
from babel.dates import format_date, get_day_names, get_month_names
from babel.lists import format_list
from babel.numbers import NumberFormatError, format_decimal, parse_decimal

from socialstrategy.i18n import DEFAULT_LANGUAGE, LANGUAGES, Language, Text

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence
    from decimal import Decimal

LOCALES: Final[dict[Language, str]] = {"nl": "nl_NL", "en": "en_GB"}
#: The earliest year a date in a plan can mean; earlier is a typo (``0027`` for 2027).
FIRST_YEAR: Final = 1900
#: How far ahead a date in a plan can mean; further is a typo (``2207`` for 2027).
YEARS_AHEAD: Final = 25


class UnreadableError(ValueError):
    """Text a manager typed that is not a number or date; :attr:`text` says so in both
    languages."""

    def __init__(self, typed: str, text: Text) -> None:
        super().__init__(f"{typed!r}: {text.en}")
        self.typed = typed
        self.text = text


# Writing ------------------------------------------------------------------------------


def number(value: float, language: Language = DEFAULT_LANGUAGE, *, digits: int = 2) -> str:
    """``1.500.000``, ``6,4``, ``7`` in Dutch; ``1,500,000``, ``6.4``, ``7`` in English.

    At most *digits* decimals, and no trailing zeros.
    """
    pattern = "#,##0" + ("." + "#" * digits if digits else "")
    # Enough precision for any float (1e26 has more digits than decimal's default 28).
    with decimal.localcontext() as context:
        context.prec = 400
        return format_decimal(value, format=pattern, locale=LOCALES[language])


def date(day: dt.date, language: Language = DEFAULT_LANGUAGE) -> str:
    """The short form: ``20-02-2027`` in Dutch, ``20/02/2027`` in English."""
    return format_date(day, "dd-MM-y" if language == "nl" else "dd/MM/y", locale=LOCALES[language])


def long_date(day: dt.date, language: Language = DEFAULT_LANGUAGE) -> str:
    """A date as written in running text: ``20 februari 2027`` or ``20 February 2027``."""
    return format_date(day, "d MMMM y", locale=LOCALES[language])


def medium_date(day: dt.date, language: Language = DEFAULT_LANGUAGE) -> str:
    """For tables: ``20 feb 2027`` or ``20 Feb 2027``."""
    return format_date(day, "d MMM y", locale=LOCALES[language])


def duration(hours: float, language: Language = DEFAULT_LANGUAGE) -> str:
    """A span of time the way a care plan says it: ``30 minuten``, ``1 uur``, ``1,5 uur``,
    ``72 uur`` (``30 minutes``, ``1 hour``, ``1.5 hours``). Under an hour in whole
    minutes; from an hour on in hours, at most one decimal: one unit per size, so a
    reader never sees ``0,5 uur`` beside ``30 minuten``."""
    if 0 < hours < 1:
        minutes = max(1, round(hours * 60))
        unit = _MINUTE if minutes == 1 else _MINUTES
        return unit.get(language).format(n=number(minutes, language))
    unit = _HOUR if hours == 1 else _HOURS
    return unit.get(language).format(n=number(hours, language, digits=1))


_MINUTE: Final = Text("{n} minuut", "{n} minute")
_MINUTES: Final = Text("{n} minuten", "{n} minutes")
_HOUR: Final = Text("{n} uur", "{n} hour")
_HOURS: Final = Text("{n} uur", "{n} hours")


def month_names(language: Language = DEFAULT_LANGUAGE, *, short: bool = False) -> list[str]:
    """January to December; *short*: three letters (``mrt``, ``Sep``), as chart axes
    write them."""
    names = get_month_names("abbreviated" if short else "wide", locale=LOCALES[language])
    return [names[month][:3] if short else names[month] for month in range(1, 13)]


def day_names(language: Language = DEFAULT_LANGUAGE, *, short: bool = False) -> list[str]:
    """Sunday to Saturday (the order charts want); *short*: ``zo``, ``Sun``."""
    names = get_day_names("abbreviated" if short else "wide", locale=LOCALES[language])
    return [names[(day + 6) % 7] for day in range(7)]


def items(
    values: Sequence[str], language: Language = DEFAULT_LANGUAGE, *, either: bool = False
) -> str:
    """``a, b en c`` or ``a, b and c`` (*either*: ``a, b of c``, ``a, b or c``); empty
    for no values."""
    if not values:
        return ""
    return format_list(list(values), style="or" if either else "standard", locale=LOCALES[language])


def both(render: Callable[..., str], *args: object, **kwargs: object) -> Text:
    """What ``render(*args, language, **kwargs)`` writes in each language, as one
    :class:`Text`: ``both(number, 1.5)`` is ``1,5`` and ``1.5``."""
    return Text(*(render(*args, language, **kwargs) for language in LANGUAGES))


def listed(texts: Sequence[Text], *, either: Sequence[Language] = ()) -> Text:
    """*texts* listed in each language: ``a, b en c`` and ``a, b and c``; with ``or`` in
    the languages named in *either* (``geen eigenaar en reactietijd``, ``no owner or
    response time``)."""
    return Text(
        *(
            items([text.get(language) for text in texts], language, either=language in either)
            for language in LANGUAGES
        )
    )


def capital(text: str) -> str:
    """*text* with its first letter a capital: ``cliënten`` becomes ``Cliënten``."""
    return text[:1].upper() + text[1:]


def lower_first(text: str) -> str:
    """*text* with a small first letter where it is an ordinary word (``Datalek``
    becomes ``datalek``, ``A calamity`` ``a calamity``), for a label inside a sentence;
    an abbreviation or a name with capitals inside (``OR``, ``WhatsApp``) keeps its own."""
    first = text.split(" ", 1)[0]
    if any(letter.isupper() for letter in first[1:]):
        return text
    return text[:1].lower() + text[1:]


def shortened(text: str, limit: int) -> str:
    """*text* whole when it has at most *limit* characters, else up to the last whole
    word that fits, with an ellipsis: never cut inside a word."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    kept = ""
    for word in text.split(" "):
        longer = f"{kept} {word}" if kept else word
        if len(longer) > limit - 1:
            break
        kept = longer
    return (kept or text[: limit - 1]).rstrip(" ,.;:") + "…"


def years_later(day: dt.date, years: int) -> dt.date:
    """The same day *years* later (earlier when negative); 28 February for 29 February."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February in a year that has none
        return day.replace(year=day.year + years, day=28)


def plural(count: int, one: str, other: str, language: Language = DEFAULT_LANGUAGE) -> str:
    """*one* or *other* by the language's plural rule for *count*, ``{n}`` filled in."""
    form = Locale.parse(LOCALES[language]).plural_form(count)
    return (one if form == "one" else other).format(n=number(count, language))


# Reading ------------------------------------------------------------------------------


def parse_number(typed: str, language: Language = DEFAULT_LANGUAGE) -> float | None:
    """The number in *typed* (``6,4``, ``1.500`` in Dutch), None when it is empty.

    Raises :class:`UnreadableError` for anything else, with a suggestion where Babel has one
    (``6.4`` on a Dutch screen: ``6,4``, or ``64``?).
    """
    cleaned = typed.strip().replace("\u00a0", "").replace(" ", "")
    if not cleaned:
        return None
    try:
        value: Decimal = parse_decimal(cleaned, locale=LOCALES[language], strict=True)
    except NumberFormatError as exc:
        if exc.suggestions:
            # Babel suggests in the locale's own writing; show them the same way.
            shown = [
                number(float(parse_decimal(s, LOCALES[language])), language, digits=6)
                for s in exc.suggestions
            ]
            raise UnreadableError(
                typed,
                Text(
                    f"‘{typed}’ is geen getal zoals het in het Nederlands geschreven wordt; "
                    f"bedoel je {' of '.join(reversed(shown))}?",
                    f"‘{typed}’ is not a number as English writes it; "
                    f"did you mean {' or '.join(reversed(shown))}?",
                ),
            ) from None
        raise UnreadableError(
            typed,
            Text(
                f"‘{typed}’ is geen getal; schrijf bijvoorbeeld 6,4 of 1.500.",
                f"‘{typed}’ is not a number; write for instance 6.4 or 1,500.",
            ),
        ) from None
    if not value.is_finite():
        raise UnreadableError(
            typed, Text(f"‘{typed}’ is geen getal.", f"‘{typed}’ is not a number.")
        )
    return float(value)


_DAY_FIRST: Final = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d+)")
_ISO: Final = re.compile(r"(\d+)-(\d{1,2})-(\d{1,2})")


def parse_date(
    typed: str, language: Language = DEFAULT_LANGUAGE, *, today: dt.date | None = None
) -> dt.date | None:
    """The date in *typed*, day first (``31-12-2027``, ``31/12/2027``) or ISO
    (``2027-12-31``); None when it is empty. The year is written in full.

    Raises :class:`UnreadableError` for anything else, and for a date no plan can mean
    (see :func:`check_date`).
    """
    cleaned = typed.strip()
    if not cleaned:
        return None
    if match := _DAY_FIRST.fullmatch(cleaned):
        day_, month, year = (int(part) for part in match.groups())
    elif match := _ISO.fullmatch(cleaned):
        year, month, day_ = (int(part) for part in match.groups())
    else:
        raise UnreadableError(
            typed,
            Text(
                f"‘{typed}’ is geen datum; schrijf dag-maand-jaar, bijvoorbeeld 31-12-2027.",
                f"‘{typed}’ is not a date; write day/month/year, for instance 31/12/2027.",
            ),
        )
    if not earliest().year <= year <= latest(today).year:
        # 20207 is no year dt.date knows: the same typo as 0027, said the same way.
        check_date(dt.date(max(min(year, dt.MAXYEAR), dt.MINYEAR), 1, 1), today=today, typed=typed)
    try:
        day = dt.date(year, month, day_)
    except ValueError:
        raise UnreadableError(
            typed,
            Text(f"‘{typed}’ bestaat niet als datum.", f"‘{typed}’ is not a date that exists."),
        ) from None
    check_date(day, today=today, typed=typed)
    return day


def plausible(day: dt.date, *, today: dt.date | None = None) -> bool:
    """Whether a plan can mean *day*: from 1900 up to 25 years ahead."""
    return earliest() <= day <= latest(today)


def earliest() -> dt.date:
    return dt.date(FIRST_YEAR, 1, 1)


def latest(today: dt.date | None = None) -> dt.date:
    """The last day a plan can mean: :data:`YEARS_AHEAD` years from *today*."""
    today = today or dt.date.today()
    return dt.date(today.year + YEARS_AHEAD, 12, 31)


def check_date(day: dt.date, *, today: dt.date | None = None, typed: str | None = None) -> None:
    """Raise :class:`UnreadableError` when no plan can mean *day*: a typo such as ``0027``."""
    if plausible(day, today=today):
        return
    shown = typed or day.isoformat()
    last = latest(today).year
    raise UnreadableError(
        shown,
        Text(
            f"‘{shown}’ kan geen datum in dit plan zijn: het jaar ligt niet tussen "
            f"{FIRST_YEAR} en {last}. Een tikfout? Schrijf bijvoorbeeld 31-12-2027.",
            f"‘{shown}’ cannot be a date in this plan: its year is not between "
            f"{FIRST_YEAR} and {last}. A typo? Write for instance 31/12/2027.",
        ),
    )
