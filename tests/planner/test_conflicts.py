"""Never lose work: refresh and restart reopen the draft; outside edits ask, never overwrite."""

from __future__ import annotations

from typing import Any

import attrs

import socialstrategy as ss
from tests.planner.conftest import PAGES, by_key, saved, start_app


def test_a_new_session_with_the_draft_in_the_url_finds_the_work(open_step: Any) -> None:
    """A refresh or a server restart is a new session: the URL's draft id brings it back."""
    at, path = open_step("organisation")
    by_key(at.text_input, "organisation.region").input("Veluwe").run()
    fresh = start_app()
    fresh.query_params["d"] = path.stem
    fresh.switch_page(str(PAGES / "organisation.py"))
    fresh.run()
    assert not fresh.exception
    assert by_key(fresh.text_input, "organisation.region").value == "Veluwe"


def test_an_outside_edit_is_shown_and_nothing_is_overwritten(open_step: Any) -> None:
    at, path = open_step("organisation")
    outside = saved(path)
    ss.dump(attrs.evolve(outside, meta=attrs.evolve(outside.meta, author="Adviseur")), path)
    at.run()
    assert not at.exception
    assert "buiten de planner gewijzigd" in at.warning[0].value
    assert saved(path).meta.author == "Adviseur"
    labels = [b.label for b in at.button]
    assert "Laad hun versie" in labels
    assert "Overschrijf met mijn versie" in labels


def test_keeping_their_version_loads_it(open_step: Any) -> None:
    at, path = open_step("organisation")
    outside = saved(path)
    ss.dump(
        attrs.evolve(outside, organisation=attrs.evolve(outside.organisation, region="Twente")),
        path,
    )
    at.run()
    next(b for b in at.button if b.key == "conflict.theirs").click().run()
    assert not at.exception
    assert by_key(at.text_input, "organisation.region").value == "Twente"


def test_saving_mine_as_a_copy_keeps_both(open_step: Any, workspace: Any) -> None:
    at, path = open_step("organisation")
    by_key(at.text_input, "organisation.region").input("Mijn regio").run()
    outside = saved(path)
    ss.dump(
        attrs.evolve(outside, organisation=attrs.evolve(outside.organisation, region="Hun regio")),
        path,
    )
    at.run()
    next(b for b in at.button if b.key == "conflict.copy").click().run()
    assert not at.exception
    regions = sorted(ss.load(p).organisation.region for p in workspace.glob("*.toml"))
    assert regions == ["Hun regio", "Mijn regio"]


def test_the_edit_that_meets_an_outside_change_is_kept(open_step: Any, workspace: Any) -> None:
    """Typed while someone else saved: the edit is not lost, it is offered as a copy."""
    at, path = open_step("organisation")
    outside = saved(path)
    ss.dump(
        attrs.evolve(outside, organisation=attrs.evolve(outside.organisation, region="Hun regio")),
        path,
    )
    by_key(at.text_input, "organisation.region").input("Mijn regio").run()
    assert not at.exception
    assert "buiten de planner gewijzigd" in at.warning[0].value
    assert saved(path).organisation.region == "Hun regio"
    next(b for b in at.button if b.key == "conflict.copy").click().run()
    regions = sorted(ss.load(p).organisation.region for p in workspace.glob("*.toml"))
    assert regions == ["Hun regio", "Mijn regio"]
