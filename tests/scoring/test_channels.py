"""The longest unwatched stretch of a week, and the webcare rule that rests on it."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

import socialstrategy as ss
from socialstrategy.model import Moderation, Span
from socialstrategy.scoring import score
from socialstrategy.scoring.examples import EXAMPLE_BASE
from socialstrategy.scoring.rules.channels import Stretch, longest_unwatched_stretch

REFERENCE = EXAMPLE_BASE
TODAY = dt.date(2026, 11, 23)


def span(text: str) -> Span:
    start, end = text.split("-")
    return Span(start=dt.time.fromisoformat(start), end=dt.time.fromisoformat(end))


def stretch(**spans: str) -> Stretch:
    found = longest_unwatched_stretch(Moderation(**{k: span(v) for k, v in spans.items()}))
    assert found is not None
    return found


def moments(found: Stretch) -> tuple[str, str]:
    return found.moment(found.start, "nl"), found.moment(found.end, "nl")


def test_nobody_watching_is_not_a_stretch() -> None:
    assert longest_unwatched_stretch(Moderation()) is None


def test_office_hours_only_wait_from_friday_to_monday() -> None:
    found = stretch(weekdays="08:30-17:00")
    assert moments(found) == ("vrijdag 17:00", "maandag 08:30")
    assert found.hours == 63.5
    assert found.waking_hours == 63.5 - 3 * 10


def test_the_night_alone_does_not_count() -> None:
    found = stretch(weekdays="08:00-18:00", evenings="18:00-22:00", weekends="08:00-22:00")
    assert found.hours == 10
    assert found.waking_hours == 0


def test_the_longest_is_the_longest_awake_not_on_the_clock() -> None:
    # Saturday 21:00 to Sunday 09:00 is 12 hours, 2 of them outside the night; Sunday
    # 21:00 to Monday 08:00 is 11 hours with 1; the weeknights are all night.
    found = stretch(weekdays="08:00-18:00", evenings="18:00-22:00", weekends="09:00-21:00")
    assert moments(found) == ("zaterdag 21:00", "zondag 09:00")
    assert (found.hours, found.waking_hours) == (12, 2)


def test_weekends_only_wraps_into_next_week() -> None:
    found = stretch(weekends="10:00-16:00")
    assert moments(found) == ("zondag 16:00", "zaterdag 10:00")
    assert found.hours == 24 * 5 + 18
    assert found.moment(found.end, "en") == "Saturday 10:00"


def test_evenings_only_leave_the_days_unwatched() -> None:
    found = stretch(evenings="18:00-22:00")
    assert moments(found) == ("vrijdag 22:00", "maandag 18:00")
    assert (found.hours, found.waking_hours) == (68, 14 + 14 + 10)


def test_overlapping_spans_merge() -> None:
    found = stretch(weekdays="08:00-18:00", evenings="17:00-21:00", weekends="08:00-21:00")
    assert found.hours == 11
    assert found.waking_hours == 1
    # An "evening" inside the day adds nothing and must not end the day early.
    found = stretch(weekdays="08:00-18:00", evenings="09:00-12:00", weekends="08:00-18:00")
    assert moments(found) == ("maandag 18:00", "dinsdag 08:00")


def test_ties_go_to_the_first_in_the_week() -> None:
    found = stretch(weekdays="08:00-17:00", weekends="08:00-17:00")
    assert moments(found) == ("maandag 17:00", "dinsdag 08:00")


def test_a_stretch_starting_in_the_night_counts_only_the_morning() -> None:
    found = stretch(weekdays="09:00-17:00", evenings="17:00-23:30", weekends="09:00-23:30")
    assert found.hours == 9.5
    assert found.waking_hours == 1


def test_a_day_watched_to_the_last_minute_leaves_one_minute() -> None:
    found = stretch(weekdays="00:00-23:59", weekends="00:00-23:59")
    assert found.hours == pytest.approx(1 / 60)
    assert found.waking_hours == 0


@pytest.fixture(scope="module")
def reference() -> ss.Strategy:
    return ss.load(REFERENCE)


def _facebook(reference: ss.Strategy, **changes: object) -> list[str]:
    channels = tuple(
        attrs.evolve(c, **changes) if c.id == "facebook" else c for c in reference.channels
    )
    report = score(attrs.evolve(reference, channels=channels), today=TODAY)
    return [f.message.nl for f in report.findings if f.code == "CHAN006"]


def test_a_promise_as_long_as_the_stretch_is_kept(reference: ss.Strategy) -> None:
    assert _facebook(reference, response_hours=2) == []
    assert _facebook(reference, response_hours=1.5) == [
        "Kanaal 'Facebookpagina' belooft een reactie binnen 1,5 uur, maar tussen de"
        " bezettingstijden kijkt niemand: een bericht op zaterdag 21:00 wacht tot zondag"
        " 09:00 (12 uur; ook zonder de nachten nog 2 uur)."
    ]


def test_the_message_names_what_nobody_watches(reference: ss.Strategy) -> None:
    messages = _facebook(
        reference, response_hours=2, moderation=Moderation(weekdays=span("08:30-17:00"))
    )
    assert messages == [
        "Kanaal 'Facebookpagina' belooft een reactie binnen 2 uur, maar 's avonds en in het"
        " weekend kijkt niemand: een bericht op vrijdag 17:00 wacht tot maandag 08:30"
        " (63,5 uur; ook zonder de nachten nog 33,5 uur)."
    ]


def _codes(strategy: ss.Strategy) -> set[str]:
    return {f.code for f in score(strategy, today=TODAY).findings}


def test_an_internal_channel_may_serve_an_outside_goal(reference: ss.Strategy) -> None:
    # The intranet serves the goal for relatives through the staff who carry it out.
    intranet = attrs.evolve(
        reference.channels[3],
        id="intranet",
        kind=ss.vocab.ChannelKind.INTRANET,
        audiences=("medewerkers",),
        purposes=(ss.vocab.Purpose.INTERNAL,),
    )
    strategy = attrs.evolve(reference, channels=(*reference.channels, intranet))
    assert "CHAN015" not in _codes(strategy)
    public = attrs.evolve(intranet, kind=ss.vocab.ChannelKind.YOUTUBE, purposes=())
    assert "CHAN015" in _codes(attrs.evolve(reference, channels=(*reference.channels, public)))


def test_video_calling_needs_no_response_time(reference: ss.Strategy) -> None:
    calls = attrs.evolve(
        reference.channels[1],
        id="beeldbellen",
        kind=ss.vocab.ChannelKind.VIDEO_CALLING,
        response_hours=None,
    )
    assert "CHAN005" not in _codes(attrs.evolve(reference, channels=(*reference.channels, calls)))
