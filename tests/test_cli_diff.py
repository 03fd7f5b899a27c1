"""``socialstrategy diff OLD NEW``: exit codes like ``diff``, text, JSON and Markdown, two
files or two revisions in a store."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import attrs
import pytest
from click.testing import CliRunner

import socialstrategy as ss
from socialstrategy.cli import cli
from socialstrategy.storage import FolderStore

from .conftest import STRATEGIES

EXAMPLES = sorted(STRATEGIES.glob("*.toml"))
LINDE = STRATEGIES / "zorggroep-de-linde.toml"
OOST = STRATEGIES / "welzijn-oost.toml"


def _diff(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, ["diff", *args])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_an_example_against_itself_exits_zero(example: Path) -> None:
    code, out, _ = _diff(str(example), str(example))
    assert (code, out) == (0, "Geen verschillen.\n")


def test_two_examples_differ_and_exit_one() -> None:
    code, out, _ = _diff(str(LINDE), str(OOST))
    assert code == 1
    lines = out.splitlines()
    assert len(lines) > 20
    assert all(line[:2] in {"+ ", "- ", "~ "} for line in lines)
    assert "~ Organisatie: naam van de organisatie gewijzigd van ‘Zorggroep De Linde’" in out


def test_in_english() -> None:
    result = CliRunner().invoke(cli, ["--lang", "en", "diff", str(LINDE), str(OOST)])
    assert result.exit_code == 1
    assert "~ Organisation: name of the organisation changed from ‘Zorggroep De Linde’" in (
        result.stdout
    )


def test_json_is_a_list_of_changes() -> None:
    code, out, _ = _diff(str(LINDE), str(OOST), "--format", "json")
    assert code == 1
    rows = json.loads(out)
    assert isinstance(rows, list)
    assert rows
    for row in rows:
        assert {"path", "kind", "part", "old", "new", "sentence"} <= row.keys()
        assert row["kind"] in {"added", "removed", "changed"}
        assert isinstance(row["sentence"], str)
        assert row["sentence"]
    assert {row["kind"] for row in rows} == {"added", "removed", "changed"}
    assert rows[0]["path"] == "meta.title"


def test_json_of_equal_plans_is_an_empty_list() -> None:
    assert _diff(str(LINDE), str(LINDE), "--format", "json")[:2] == (0, "[]\n")


def test_markdown_has_a_heading_and_a_bullet_per_change() -> None:
    code, out, _ = _diff(str(LINDE), str(OOST), "--format", "markdown")
    rows = json.loads(_diff(str(LINDE), str(OOST), "--format", "json")[1])
    assert code == 1
    lines = out.splitlines()
    assert lines[0] == "## Wat is er veranderd"
    assert lines[2] == f"{len(rows)} wijzigingen"
    assert len([line for line in lines if line.startswith("- ")]) == len(rows)
    # Markdown's own characters in a plan's words are escaped, not read as markup.
    assert "\\[" in out or "[" not in "".join(r["sentence"] for r in rows)


def test_a_missing_or_broken_file_exits_two_naming_it(tmp_path: Path) -> None:
    broken = tmp_path / "kapot.toml"
    broken.write_text('schema_version = 1\n[meta]\ntitle = "open\n', encoding="utf-8")
    code, out, err = _diff(str(LINDE), str(broken))
    assert (code, out) == (2, "")
    assert err.startswith(f"{broken}:3:")
    code, _, err = _diff(str(tmp_path / "weg.toml"), str(LINDE))
    assert code == 2
    assert "weg.toml" in err


def test_no_traceback_reaches_the_user(tmp_path: Path) -> None:
    """The real entry point: a folder for a file is one line and exit code 2."""
    result = subprocess.run(
        [sys.executable, "-m", "socialstrategy", "diff", str(tmp_path), str(LINDE)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert str(tmp_path) in result.stderr


def _store_with_two_revisions(folder: Path) -> str:
    store = FolderStore(folder)
    first = store.put("plan-linde", LINDE.read_bytes())
    goal = ss.Goal(id="doel-nieuw", title="Meer mantelzorgers bereiken")
    plan = first.strategy
    store.save(first, attrs.evolve(plan, goals=(*plan.goals, goal)), author="Anna")
    return "plan-linde"


def test_two_revisions_in_a_store(tmp_path: Path) -> None:
    draft = _store_with_two_revisions(tmp_path)
    numbers = [r.number for r in FolderStore(tmp_path).history(draft)]
    assert len(numbers) == 2
    old, new = (f"{draft}@{n}" for n in numbers)
    code, out, _ = _diff("--store", str(tmp_path), old, new)
    assert (code, out) == (1, "+ Doel ‘Meer mantelzorgers bereiken’ toegevoegd\n")
    # ID alone is the plan as it is now.
    assert _diff("--store", str(tmp_path), new, draft)[:2] == (0, "Geen verschillen.\n")


@pytest.mark.parametrize("spec", ["plan-linde@9", "plan-linde@x", "geen-plan", "../x"])
def test_a_revision_that_is_not_there_exits_two(tmp_path: Path, spec: str) -> None:
    draft = _store_with_two_revisions(tmp_path)
    code, out, err = _diff("--store", str(tmp_path), f"{draft}@1", spec)
    assert (code, out) == (2, "")
    assert spec.split("@", maxsplit=1)[0] in err


def test_a_bad_store_url_exits_two() -> None:
    code, _, err = _diff("--store", "sqlite:", "a@1", "a@2")
    assert code == 2
    assert err.strip()
