"""``score`` and ``export`` on a plan file whose folder keeps its history: the score now
against the last adopted version, and the history handed to the documents."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from socialstrategy.cli import cli
from socialstrategy.cli import export as export_cli
from socialstrategy.scoring.trend import History
from socialstrategy.workspace import Workspace
from tests.adopted import two_adoptions


def _invoke(*args: str) -> Any:
    return CliRunner().invoke(cli, list(args))


@pytest.fixture
def plans(tmp_path: Path) -> tuple[Path, Path]:
    """The same plan twice: in a folder that keeps its history (two adoptions, and an
    edit since), and copied on its own."""
    space = Workspace(tmp_path / "plans")
    draft = two_adoptions(space)
    kept = space.path(draft.id)
    alone = tmp_path / "alone" / kept.name
    alone.parent.mkdir()
    shutil.copyfile(kept, alone)
    return kept, alone


def _snapshot(folder: Path) -> dict[str, tuple[int, bytes]]:
    return {
        str(p.relative_to(folder)): (p.stat().st_mtime_ns, p.read_bytes())
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def test_score_says_how_the_plan_scores_against_the_last_adopted_version(
    plans: tuple[Path, Path],
) -> None:
    kept, alone = plans
    with_history = _invoke("score", str(kept))
    assert with_history.exit_code == 0, with_history.output
    without = _invoke("score", str(alone))
    # The report is the same; the change since adoption follows it.
    assert with_history.output.startswith(without.output)
    added = with_history.output[len(without.output) :].splitlines()
    assert added[0] == ""
    assert added[1].startswith("Sinds de vastgestelde versie 7 (")
    rows = {line[:30].strip(): line[30:].split() for line in added[3:]}
    assert rows["Totaalscore"] == ["41", "38", "▼", "lager"]
    assert rows["Bespreekbaar maken"] == ["36", "0", "▼", "lager"]
    assert rows["Kanalen"][2:] == ["=", "gelijk"]
    assert len(rows) == 11  # the overall score and the ten areas


def test_score_in_english(plans: tuple[Path, Path]) -> None:
    kept, _ = plans
    output = _invoke("--lang", "en", "score", str(kept)).output
    assert "Since adopted version 7 (" in output
    assert "▼ lower" in output
    assert "= unchanged" in output
    assert "gelijk" not in output


def test_score_json_has_the_change_since_adoption_only_with_history(
    plans: tuple[Path, Path],
) -> None:
    kept, alone = plans
    (report,) = json.loads(_invoke("score", "--format", "json", str(kept)).output)
    since = report["since_adopted"]
    assert since["revision"] == 7
    assert since["level"] == 2
    assert since["overall"] == {"before": 41.3, "now": 37.6, "direction": "down"}
    assert since["areas"]["engagement"]["direction"] == "down"
    assert since["areas"]["channels"] == {"before": 42.7, "now": 42.7, "direction": "same"}
    (plain,) = json.loads(_invoke("score", "--format", "json", str(alone)).output)
    assert "since_adopted" not in plain
    assert {k: v for k, v in report.items() if k not in {"since_adopted", "file"}} == {
        k: v for k, v in plain.items() if k != "file"
    }


def test_a_summary_of_several_files_and_the_findings_are_unchanged(
    plans: tuple[Path, Path],
) -> None:
    kept, alone = plans
    summary = _invoke("score", str(kept), str(alone)).output
    assert "Sinds" not in summary
    findings = json.loads(_invoke("score", "--output-format", "json", str(kept)).output)
    assert all("since_adopted" not in f for f in findings)


def test_reading_the_history_writes_nothing(plans: tuple[Path, Path]) -> None:
    kept, _ = plans
    before = _snapshot(kept.parent)
    assert _invoke("score", str(kept)).exit_code == 0
    assert _invoke("export", str(kept), "--format", "md", "-o", "-").exit_code == 0
    assert _snapshot(kept.parent) == before


def test_export_hands_the_documents_the_history_kept_beside_the_file(
    plans: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    kept, alone = plans
    handed: list[History | None] = []
    real = export_cli.export

    def export(*args: Any, **kwargs: Any) -> bytes:
        handed.append(kwargs.get("history"))
        return real(*args, **kwargs)

    monkeypatch.setattr(export_cli, "export", export)
    for path in (kept, alone):
        result = _invoke("export", str(path), "--document", "board", "--format", "md", "-o", "-")
        assert result.exit_code == 0, result.output
    with_history, without = handed
    assert with_history == Workspace(kept.parent).past(kept.stem)
    assert with_history is not None
    assert with_history.adopted is not None
    assert with_history.adopted.number == 7
    assert without is None
