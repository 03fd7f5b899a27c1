"""An earlier revision opened from the review step: every step shows it, read only."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from streamlit.testing.v1 import AppTest

from socialstrategy.scoring import score
from socialstrategy.storage import FolderStore
from socialstrategy.workspace import Workspace
from tests.planner.conftest import PAGES, by_key, plain, shown_score, start_app

if TYPE_CHECKING:
    from pathlib import Path

#: Seeded with its history into the planner's new, empty workspace.
PLAN = "ggz-kustland"
BANNER = "Je bekijkt versie 4 van 2 december 2025 (vastgesteld) — alleen lezen."


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def _on(step: str, **query: str) -> AppTest:
    at = start_app()
    at.query_params["d"] = PLAN
    for name, value in query.items():
        at.query_params[name] = value
    at.switch_page(str(PAGES / f"{step}.py"))
    at.run()
    assert not at.exception, at.exception
    return at


def _banner(at: AppTest) -> list[str]:
    return [plain(w.value) for w in at.warning if "alleen lezen" in w.value]


def _channels(at: AppTest) -> str:
    """Every word the channels step shows in its pickers and text."""
    shown = [str(o) for box in at.selectbox for o in box.options]
    shown += [plain(m.value) for m in at.markdown]
    return "\n".join(shown)


def _open_revision_4(at: AppTest) -> AppTest:
    picker: Any = by_key(at.selectbox, "review.changes.since")
    picker.set_value(4).run()
    assert not at.exception, at.exception
    (button,) = [b for b in at.button if b.key == "review.view.revision"]
    assert plain(button.label) == "Versie 4 bekijken"
    button.click().run()
    assert not at.exception, at.exception
    return at


def test_a_revision_opens_read_only_on_every_step_and_nothing_is_written(
    workspace: Path,
) -> None:
    at = _on("review")  # the planner seeds the examples, with their history
    before = _files(workspace)
    assert FolderStore(workspace).history(PLAN)[-1].number == 11
    _open_revision_4(at)
    assert _banner(at) == [BANNER]
    assert at.query_params["v"] == "4"
    # Its status as on the day it was saved: adopted, not yet due for review.
    statuses = [plain(m.value) for m in at.markdown if plain(m.value).startswith("Status:")]
    assert statuses == ["Status: **Vastgesteld**"]
    # What changed is told up to revision 4: since the revisions before it.
    picker: Any = by_key(at.selectbox, "review.changes.since")
    assert [plain(o).split(" · ")[0] for o in picker.options] == [
        "Versie 3",
        "Versie 2",
        "Versie 1",
    ]
    assert picker.value == 3
    # The channels step shows revision 4: the X account closed since is still there.
    at.switch_page(str(PAGES / "channels.py")).run()
    assert not at.exception, at.exception
    assert _banner(at) == [BANNER]
    assert "@GGZKustland" in _channels(at)
    fields = [*at.text_input, *at.text_area]
    assert fields
    assert all(w.disabled for w in fields)
    # A value sent past a disabled widget is not written either.
    field = at.text_input[0]
    field.proto.disabled = False
    field.set_value("Overgenomen").run()
    assert not at.exception, at.exception
    for step in ("organisation", "goals", "guidelines", "actions", "review"):
        at.switch_page(str(PAGES / f"{step}.py")).run()
        assert not at.exception, (step, at.exception)
        assert _banner(at) == [BANNER], step
    assert _files(workspace) == before
    # Back to the current version: fields editable again, no banner, no ?v=.
    (back,) = [b for b in at.button if b.key == "revision.back"]
    back.click().run()
    assert not at.exception, at.exception
    assert _banner(at) == []
    assert "v" not in at.query_params
    at.switch_page(str(PAGES / "channels.py")).run()
    assert "@GGZKustland" not in _channels(at)
    assert not all(w.disabled for w in [*at.text_input, *at.text_area])
    assert _files(workspace) == before


def test_the_revision_in_the_address_survives_a_refresh(workspace: Path) -> None:
    _on("review")  # seeds the workspace
    before = _files(workspace)
    at = _on("goals", v="4")
    assert _banner(at) == [BANNER]
    assert all(w.disabled for w in [*at.text_input, *at.text_area])
    # Scored as on the day it was saved, as the score trend scores it.
    (kept,) = [s for s in Workspace(workspace).saved(PLAN) if s.number == 4]
    then = score(kept.strategy, today=kept.saved_on).overall
    assert shown_score(at) == f"{round(then)}/100"
    assert round(then) != round(score(kept.strategy).overall)  # its review date passed since
    assert _files(workspace) == before


def test_a_revision_that_is_not_there_opens_the_current_version(workspace: Path) -> None:
    _on("review")
    at = _on("goals", v="99")
    assert _banner(at) == []
    assert "v" not in at.query_params


def _crafted_save() -> None:
    """A change arriving at the saving path while a revision is open (no widget at all)."""
    from socialstrategy.planner import state  # noqa: PLC0415 - runs inside AppTest

    state.init()
    assert state.viewing() is not None
    state.commit_value("organisation.name", "Overgenomen")
    state.notice_outside_change()


def test_the_saving_path_writes_nothing_while_a_revision_is_open(workspace: Path) -> None:
    _on("review")
    before = _files(workspace)
    at = AppTest.from_function(_crafted_save, default_timeout=30)
    at.query_params["d"] = PLAN
    at.query_params["v"] = "4"
    at.run()
    assert not at.exception, at.exception
    assert _files(workspace) == before


def test_in_english(workspace: Path) -> None:
    _on("review")
    at = start_app()
    at.query_params["d"] = PLAN
    at.query_params["v"] = "10"
    at.session_state["language"] = "en"
    at.switch_page(str(PAGES / "goals.py"))
    at.run()
    assert not at.exception, at.exception
    shown = [plain(w.value) for w in at.warning if "read only" in w.value]
    assert shown == ["You are viewing revision 10 of 2 November 2026 (adopted) — read only."]
    assert [b.label for b in at.button if b.key == "revision.back"] == [
        "Back to the current version"
    ]


def test_the_sidebar_reads_the_revision_and_measures_it_against_the_adoption_before_it(
    workspace: Path,
) -> None:
    _on("review")  # seeds the workspace
    at = _on("channels", v="10")
    sidebar = [plain(c.value) for c in at.sidebar.caption]
    assert any("Je leest een eerdere versie: er wordt niets bewaard." in c for c in sidebar)
    assert not any("opgeslagen" in c.lower() for c in sidebar), sidebar
    # Revision 10 is itself adopted: it is measured against the adoption before it (4).
    assert any("vastgestelde versie 4 " in c for c in sidebar), sidebar
    # Its own banner says what is shown; the "opened again from the store" notice does not.
    assert not [i for i in at.info if "opnieuw geopend" in i.value]


def test_a_revision_is_charted_and_tracked_as_on_the_day_it_was_saved(workspace: Path) -> None:
    """Revision 4 (2 December 2025) had every action still ahead of it: nothing late then,
    though today the referral page it planned would be, and the timeline marks that day."""
    at = _on("actions", v="4")
    assert _banner(at) == [BANNER]
    assert not [w for w in at.warning if "over de deadline" in w.value]
    at.switch_page(str(PAGES / "review.py")).run()
    assert not at.exception, at.exception
    by_key(at.button_group, "review.chart").set_value("timeline").run()
    assert not at.exception, at.exception
    specs = [json.loads(c.proto.spec) for c in at.get("vega_lite_chart")]
    marked = [row["date"] for spec in specs for row in _rows(spec) if row.get("text") == "Vandaag"]
    assert marked
    assert set(marked) == {"2025-12-02"}


def _rows(spec: Any) -> list[dict[str, Any]]:
    """Every row of inline data in a Vega-Lite spec, however deep."""
    if isinstance(spec, dict):
        return [spec, *(r for v in spec.values() for r in _rows(v))]
    if isinstance(spec, list):
        return [r for v in spec for r in _rows(v)]
    return []
