"""The audiences step: who we reach, what they do online and need, saved at once."""

from __future__ import annotations

from typing import Any

import socialstrategy as ss
from tests.planner.conftest import by_key, picker, saved


def _findings(at: Any) -> list[str]:
    return [e.value for e in (*at.error, *at.warning, *at.info)]


def test_renders_the_example(open_step: Any) -> None:
    at, _ = open_step("audiences")
    assert at.title[0].value == "Doelgroepen"
    assert by_key(at.text_input, "audiences[0].name").value.startswith("Bewoners van de")
    assert by_key(at.selectbox, "audiences[0].kind").value is ss.AudienceKind.CLIENTS
    assert by_key(at.multiselect, "audiences[0].platforms").value == [
        ss.ChannelKind.WHATSAPP,
        ss.ChannelKind.VIDEO_CALLING,
        ss.ChannelKind.FACEBOOK,
    ]
    assert not any("Kerndoelgroep ontbreekt" in f for f in _findings(at))


def test_unknown_online_behaviour_of_clients_is_saved_flagged_and_costs_points(
    open_step: Any,
) -> None:
    """Not knowing what clients do online is an error (AUD003), beside the field."""
    at, path = open_step("audiences")
    before = at.sidebar.metric[0].value
    by_key(at.text_area, "audiences[0].online_behaviour").input("").run()
    assert not at.exception
    assert saved(path).audiences[0].online_behaviour == ""
    assert at.sidebar.metric[0].value != before
    assert any("Onbekend wat cliënten online doen" in e.value for e in at.error)


def test_platforms_and_needs_are_saved(open_step: Any) -> None:
    at, path = open_step("audiences")
    picker(at, "audiences").set_value(1).run()
    by_key(at.multiselect, "audiences[1].platforms").set_value([ss.ChannelKind.INSTAGRAM]).run()
    by_key(at.text_area, "audiences[1].needs").input("Snel antwoord, ook 's avonds.").run()
    assert not at.exception
    audience = saved(path).audiences[1]
    assert audience.platforms == (ss.ChannelKind.INSTAGRAM,)
    assert audience.needs == "Snel antwoord, ook 's avonds."


def test_removing_a_key_audience_is_pointed_out_and_leaves_no_references(
    open_step: Any,
) -> None:
    """Employees removed: goals, channels and activities no longer name them, the file
    stays valid, and the findings say a key audience is missing."""
    at, path = open_step("audiences")
    picker(at, "audiences").set_value(3).run()
    gone = saved(path).audiences[3]
    assert gone.kind is ss.AudienceKind.EMPLOYEES
    assert any(gone.id in g.audiences for g in saved(path).goals)
    by_key(at.button, "audiences.remove").click().run()
    assert not at.exception
    after = saved(path)  # loading checks every reference
    assert gone.id not in [a.id for a in after.audiences]
    assert not any(gone.id in g.audiences for g in after.goals)
    assert not any(gone.id in c.audiences for c in after.channels)
    assert not any(gone.id in a.audiences for a in after.engagement.activities)
    assert any("Kerndoelgroep ontbreekt" in f and "Medewerkers" in f for f in _findings(at))


def test_adding_an_audience_suggests_a_missing_key_audience(open_step: Any) -> None:
    at, path = open_step("audiences")
    picker(at, "audiences").set_value(3).run()
    by_key(at.button, "audiences.remove").click().run()  # no employees any more
    by_key(at.button, "audiences.add").click().run()
    assert not at.exception
    added = saved(path).audiences[-1]
    assert (added.kind, added.name) == (ss.AudienceKind.EMPLOYEES, "Medewerkers")
    assert picker(at, "audiences").value == len(saved(path).audiences) - 1
    assert not any("Kerndoelgroep ontbreekt" in f for f in _findings(at))


def test_a_too_long_name_is_reported_and_not_saved(open_step: Any) -> None:
    at, path = open_step("audiences")
    by_key(at.text_input, "audiences[0].name").input("x" * 20_001).run()
    assert not at.exception
    assert any("Niet bewaard" in e.value for e in at.error)
    assert saved(path).audiences[0].name.startswith("Bewoners van de")


def test_the_page_speaks_english(open_step: Any) -> None:
    at, _ = open_step("audiences")
    at.session_state["language"] = "en"
    at.run()
    assert not at.exception
    assert at.title[0].value == "Audiences"
    assert by_key(at.text_area, "audiences[0].online_behaviour").label == (
        "What do they do online?"
    )
