"""The review step's score trend: each adopted or reviewed version, and the plan now
against the last adopted one, per part with an arrow and a word."""

from __future__ import annotations

import datetime as dt
import functools
from pathlib import Path
from typing import Any

from streamlit.testing.v1 import AppTest

from socialstrategy import fmt
from socialstrategy.export import export
from socialstrategy.workspace import Workspace
from tests.adopted import two_adoptions
from tests.planner import test_plan_files
from tests.planner.conftest import PAGES, start_app
from tests.planner.test_plan_files import Made

made = test_plan_files.made  # the fixture: what a download button's click runs


def _review(workspace: Path) -> tuple[AppTest, str]:
    draft = two_adoptions(Workspace(workspace))
    at = start_app()
    at.query_params["d"] = draft.id
    at.switch_page(str(PAGES / "review.py"))
    at.run()
    assert not at.exception, at.exception
    return at, draft.id


def _table(frame: Any) -> list[dict[str, str]]:
    return frame.value.to_dict("records")  # type: ignore[no-any-return]


def test_the_trend_shows_each_version_and_the_plan_now_against_the_last_adopted(
    workspace: Path,
) -> None:
    at, _ = _review(workspace)
    headers = [h.value for h in at.subheader]
    assert "Scoreverloop" in headers
    trend_charts = [c for c in at.get("vega_lite_chart") if "Scoreverloop" in c.proto.spec]
    assert len(trend_charts) == 1
    assert "Versie 7" in trend_charts[0].proto.spec
    saved_on = fmt.long_date(dt.datetime.now(dt.timezone.utc).date(), "nl")
    against = [m.value for m in at.markdown if "Nu tegenover" in m.value]
    assert against == [f"**Nu tegenover vastgestelde versie 7** ({saved_on})"]
    (comparison,) = (_table(f) for f in at.table)
    (versions,) = (_table(f) for f in at.dataframe if "Versie 7" in f.value.columns)
    by_part = {row["Onderdeel"]: row for row in comparison}
    assert by_part["Totaalscore"]["Verschil"].startswith("▼ lager (−")
    assert by_part["Bespreekbaar maken"]["Verschil"].startswith("▼ lager")
    assert by_part["Kanalen"]["Verschil"] == "= gelijk"
    assert by_part["Niveau"] == {
        "Onderdeel": "Niveau",
        "Versie 7": "2 · Verkennend",
        "Nu": "2 · Verkennend",
        "Verschil": "= gelijk",
    }
    assert by_part["Totaalscore"]["Versie 7"] == "41"
    # Every version that counts, the oldest left, with its kind.
    kinds = {row["Onderdeel"]: row for row in versions}["Soort"]
    assert [kinds[f"Versie {n}"] for n in (3, 4, 6, 7)] == [
        "ter bespreking",
        "vastgesteld",
        "ter bespreking",
        "vastgesteld",
    ]
    # The sidebar says it in one line under the score.
    assert any("▼ lager dan vastgestelde versie 7 (41 → 38)" in c.value for c in at.sidebar.caption)


def test_in_english_the_trend_reads_in_english(workspace: Path) -> None:
    at, _ = _review(workspace)
    at.session_state["language"] = "en"
    at.run()
    assert not at.exception
    assert "Score trend" in [h.value for h in at.subheader]
    (comparison,) = (_table(f) for f in at.table)
    assert {row["Part"]: row["Change"] for row in comparison}["Overall score"].startswith(
        "▼ lower (−"
    )


def test_before_the_first_adoption_the_trend_says_when_it_starts(open_step: Any) -> None:
    at, _ = open_step("review", example="welzijn-oost.toml")
    assert "Het scoreverloop begint zodra het bestuur het plan vaststelt." in [
        i.value.split(" Vanaf")[0] for i in at.info
    ]
    assert not [c for c in at.get("vega_lite_chart") if "Scoreverloop" in c.proto.spec]
    assert not [c for c in at.sidebar.caption if "vastgestelde versie" in c.value]


def test_the_documents_and_plan_files_get_the_drafts_history(workspace: Path, made: Made) -> None:
    """What a click builds is handed the draft's history: the board pack's score trend
    and the progress report read it."""
    at, draft_id = _review(workspace)
    history = Workspace(workspace).past(draft_id)
    assert history.adopted is not None
    handed = [
        made[b.proto.deferred_file_id]
        for b in at.get("download_button")
        if b.proto.deferred_file_id
    ]
    exports = [f for f in handed if isinstance(f, functools.partial) and f.func is export]
    # The adopted version's board pack (the status section): the history up to it;
    # the chosen document, the calendar and the workbook: the history as it is now.
    assert len(exports) == 4
    (kept,) = [f for f in exports if f.args[0] == history.adopted.strategy]
    assert kept.keywords["document"] == "board"
    assert kept.keywords["history"] == history.until(7)
    assert all(f.keywords["history"] == history for f in exports if f is not kept)
