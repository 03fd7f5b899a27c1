"""Never lose work: refresh and restart reopen the draft; someone else's save is merged
with this session's work, and only the same field changed on both sides asks."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import attrs
import pytest
from streamlit.testing.v1 import AppTest

import socialstrategy as ss
from socialstrategy.workspace import Workspace
from tests.conftest import STRATEGIES
from tests.planner.conftest import PAGES, by_key, plain, saved, start_app

LINDE = ss.load(STRATEGIES / "zorggroep-de-linde.toml")


def _session(path: Path, step: str = "organisation") -> AppTest:
    """A second browser session on the same draft."""
    at = start_app()
    at.query_params["d"] = path.stem
    at.switch_page(str(PAGES / f"{step}.py"))
    at.run()
    assert not at.exception, at.exception
    return at


def _outside(path: Path, **organisation: Any) -> None:
    """Someone else saves the draft with these organisation fields changed."""
    plan = saved(path)
    ss.dump(attrs.evolve(plan, organisation=attrs.evolve(plan.organisation, **organisation)), path)


def _info(at: AppTest) -> str:
    return " ".join(plain(i.value).replace("**", "") for i in at.info)


def test_a_new_session_with_the_draft_in_the_url_finds_the_work(open_step: Any) -> None:
    """A refresh or a server restart is a new session: the URL's draft id brings it back."""
    at, path = open_step("organisation")
    by_key(at.text_input, "organisation.region").input("Veluwe").run()
    fresh = _session(path)
    assert by_key(fresh.text_input, "organisation.region").value == "Veluwe"


def test_an_outside_edit_is_taken_in_and_said_so(open_step: Any) -> None:
    """Nothing of the manager's to combine it with: the page shows their version at once."""
    at, path = open_step("organisation")
    _outside(path, region="Twente")
    at.run()
    assert not at.exception
    assert by_key(at.text_input, "organisation.region").value == "Twente"
    assert "Iemand anders wijzigde intussen Organisatie › Werkgebied" in _info(at)
    assert not at.warning
    next(b for b in at.button if b.key == "combined.ok").click().run()
    assert "Iemand anders" not in _info(at)


def test_a_field_someone_else_did_not_change_keeps_its_widget(open_step: Any) -> None:
    """Someone else's change taken in renews only the widgets of the fields it changed.
    The manager may be typing in another field meanwhile: that field's widget stays the
    same, so the edit arrives and is saved (with a new key for every widget, the edit in
    flight went to a widget no longer drawn and was lost; seen with ten browser sessions
    on five shared plans)."""
    at, path = open_step("organisation")
    name = by_key(at.text_input, "organisation.name")
    region_before = by_key(at.text_input, "organisation.region").key  # type: ignore[attr-defined]
    _outside(path, region="Twente")
    at.run()  # a rerun (another click) takes the change in
    region = by_key(at.text_input, "organisation.region")
    assert (region.value, region.key != region_before) == ("Twente", True)  # type: ignore[attr-defined]
    # The same widget: what was typed into it before the change was drawn still counts.
    same = by_key(at.text_input, "organisation.name")
    assert same.key == name.key  # type: ignore[attr-defined]
    same.input("Zorggroep Twente").run()  # type: ignore[attr-defined]
    assert not at.exception
    on_disk = saved(path).organisation
    assert (on_disk.name, on_disk.region) == ("Zorggroep Twente", "Twente")


def test_an_edit_that_meets_a_change_to_another_field_keeps_both(open_step: Any) -> None:
    at, path = open_step("organisation")
    _outside(path, region="Hun regio")
    by_key(at.text_area, "organisation.mission").input("Mijn missie").run()
    assert not at.exception
    on_disk = saved(path).organisation
    assert (on_disk.region, on_disk.mission) == ("Hun regio", "Mijn missie")
    assert by_key(at.text_input, "organisation.region").value == "Hun regio"
    assert "Werkgebied" in _info(at)
    assert "Beide wijzigingen zijn bewaard" in _info(at)


def test_two_sessions_editing_different_fields_both_keep_their_edits(open_step: Any) -> None:
    first, path = open_step("organisation")
    second = _session(path)
    by_key(first.text_input, "organisation.region").input("Regio van de eerste").run()
    by_key(second.text_area, "organisation.mission").input("Missie van de tweede").run()
    assert not second.exception
    assert not second.warning
    on_disk = saved(path).organisation
    assert (on_disk.region, on_disk.mission) == ("Regio van de eerste", "Missie van de tweede")
    # The first session saves on over the combined version, without a clash.
    by_key(first.text_input, "organisation.name").input("De Linde").run()
    assert not first.warning
    on_disk = saved(path).organisation
    assert (on_disk.name, on_disk.region, on_disk.mission) == (
        "De Linde",
        "Regio van de eerste",
        "Missie van de tweede",
    )


def _clash(open_step: Any) -> tuple[AppTest, AppTest, Path]:
    first, path = open_step("organisation")
    second = _session(path)
    by_key(first.text_input, "organisation.region").input("Regio van de eerste").run()
    by_key(second.text_input, "organisation.region").input("Regio van de tweede").run()
    assert not second.exception
    return first, second, path


def test_the_same_field_changed_in_two_sessions_shows_both_values(open_step: Any) -> None:
    _, second, path = _clash(open_step)
    warning = plain(second.warning[0].value)
    assert "Jij en iemand anders wijzigden hetzelfde" in warning
    assert "er is niets overschreven" in warning
    assert "Organisatie › Werkgebied" in [plain(m.value).strip("*") for m in second.markdown]
    (choice,) = [r for r in second.radio if r.key.endswith(".choice.0")]
    assert choice.value is None  # nothing chosen for the manager
    captions = " ".join(plain(c.value) for c in second.caption)
    assert f"Eerst stond er: {LINDE.organisation.region}" in captions
    assert list(choice.options) == [
        "Mijn versie",
        "De versie van de ander",
    ]
    shown = str(choice.proto)
    assert "Regio van de tweede" in shown
    assert "Regio van de eerste" in shown
    assert next(b for b in second.button if b.key == "conflict.save").disabled
    assert saved(path).organisation.region == "Regio van de eerste"


def test_the_manager_chooses_per_clash_and_the_choice_is_saved(open_step: Any) -> None:
    _, second, path = _clash(open_step)
    (choice,) = [r for r in second.radio if r.key.endswith(".choice.0")]
    choice.set_value("mine").run()
    next(b for b in second.button if b.key == "conflict.save").click().run()
    assert not second.exception
    assert not second.warning
    assert saved(path).organisation.region == "Regio van de tweede"
    assert by_key(second.text_input, "organisation.region").value == "Regio van de tweede"


def test_choosing_the_other_version_keeps_it(open_step: Any) -> None:
    _, second, path = _clash(open_step)
    (choice,) = [r for r in second.radio if r.key.endswith(".choice.0")]
    choice.set_value("theirs").run()
    next(b for b in second.button if b.key == "conflict.save").click().run()
    assert saved(path).organisation.region == "Regio van de eerste"
    assert by_key(second.text_input, "organisation.region").value == "Regio van de eerste"


def test_saving_mine_as_a_copy_keeps_both(open_step: Any, workspace: Path) -> None:
    _, second, _ = _clash(open_step)
    next(b for b in second.button if b.key == "conflict.copy").click().run()
    assert not second.exception
    regions = sorted(ss.load(p).organisation.region for p in workspace.glob("*.toml"))
    assert regions == ["Regio van de eerste", "Regio van de tweede"]


def test_an_unreadable_version_on_disk_is_never_overwritten_unasked(open_step: Any) -> None:
    at, path = open_step("organisation")
    path.write_text("dit is geen strategie = [", encoding="utf-8")
    by_key(at.text_input, "organisation.region").input("Mijn regio").run()
    assert not at.exception
    assert "geen geldige strategie" in plain(at.warning[0].value)
    assert path.read_text(encoding="utf-8") == "dit is geen strategie = ["
    next(b for b in at.button if b.key == "conflict.repair").click().run()
    assert saved(path).organisation.region == "Mijn regio"


def test_a_file_that_moves_again_while_merging_is_merged_again(
    open_step: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Compare-and-swap: the combined plan is never written over a third version."""
    at, path = open_step("organisation")
    _outside(path, region="Hun regio")
    write = Workspace.save
    calls: list[int] = []

    def save_after_a_third_person(self: Workspace, *args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        if len(calls) == 2:  # a third person saves between the merge and its save
            _outside(path, name="Derde naam")
        return write(self, *args, **kwargs)

    monkeypatch.setattr(Workspace, "save", save_after_a_third_person)
    by_key(at.text_area, "organisation.mission").input("Mijn missie").run()
    assert not at.exception
    assert not at.warning
    assert len(calls) == 3  # refused, refused (moved again), written
    on_disk = saved(path).organisation
    assert (on_disk.name, on_disk.region, on_disk.mission) == (
        "Derde naam",
        "Hun regio",
        "Mijn missie",
    )
