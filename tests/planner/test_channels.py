"""The channels step: a channel's fields and moderation hours reach the file, and the score."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import socialstrategy as ss
from tests.planner.conftest import (
    PAGES,
    by_key,
    name_who,
    overall,
    picker,
    plain,
    saved,
    shown_score,
    start_app,
)


def _findings(at: Any) -> list[str]:
    return [e.value for e in (*at.error, *at.warning, *at.info)]


def test_renders_the_example(open_step: Any) -> None:
    at, _ = open_step("channels")
    assert at.title[0].value == "Kanalen"
    assert by_key(at.text_input, "channels[0].name").value == (
        "Facebook-pagina's van de vijf woonzorgcentra"
    )
    assert by_key(at.time_input, "channels[0].moderation.weekdays.start").value == dt.time(9, 0)
    assert by_key(at.toggle, "channels[0].moderation.evenings.covered").value is False


def test_an_edit_is_saved_on_disk(open_step: Any) -> None:
    at, path = open_step("channels")
    name_who(at, "channels[0].owner", "Team communicatie").run()
    assert not at.exception
    assert saved(path).channels[0].owner == "Team communicatie"


def test_picking_a_channel_edits_that_channel(open_step: Any) -> None:
    at, path = open_step("channels")
    picker(at, "channels").set_value(3).run()
    by_key(at.text_input, "channels[3].rhythm").input("Dagelijks").run()
    assert not at.exception
    assert saved(path).channels[3].rhythm == "Dagelijks"
    assert saved(path).channels[0].rhythm == "Twee tot drie berichten per week per locatie"


def test_covering_evenings_and_weekends_keeps_the_promise(open_step: Any) -> None:
    """Watched 08:00-22:00 every day, the two-hour promise holds: CHAN006 goes, the score rises."""
    at, path = open_step("channels")
    before = overall(path)
    assert any("Reactietijd niet waar te maken" in f for f in _findings(at))
    hours = {
        "weekdays": (dt.time(8, 0), dt.time(18, 0)),
        "evenings": (dt.time(18, 0), dt.time(22, 0)),
        "weekends": (dt.time(8, 0), dt.time(22, 0)),
    }
    for part in hours:
        by_key(at.toggle, f"channels[0].moderation.{part}.covered").set_value(True)
    at.run()
    for part, (start, end) in hours.items():
        by_key(at.time_input, f"channels[0].moderation.{part}.start").set_value(start)
        by_key(at.time_input, f"channels[0].moderation.{part}.end").set_value(end)
    at.run()
    assert not at.exception
    moderation = saved(path).channels[0].moderation
    assert moderation.evenings is not None
    assert (moderation.evenings.start, moderation.evenings.end) == hours["evenings"]
    assert moderation.weekends is not None
    assert moderation.weekends.end == dt.time(22, 0)
    # The score rises (by less than a point here), and the sidebar shows the new one.
    assert overall(path) > before
    assert shown_score(at) == f"{round(overall(path))}/100"
    names = [f for f in _findings(at) if "Reactietijd niet waar te maken" in f]
    assert not any("Facebook-pagina's" in f for f in names)


def test_an_end_before_the_start_is_reported_and_not_saved(open_step: Any) -> None:
    at, path = open_step("channels")
    by_key(at.time_input, "channels[0].moderation.weekdays.end").set_value(dt.time(8, 0)).run()
    assert not at.exception
    assert any("Niet bewaard" in e.value and "08:00" in plain(e.value) for e in at.error)
    weekdays = saved(path).channels[0].moderation.weekdays
    assert weekdays is not None
    assert weekdays.end == dt.time(17, 0)


def test_a_response_time_of_zero_is_reported_and_not_saved(open_step: Any) -> None:
    """The refused value is said and not saved; the valid edit beside it is kept."""
    at, path = open_step("channels")
    name_who(at, "channels[0].owner", "Iemand anders")
    by_key(at.text_input, "channels[0].response_hours").input("0").run()
    assert not at.exception
    assert any("Niet bewaard" in e.value for e in at.error)
    assert saved(path).channels[0].response_hours == 2
    assert saved(path).channels[0].owner == "Iemand anders"


def test_adding_a_channel(open_step: Any) -> None:
    at, path = open_step("channels")
    count = len(saved(path).channels)
    by_key(at.button, "channels.add").click().run()
    assert not at.exception
    channels = saved(path).channels
    assert len(channels) == count + 1
    assert channels[-1].id == "kanaal"
    # The new channel is the one being edited now.
    by_key(at.text_input, f"channels[{count}].name").input("TikTok De Linde").run()
    assert saved(path).channels[-1].name == "TikTok De Linde"


def test_removing_a_channel_removes_it_from_the_actions(open_step: Any) -> None:
    at, path = open_step("channels")
    assert any("facebook-locaties" in a.channels for a in saved(path).actions)
    by_key(at.button, "channels.remove").click().run()
    assert not at.exception
    strategy = saved(path)
    assert "facebook-locaties" not in {c.id for c in strategy.channels}
    assert not any("facebook-locaties" in a.channels for a in strategy.actions)


def test_the_page_works_in_english(open_step: Any) -> None:
    at, _ = open_step("channels")
    at.session_state["language"] = "en"
    at.run()
    assert not at.exception
    assert at.title[0].value == "Channels"
    assert by_key(at.toggle, "channels[0].moderation.weekdays.covered").label == (
        "Weekdays, daytime"
    )


def test_a_first_channel_before_any_goal_offers_no_goals_in_dutch(
    workspace: Path,
) -> None:
    """Streamlit's own placeholder for an empty choice is English ("No options to
    select"): the planner says in the manager's language that there is nothing yet."""
    fresh = ss.new_strategy(ss.Sector.ELDERLY_CARE, "Zorggroep Nieuw")
    (workspace / "nieuw.toml").write_text(ss.dumps(fresh), encoding="utf-8")
    at = start_app()
    at.query_params["d"] = "nieuw"
    at.switch_page(str(PAGES / "channels.py")).run()
    by_key(at.button, "channels.add").click().run()
    assert not at.exception
    goals = by_key(at.multiselect, "channels[0].goals")
    assert goals.disabled
    assert goals.placeholder == "Nog niets om uit te kiezen"
    audiences = by_key(at.multiselect, "channels[0].audiences")
    assert not audiences.disabled  # the sector's audiences are there to choose from
    assert audiences.placeholder == "Kies"


def test_a_professionals_own_account_is_marked_and_saved(open_step: Any) -> None:
    """The own-name switch reaches the file and leaves the channel's other fields alone."""
    at, path = open_step("channels")
    toggle = by_key(at.toggle, "channels[0].own_name")
    assert toggle.value is False
    assert toggle.label == "Account van een zorgprofessional onder eigen naam"
    toggle.set_value(True).run()
    assert not at.exception
    channel = saved(path).channels[0]
    assert channel.own_name is True
    assert channel.client_contact is False
    assert channel.name == "Facebook-pagina's van de vijf woonzorgcentra"


def test_a_review_site_says_to_claim_and_answer(open_step: Any) -> None:
    """Picking De Linde's ZorgkaartNederland page shows how a review site is looked after."""
    at, _ = open_step("channels")
    assert not any("Claim de vermelding" in i.value for i in at.info)
    picker(at, "channels").set_value(7).run()
    assert not at.exception
    assert by_key(at.selectbox, "channels[7].kind").value.code == "rating_site"
    (info,) = [i.value for i in at.info if "Claim de vermelding" in i.value]
    assert "nooit met gegevens van een cliënt" in info
