"""The command line: clear lines, exit codes, never a traceback."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

import socialstrategy as ss
from socialstrategy.cli import cli
from socialstrategy.export import export
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
        "dangling.toml:5: goals[0].processes[0]: doel 1 verwijst naar proces 'intake':"
        " die id bestaat niet in organisation.processes",
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
    # The sector's starter texts, marked as model texts in the file itself.
    assert strategy.guidelines.topics == frozenset(ss.GuidelineTopic)
    assert all(rule.why for rule in strategy.guidelines.rules)
    assert "model_text = true" in target.read_text(encoding="utf-8")


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


# --- refusing harm -------------------------------------------------------------------

LINDE = STRATEGIES / "zorggroep-de-linde.toml"
LONG = "a" * 5000


def _clean(result: subprocess.CompletedProcess[str], code: int) -> str:
    """The exit code is *code* and no traceback or internal error reached the user."""
    output = result.stdout + result.stderr
    assert result.returncode == code, output
    assert "Traceback" not in output
    assert "interne fout" not in output
    return output


def _run_quickly(*args: str) -> subprocess.CompletedProcess[str]:
    """As :func:`_run`, failing after 20 seconds (a FIFO opened for reading waits for ever)."""
    return subprocess.run(
        [sys.executable, "-m", "socialstrategy", "--lang", "en", *args],
        capture_output=True,
        text=True,
        check=False,
        timeout=20,
    )


def test_an_export_never_replaces_its_input(tmp_path: Path) -> None:
    plan = tmp_path / "plan.toml"
    plan.write_bytes(LINDE.read_bytes())
    link = tmp_path / "link.md"
    link.symlink_to(plan)
    for target in (plan, link):
        result = _run_quickly("export", str(plan), "--format", "md", "-o", str(target))
        assert "this is one of the input files" in _clean(result, 2)
    assert plan.read_bytes() == LINDE.read_bytes()


def test_an_export_next_to_a_json_input_of_the_same_name_is_refused(tmp_path: Path) -> None:
    """Without -o the export goes next to its input, named after the organisation: that
    name may be the input itself."""
    source = tmp_path / "zorggroep-de-linde.json"
    source.write_bytes(export(ss.load(LINDE), "json"))
    before = source.read_bytes()
    result = _run_quickly("export", str(source), "--format", "json")
    assert "this is one of the input files" in _clean(result, 2)
    assert source.read_bytes() == before


def _null_device(folder: Path) -> Path:
    """A null device of the test's own (as root, as in CI): a command that wrongly writes
    over it replaces this node, not the machine's /dev/null (which a wrong build did)."""
    if os.geteuid() != 0:
        return Path("/dev/null")
    node = folder / "null"
    os.mknod(node, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    return node


@pytest.mark.parametrize("target", ["device", "folder"])
def test_an_export_to_a_device_or_over_a_folder_is_refused(tmp_path: Path, target: str) -> None:
    folder = tmp_path / "zorggroep-de-linde-report.md"  # where the export would go
    folder.mkdir()
    device = _null_device(tmp_path)
    output = str(device) if target == "device" else str(tmp_path)
    result = _run_quickly("export", str(LINDE), "--format", "md", "-o", output)
    assert "will not be overwritten" in _clean(result, 2)
    assert device.is_char_device()
    assert folder.is_dir()


@pytest.mark.parametrize("target", ["device", "folder"])
def test_new_refuses_a_device_or_a_folder_even_with_force(tmp_path: Path, target: str) -> None:
    device = _null_device(tmp_path)
    output = str(device) if target == "device" else str(tmp_path)
    result = _run_quickly("new", "-o", output, "--force")
    assert "cannot write here" in _clean(result, 2)
    assert device.is_char_device()


def test_validate_refuses_a_fifo_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "plan.toml"
    os.mkfifo(fifo)
    result = _run_quickly("validate", str(fifo))
    assert f"{fifo}: this is not a regular file" in _clean(result, 1)


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_validate_refuses_a_device_at_once(device: str) -> None:
    result = _run_quickly("validate", device)
    assert f"{device}: this is not a regular file" in _clean(result, 1)


def test_export_refuses_a_json_link_to_a_device(tmp_path: Path) -> None:
    link = tmp_path / "plan.json"
    link.symlink_to("/dev/zero")
    result = _run_quickly("export", str(link), "--format", "md", "-o", str(tmp_path / "x.md"))
    assert "this is not a regular file" in _clean(result, 1)


@pytest.mark.parametrize("command", ["score", "export"])
@pytest.mark.parametrize("day", ["9999-12-31", "0001-01-01", "1899-12-31", "2201-01-01"])
def test_today_outside_the_years_of_a_plan_is_a_usage_error(
    tmp_path: Path, command: str, day: str
) -> None:
    extra = ["-o", str(tmp_path / "x.md"), "--format", "md"] if command == "export" else []
    result = _run_quickly(command, str(LINDE), "--today", day, *extra)
    assert "lies outside 1900..2200" in _clean(result, 2)


@pytest.mark.parametrize("day", ["1900-01-01", "1904-02-29", "2196-02-29", "2200-12-31"])
def test_every_example_scores_on_the_first_and_last_days_allowed(day: str) -> None:
    result = _run_quickly("score", "--today", day, "--format", "json", str(STRATEGIES))
    _clean(result, 0)
    assert all(row["valid"] for row in json.loads(result.stdout))


@pytest.mark.parametrize("threshold", ["nan", "inf", "-inf", "-1", "100.5"])
def test_fail_under_outside_0_to_100_is_a_usage_error(threshold: str) -> None:
    result = CliRunner().invoke(cli, ["score", str(LINDE), "--fail-under", threshold])
    assert result.exit_code == 2, result.output
    assert "is not a score from 0 to 100" in result.output


def test_fail_under_100_fails_a_plan_below_it() -> None:
    assert CliRunner().invoke(cli, ["score", str(LINDE), "--fail-under", "100"]).exit_code == 1


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (("validate", LONG), 1),
        (("score", LONG), 1),
        (("export", LONG), 1),
        (("export", str(LINDE), "-o", LONG), 2),
        (("new", "-o", LONG), 2),
    ],
    ids=["validate", "score", "export", "export-o", "new-o"],
)
def test_a_path_too_long_is_a_clean_error(args: tuple[str, ...], code: int) -> None:
    result = _run_quickly(*args)
    assert "too long for the file system" in _clean(result, code)


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("[organisation]\nemployees = -5\n", "organisation.employees: must be from 0 to"),
        ('[[goals]]\nid = "g\\n"\n', "goals[0].id: 'g\\n' is not a valid id"),
        ("[meta]\nnext_review = 0001-01-01\n", "meta.next_review: 0001-01-01 is not between"),
    ],
)
def test_validate_refuses_what_the_planner_cannot_show(
    tmp_path: Path, text: str, where: str
) -> None:
    plan = tmp_path / "plan.toml"
    plan.write_text("schema_version = 1\n" + text, encoding="utf-8")
    result = _run_quickly("validate", str(plan))
    assert where in _clean(result, 1)
