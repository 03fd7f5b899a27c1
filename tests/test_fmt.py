"""Numbers, dates, lists and plurals written and read the Dutch or English way."""

from __future__ import annotations

import datetime as dt

import pytest

from socialstrategy import fmt
from socialstrategy.i18n import Language, Text

TODAY = dt.date(2026, 11, 23)


@pytest.mark.parametrize(
    ("value", "nl", "en"),
    [
        (1_500_000, "1.500.000", "1,500,000"),
        (1200, "1.200", "1,200"),
        (6.4, "6,4", "6.4"),
        (7.0, "7", "7"),
        (0.126, "0,13", "0.13"),
        (-3, "-3", "-3"),
    ],
)
def test_numbers_are_written_the_readers_way(value: float, nl: str, en: str) -> None:
    assert (fmt.number(value, "nl"), fmt.number(value, "en")) == (nl, en)


def test_more_decimals_when_asked() -> None:
    assert fmt.number(0.125, "nl", digits=6) == "0,125"


@pytest.mark.parametrize(
    ("typed", "language", "expected"),
    [
        ("6,4", "nl", 6.4),
        ("6.4", "en", 6.4),
        ("1.500", "nl", 1500.0),
        ("1.500.000", "nl", 1_500_000.0),
        ("1,500", "en", 1500.0),
        (" 12 ", "nl", 12.0),
        ("1 500", "nl", 1500.0),
        ("-0,5", "nl", -0.5),
        ("", "nl", None),
        ("   ", "en", None),
    ],
)
def test_numbers_are_read_the_managers_way(
    typed: str, language: Language, expected: float | None
) -> None:
    assert fmt.parse_number(typed, language) == expected


def test_a_number_that_could_mean_two_is_refused_with_both_suggested() -> None:
    """``6.4`` on a Dutch screen: 6,4 or 64? Not guessed; asked."""
    with pytest.raises(fmt.UnreadableError) as caught:
        fmt.parse_number("6.4", "nl")
    assert caught.value.text.nl == (
        "‘6.4’ is geen getal zoals het in het Nederlands geschreven wordt; bedoel je 6,4 of 64?"
    )
    with pytest.raises(fmt.UnreadableError) as caught:
        fmt.parse_number("6,4", "en")
    assert "did you mean 6.4 or 64?" in caught.value.text.en


@pytest.mark.parametrize("typed", ["zes", "6,4 uur", "∞", "nan"])
def test_text_that_is_no_number_is_refused(typed: str) -> None:
    with pytest.raises(fmt.UnreadableError) as caught:
        fmt.parse_number(typed, "nl")
    assert caught.value.text.nl.startswith(f"‘{typed}’ is geen getal")


def test_dates_are_written_the_readers_way() -> None:
    day = dt.date(2027, 2, 20)
    assert fmt.date(day, "nl") == "20-02-2027"
    assert fmt.date(day, "en") == "20/02/2027"
    assert fmt.long_date(day, "nl") == "20 februari 2027"
    assert fmt.long_date(day, "en") == "20 February 2027"
    assert fmt.medium_date(day, "en") == "20 Feb 2027"


@pytest.mark.parametrize(
    "typed", ["31-12-2027", "31/12/2027", "31.12.2027", "2027-12-31", " 31-12-2027 "]
)
def test_dates_are_read_day_first_or_iso(typed: str) -> None:
    assert fmt.parse_date(typed, "nl", today=TODAY) == dt.date(2027, 12, 31)


@pytest.mark.parametrize(
    ("typed", "says"),
    [
        ("31-12-0027", "kan geen datum in dit plan zijn"),  # the year typed short
        ("0027-11-22", "kan geen datum in dit plan zijn"),
        ("31-12-20207", "kan geen datum in dit plan zijn"),  # a digit too many
        ("31-12-1899", "kan geen datum in dit plan zijn"),
        ("31-02-2027", "bestaat niet als datum"),
        ("morgen", "is geen datum"),
    ],
)
def test_a_date_no_plan_can_mean_is_refused(typed: str, says: str) -> None:
    with pytest.raises(fmt.UnreadableError) as caught:
        fmt.parse_date(typed, "nl", today=TODAY)
    assert says in caught.value.text.nl


def test_the_plans_horizon_runs_from_1900_to_25_years_ahead() -> None:
    assert fmt.plausible(dt.date(1900, 1, 1), today=TODAY)
    assert fmt.plausible(dt.date(2051, 12, 31), today=TODAY)
    assert not fmt.plausible(dt.date(2052, 1, 1), today=TODAY)
    assert not fmt.plausible(dt.date(1899, 12, 31), today=TODAY)
    assert fmt.parse_date("", "nl") is None


def test_lists_and_plurals_in_both_languages() -> None:
    assert fmt.items(["a", "b", "c"], "nl") == "a, b en c"
    assert fmt.items(["a", "b", "c"], "en") == "a, b and c"
    assert fmt.items([], "nl") == ""
    assert fmt.plural(1, "{n} actie", "{n} acties", "nl") == "1 actie"
    assert fmt.plural(1500, "{n} actie", "{n} acties", "nl") == "1.500 acties"
    assert fmt.plural(2, "{n} action", "{n} actions", "en") == "2 actions"


def test_either_lists_join_with_or() -> None:
    """A list of alternatives reads 'of' in Dutch and 'or' in English; one item alone."""
    assert fmt.items(["a", "b", "c"], "nl", either=True) == "a, b of c"
    assert fmt.items(["a", "b"], "en", either=True) == "a or b"
    assert fmt.items(["a"], "en", either=True) == "a"


def test_years_later_keeps_the_day_and_moves_29_february_to_the_28th() -> None:
    assert fmt.years_later(dt.date(2026, 12, 5), 1) == dt.date(2027, 12, 5)
    assert fmt.years_later(dt.date(2028, 2, 29), 1) == dt.date(2029, 2, 28)
    assert fmt.years_later(dt.date(2028, 2, 29), -1) == dt.date(2027, 2, 28)
    assert fmt.years_later(dt.date(2028, 2, 29), 4) == dt.date(2032, 2, 29)


def test_capital_raises_only_the_first_letter() -> None:
    assert fmt.capital("cliënten van de Linde") == "Cliënten van de Linde"
    assert fmt.capital("") == ""


def test_month_and_day_names_in_both_languages() -> None:
    """Charts take their names from here: Sunday first, short months in three letters."""
    assert fmt.month_names("nl")[2] == "maart"
    assert fmt.month_names("nl", short=True)[2] == "mrt"
    assert fmt.month_names("en", short=True)[8] == "Sep"
    assert fmt.day_names("nl") == [
        "zondag",
        "maandag",
        "dinsdag",
        "woensdag",
        "donderdag",
        "vrijdag",
        "zaterdag",
    ]
    assert fmt.day_names("en", short=True)[:2] == ["Sun", "Mon"]


def test_a_huge_number_is_written_not_refused() -> None:
    """A typo of 1e26 in a target is written out (the rules then say it is off scale)."""
    assert fmt.number(1e26, "nl") == "100.000.000.000.000.000.000.000.000"


def test_both_writes_a_value_in_each_language_for_a_message() -> None:
    """Rules hand one Text to a message instead of a Dutch and an English value."""
    assert fmt.both(fmt.number, 1.5) == Text("1,5", "1.5")
    assert fmt.both(fmt.number, 1.25, digits=1) == Text("1,2", "1.2")
    assert fmt.both(fmt.long_date, dt.date(2026, 2, 1)) == Text(
        "1 februari 2026", "1 February 2026"
    )


@pytest.mark.parametrize(
    ("hours", "nl", "en"),
    [
        (0.25, "15 minuten", "15 minutes"),
        (0.5, "30 minuten", "30 minutes"),
        (1 / 60, "1 minuut", "1 minute"),
        (1, "1 uur", "1 hour"),
        (1.5, "1,5 uur", "1.5 hours"),
        (72, "72 uur", "72 hours"),
    ],
)
def test_duration_has_one_unit_per_size(hours: float, nl: str, en: str) -> None:
    """Under an hour in minutes, from an hour on in hours: never '0,5 uur'."""
    assert (fmt.duration(hours, "nl"), fmt.duration(hours, "en")) == (nl, en)


@pytest.mark.parametrize(
    ("label", "inside"),
    [
        ("Datalek", "datalek"),
        ("A calamity in care", "a calamity in care"),
        ("OR bespreekt", "OR bespreekt"),
        ("WhatsApp-groepen", "WhatsApp-groepen"),
        ("", ""),
    ],
)
def test_a_label_inside_a_sentence_starts_small_unless_it_is_a_name(
    label: str, inside: str
) -> None:
    assert fmt.lower_first(label) == inside


def test_a_long_name_is_shortened_at_a_word() -> None:
    """Never cut inside a word; an ellipsis says that more followed."""
    text = "Een medewerker plaatst een TikTok-video vanaf de afdeling met grappen"
    short = fmt.shortened(text, 40)
    assert short == "Een medewerker plaatst een TikTok-video…"
    assert fmt.shortened("Kort", 40) == "Kort"
