"""The planner runs on every store: the same app, only SOCIALSTRATEGY_STORE differs."""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs
import pytest

import socialstrategy as ss
from socialstrategy.storage import Store
from tests.conftest import STRATEGIES
from tests.planner.conftest import PAGES, by_key, start_app

if TYPE_CHECKING:
    from streamlit.testing.v1 import AppTest


@pytest.fixture
def planner_store(
    store_url: str, store: Store, monkeypatch: pytest.MonkeyPatch
) -> tuple[str, Store]:
    monkeypatch.setenv("SOCIALSTRATEGY_STORE", store_url)
    monkeypatch.delenv("SOCIALSTRATEGY_WORKSPACE", raising=False)
    store.put("plan-linde", (STRATEGIES / "zorggroep-de-linde.toml").read_bytes())
    return store_url, store


def _on(step: str, draft_id: str) -> AppTest:
    at = start_app()
    at.query_params["d"] = draft_id
    at.switch_page(str(PAGES / f"{step}.py"))
    at.run()
    assert not at.exception, at.exception
    return at


def test_an_edit_is_saved_in_the_store_as_a_revision(planner_store: tuple[str, Store]) -> None:
    _, store = planner_store
    at = _on("organisation", "plan-linde")
    by_key(at.text_input, "organisation.region").input("Veluwe").run()
    assert not at.exception
    assert store.open("plan-linde").strategy.organisation.region == "Veluwe"
    assert [r.number for r in store.history("plan-linde")] == [1, 2]
    fresh = _on("organisation", "plan-linde")  # a refresh, or another replica
    assert by_key(fresh.text_input, "organisation.region").value == "Veluwe"


def test_a_change_in_the_store_meanwhile_is_merged_not_overwritten(
    planner_store: tuple[str, Store],
) -> None:
    _, store = planner_store
    at = _on("organisation", "plan-linde")
    theirs = store.open("plan-linde")
    outside = attrs.evolve(
        theirs.strategy, meta=attrs.evolve(theirs.strategy.meta, author="Adviseur")
    )
    store.save(theirs, outside)
    by_key(at.text_input, "organisation.region").input("Twente").run()
    assert not at.exception
    # Different fields: both changes kept, and the manager is told.
    saved = store.open("plan-linde").strategy
    assert saved.meta.author == "Adviseur"
    assert saved.organisation.region == "Twente"
    shown = " ".join(m.value for m in (*at.info, *at.warning, *at.markdown))
    assert "Beide wijzigingen zijn bewaard" in shown


def test_start_lists_the_plans_of_the_store_and_creates_new_ones_there(
    planner_store: tuple[str, Store],
) -> None:
    _, store = planner_store
    at = start_app().run()
    assert not at.exception
    options = by_key(at.selectbox, "start.resume").options
    assert any(" · plan-linde · " in o for o in options)
    by_key(at.selectbox, "start.sector").set_value(ss.Sector.YOUTH_CARE).run()
    at.text_input(key="start.sector.name").input("Jeugdhulp Noord")
    at.button(key="start.sector.create").click().run()
    assert not at.exception
    (made,) = [i for i in store.ids() if i.startswith("jeugdhulp-noord-")]
    assert store.open(made).strategy.organisation.name == "Jeugdhulp Noord"
    # Nothing else was added: a store that already holds plans is not seeded.
    assert sorted(store.ids()) == sorted(["plan-linde", made])
