"""The command line: clear lines, exit codes, never a traceback."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

import socialstrategy as ss
from socialstrategy.cli import cli
from socialstrategy.files import schema_text

from .conftest import STRATEGIES

BROKEN = {
    "syntax.toml": ('schema_version = 1\n[meta]\ntitle = "open\n', "syntax.toml:3:"),
    "type.toml": ('schema_version = 1\n[meta]\nrevision = "twee"\n', "type.toml:3: meta.revision:"),
    "key.toml": (
        'schema_version = 1\n[meta]\ntitel = "x"\n',
        "key.toml:3: meta.titel: onbekende sleutel 'titel' (bedoelde je 'title'?)",
    ),
    "dangling.toml": (
        'schema_version = 1\n\n[[goals]]\nid = "g"\nprocesses = ["intake"]\n',
        "dangling.toml:5: goals[0].processes[0]: 'intake' bestaat niet in organisation.processes",
    ),
    "future.toml": ("schema_version = 7\n", "future.toml:1: schema_version:"),
}


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    """The real console entry point, in a process of its own."""
    return subprocess.run(
        [sys.executable, "-m", "socialstrategy", *args],
        capture_output=True,
        text=True,
        check=False,
    )


def test_validate_examples_exits_zero() -> None:
    result = _run("validate", *map(str, sorted(STRATEGIES.glob("*.toml"))))
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.count(": geldig") == len(list(STRATEGIES.glob("*.toml")))


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_validate_broken_file_exits_one_with_file_path_and_line(tmp_path: Path, name: str) -> None:
    text, expected = BROKEN[name]
    (tmp_path / name).write_text(text, encoding="utf-8")
    result = _run("validate", str(tmp_path / name))
    assert result.returncode == 1
    assert result.stdout.startswith(
        str(tmp_path / expected.split(":", 1)[0]) + ":" + expected.split(":", 1)[1]
    )
    assert "Traceback" not in result.stdout + result.stderr


def test_validate_reports_every_file_and_counts(tmp_path: Path) -> None:
    for name, (text, _) in BROKEN.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    good = tmp_path / "good.toml"
    ss.dump(ss.new_strategy(ss.Sector.WELFARE), good)
    result = CliRunner().invoke(cli, ["--lang", "en", "validate", str(tmp_path)])
    assert result.exit_code == 1
    assert "6 file(s) checked, 5 invalid" in result.output
    assert f"{good}: valid" in result.output


def test_validate_a_missing_file(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["validate", str(tmp_path / "nope.toml")])
    assert result.exit_code == 1
    assert "nope.toml: bestand niet gevonden" in result.output


def test_new_writes_a_valid_file_for_a_sector(tmp_path: Path) -> None:
    target = tmp_path / "linde.toml"
    result = CliRunner().invoke(
        cli, ["new", "--sector", "elderly_care", "--name", "De Linde", "-o", str(target)]
    )
    assert result.exit_code == 0, result.output
    strategy = ss.load(target)
    assert strategy.organisation.name == "De Linde"
    assert strategy.organisation.sector is ss.Sector.ELDERLY_CARE


def test_new_does_not_overwrite_without_force(tmp_path: Path) -> None:
    target = tmp_path / "s.toml"
    target.write_text("keep")
    result = CliRunner().invoke(cli, ["new", "-o", str(target)])
    assert result.exit_code == 2
    assert target.read_text() == "keep"
    assert CliRunner().invoke(cli, ["new", "-o", str(target), "--force"]).exit_code == 0
    assert ss.load(target).organisation.sector is ss.Sector.OTHER


def test_new_prints_to_stdout_in_english() -> None:
    result = CliRunner().invoke(cli, ["--lang", "en", "new", "--sector", "hospital"])
    assert ss.loads(result.output).meta.title == "Social media strategy"


def test_new_into_a_missing_folder_is_one_clear_line(tmp_path: Path) -> None:
    result = _run("new", "-o", str(tmp_path / "no" / "s.toml"))
    assert result.returncode == 1
    assert result.stderr.strip().endswith("kan niet schrijven: No such file or directory")
    assert "Traceback" not in result.stderr


def test_schema_prints_the_committed_schema() -> None:
    result = _run("schema")
    assert result.stdout == schema_text()
    assert json.loads(result.stdout)["properties"]["schema_version"]["maximum"] == 1


def test_usage_errors_exit_two() -> None:
    assert _run("validate").returncode == 2
    assert _run("new", "--sector", "castle").returncode == 2
