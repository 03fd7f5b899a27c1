"""The command line as ruff's: --output-format text|json|github, - for stdin and stdout."""

from __future__ import annotations

import datetime as dt
import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import attrs
import docx
import pypdf
import pytest
from click.testing import CliRunner

import socialstrategy as ss
from socialstrategy.cli import cli
from socialstrategy.cli.output import Diagnostic, escape_data, escape_property, github_line
from socialstrategy.files.jsonfile import dumps_json
from socialstrategy.scoring import RULES
from socialstrategy.scoring.examples import base

from .conftest import STRATEGIES

LINDE = STRATEGIES / "zorggroep-de-linde.toml"
TODAY = "2026-11-23"
KEYS = ["file", "line", "column", "code", "level", "message", "fix"]
SYNTAX = 'schema_version = 1\n[meta]\ntitle = "open\n'
WRONG_TYPE = 'schema_version = 1\n[meta]\n  revision = "twee"\n'
REASON = "Besloten door het MT op 3 maart 2026: dit doel meten we na de pilot."


def _run(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    """The real console script, with *stdin* piped in (``validate - < plan.toml``)."""
    return subprocess.run(
        [sys.executable, "-m", "socialstrategy", *args],
        input=stdin,
        capture_output=True,
        check=False,
        timeout=120,
    )


def _invoke(*args: str, stdin: str | bytes | None = None) -> Any:
    return CliRunner().invoke(cli, list(args), input=stdin)


def _without_indicator(until: dt.date | None = None, reason: str = REASON) -> ss.Strategy:
    """The reference strategy with one goal that has no indicator (GOAL003), accepted
    when *until* is given."""
    plan = base()
    goals = (attrs.evolve(plan.goals[0], indicators=()), *plan.goals[1:])
    accepted = (ss.Acceptance(rule="GOAL003", reason=reason, until=until),) if until else ()
    return attrs.evolve(plan, goals=goals, meta=attrs.evolve(plan.meta, accepted=accepted))


@pytest.fixture
def accepted_plan(tmp_path: Path) -> Path:
    path = tmp_path / "plan.toml"
    ss.dump(_without_indicator(dt.date(2027, 6, 1)), path)
    return path


# stdin and stdout -------------------------------------------------------------------


def test_validate_reads_stdin() -> None:
    """`socialstrategy validate - < plan.toml`, named <stdin> in what it says."""
    result = _run("validate", "-", stdin=LINDE.read_bytes())
    assert result.returncode == 0, result.stderr
    assert result.stdout.decode() == "<stdin>: geldig\n"


def test_validate_names_stdin_in_problems() -> None:
    result = _run("--lang", "en", "validate", "-", stdin=WRONG_TYPE.encode())
    assert result.returncode == 1
    assert result.stdout.decode().startswith("<stdin>:3: meta.revision: expected")


def test_score_reads_stdin(tmp_path: Path) -> None:
    result = _invoke("score", "--today", TODAY, "-", stdin=LINDE.read_bytes())
    assert result.exit_code == 0, result.output
    # A copy on its own: the bundled example's folder keeps its history, and a file with
    # history also gets its score against the last adopted version (stdin has none).
    alone = tmp_path / LINDE.name
    alone.write_bytes(LINDE.read_bytes())
    assert result.output == _invoke("score", "--today", TODAY, str(alone)).output


def test_stdin_holding_json_is_read_as_json() -> None:
    text = dumps_json(ss.load(LINDE))
    result = _invoke("validate", "-", stdin=text)
    assert result.exit_code == 0, result.output
    assert "<stdin>: geldig" in result.output


def test_export_markdown_to_stdout() -> None:
    result = _run("export", str(LINDE), "--format", "md", "-o", "-", "--today", TODAY)
    assert result.returncode == 0, result.stderr
    assert result.stdout.decode().startswith("# ")
    assert not Path("-").exists()


def test_export_from_stdin_to_stdout_as_pdf() -> None:
    """`export - -o - --format pdf` pipes a PDF: the bytes are the whole document."""
    result = _run(
        "export", "-", "--format", "pdf", "-o", "-", "--today", TODAY, stdin=LINDE.read_bytes()
    )
    assert result.returncode == 0, result.stderr
    reader = pypdf.PdfReader(io.BytesIO(result.stdout))
    assert "De Linde" in reader.pages[0].extract_text()


def test_export_word_to_stdout() -> None:
    result = _invoke("export", str(LINDE), "--format", "docx", "-o", "-", "--today", TODAY)
    assert result.exit_code == 0, result.output
    document = docx.Document(io.BytesIO(result.stdout_bytes))
    assert any("De Linde" in p.text for p in document.paragraphs)


def test_export_of_several_plans_to_stdout_is_refused() -> None:
    result = _invoke("export", str(STRATEGIES), "--format", "md", "-o", "-")
    assert result.exit_code == 2
    assert "-o -" in result.output


def test_new_writes_to_stdout_with_a_dash() -> None:
    result = _invoke("new", "-o", "-")
    assert result.exit_code == 0
    assert ss.loads(result.output) == ss.loads(_invoke("new").output)


# JSON -----------------------------------------------------------------------------


def test_validate_json_is_an_array_with_lines_and_columns(tmp_path: Path) -> None:
    (tmp_path / "a-syntax.toml").write_text(SYNTAX, encoding="utf-8")
    (tmp_path / "b-type.toml").write_text(WRONG_TYPE, encoding="utf-8")
    (tmp_path / "c-good.toml").write_bytes(LINDE.read_bytes())
    result = _invoke("--lang", "en", "validate", "--output-format", "json", str(tmp_path))
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert [list(item)[:7] for item in data] == [KEYS, KEYS]
    syntax, wrong = data
    assert (syntax["file"], syntax["line"], syntax["column"], syntax["code"]) == (
        str(tmp_path / "a-syntax.toml"),
        3,
        14,
        "FILE002",
    )
    assert (wrong["line"], wrong["column"], wrong["code"], wrong["level"]) == (
        3,
        3,
        "FILE005",
        "error",
    )
    assert wrong["path"] == "meta.revision"
    assert wrong["message"].startswith("meta.revision: expected")


def test_validate_json_of_valid_files_is_an_empty_array() -> None:
    result = _invoke("validate", "--output-format", "json", str(LINDE))
    assert (result.exit_code, json.loads(result.stdout)) == (0, [])


def test_a_missing_file_in_json_has_no_line() -> None:
    result = _invoke("validate", "--output-format", "json", "nope.toml")
    (item,) = json.loads(result.stdout)
    assert (item["code"], item["line"], item["message"]) == (
        "FILE001",
        None,
        "bestand niet gevonden",
    )


def test_score_json_is_an_array_even_for_one_file(accepted_plan: Path) -> None:
    """Every finding with the line of its part in the file; accepted ones say so."""
    result = _invoke("score", "--today", TODAY, "--output-format", "json", str(accepted_plan))
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert isinstance(data, list)
    (item,) = data
    assert list(item)[:7] == KEYS
    lines = accepted_plan.read_text(encoding="utf-8").splitlines()
    # goals[0].indicators is not written (it is empty): the line is the goal's own.
    assert lines[item["line"] - 1] == "[[goals]]"
    assert item["column"] == 1
    assert (item["code"], item["path"]) == ("GOAL003", "goals[0].indicators")
    assert item["accepted"] == {"reason": REASON, "until": "2027-06-01"}


def test_score_json_locates_findings_on_their_key(tmp_path: Path) -> None:
    """A finding about a written key points at that key's line and column."""
    plan = tmp_path / "plan.toml"
    far = attrs.evolve(base().meta, next_review=dt.date(2028, 12, 31))
    ss.dump(attrs.evolve(base(), meta=far), plan)
    text = plan.read_text(encoding="utf-8").replace("\nnext_review", "\n    next_review")
    plan.write_text(text, encoding="utf-8")
    result = _invoke("score", "--today", TODAY, "--output-format", "json", str(plan))
    found = {item["code"]: item for item in json.loads(result.stdout)}
    line = text.splitlines().index("    next_review = 2028-12-31") + 1
    assert (found["PROF013"]["line"], found["PROF013"]["column"]) == (line, 5)


def test_score_json_of_several_files_holds_all_findings_and_errors(tmp_path: Path) -> None:
    (tmp_path / "broken.toml").write_text(SYNTAX, encoding="utf-8")
    ss.dump(_without_indicator(), tmp_path / "open.toml")
    result = _invoke("score", "--today", TODAY, "--output-format", "json", str(tmp_path))
    assert result.exit_code == 1
    codes = [(Path(item["file"]).name, item["code"]) for item in json.loads(result.stdout)]
    assert codes == [("broken.toml", "FILE002"), ("open.toml", "GOAL003")]


def test_score_format_json_is_the_report_and_still_an_array() -> None:
    result = _invoke("score", "--today", TODAY, "--format", "json", str(LINDE))
    (report,) = json.loads(result.stdout)
    assert report["file"] == str(LINDE)
    assert "overall" in report


def test_format_text_is_an_alias_and_a_contradiction_is_a_usage_error() -> None:
    args = ("score", "--today", TODAY, str(LINDE))
    assert _invoke(*args, "--format", "text").output == _invoke(*args).output
    assert _invoke(*args, "--format", "text", "--output-format", "json").exit_code == 2
    assert _invoke("rules", "--format", "markdown", "--output-format", "json").exit_code == 2


def test_rules_json_lists_every_rule() -> None:
    data = json.loads(_invoke("rules", "--output-format", "json").stdout)
    assert [item["code"] for item in data] == list(RULES)
    assert all(list(item)[:7] == KEYS and item["file"] is None for item in data)
    assert _invoke("rules", "--format", "text").output == _invoke("rules").output
    assert "\n# Rules reference" in _invoke("rules", "--format", "markdown").output


# GitHub annotations ---------------------------------------------------------------


def test_validate_github_annotations_one_line_per_problem(tmp_path: Path) -> None:
    path = tmp_path / "plan.toml"
    path.write_text(WRONG_TYPE, encoding="utf-8")
    result = _invoke("--lang", "en", "validate", "--output-format", "github", str(path))
    assert result.exit_code == 1
    (line,) = result.stdout.splitlines()
    assert line.startswith(f"::error file={path},line=3,col=3,title=FILE005::meta.revision")


def test_score_github_annotations_by_level(tmp_path: Path, accepted_plan: Path) -> None:
    plain = tmp_path / "open.toml"
    ss.dump(_without_indicator(), plain)
    result = _invoke(
        "--lang", "en", "score", "--today", TODAY, "--output-format", "github", str(plain)
    )
    (line,) = result.stdout.splitlines()
    assert line.startswith(f"::warning file={plain},line=")
    assert ",col=1,title=GOAL003::Goal 'Meer" in line
    assert "%0A→ Add an indicator" in line  # the fix on the annotation's second line
    accepted = _invoke("score", "--today", TODAY, "--output-format", "github", str(accepted_plan))
    assert accepted.stdout.startswith("::notice ")
    assert f"[geaccepteerd: {REASON}]" in accepted.stdout


def test_github_escaping_follows_the_actions_toolkit() -> None:
    assert escape_data("50% klaar\r\nnu") == "50%25 klaar%0D%0Anu"
    assert escape_property("a,b: c%") == "a%2Cb%3A c%25"
    shown = github_line(
        Diagnostic(
            file="dir,x/a:b.toml", code="GOAL003", level="advice", message="één\ntwee", line=4
        )
    )
    assert shown == "::notice file=dir%2Cx/a%3Ab.toml,line=4,title=GOAL003::één%0Atwee"


# Accepted findings in the text report ------------------------------------------------


def test_score_text_lists_accepted_findings_apart(accepted_plan: Path) -> None:
    result = _invoke("score", "--today", TODAY, str(accepted_plan))
    assert "Totaalscore 100/100" in result.output
    assert "Geaccepteerd (1): tellen niet mee in de score" in result.output
    assert f"reden: {REASON}; tot en met 1 juni 2027" in result.output


def test_an_expired_acceptance_counts_again_and_says_so(accepted_plan: Path) -> None:
    result = _invoke(
        "score", "--today", "2027-06-02", "--output-format", "json", str(accepted_plan)
    )
    codes = {item["code"]: item for item in json.loads(result.stdout)}
    assert codes["GOAL003"]["accepted"] is None
    assert "de termijn liep af op 1 juni 2027" in codes["PROF015"]["message"]


def test_export_from_stdin_without_output_lands_in_the_current_folder(tmp_path: Path) -> None:
    """Named as any export is; a plan without a name is a "strategie", never "-"."""
    linde = ss.load(LINDE)
    nameless = attrs.evolve(
        linde,
        organisation=attrs.evolve(linde.organisation, name=""),
        meta=attrs.evolve(linde.meta, title=""),
    )
    done = subprocess.run(
        [sys.executable, "-m", "socialstrategy", "export", "-", "--format", "md"],
        input=ss.dumps(nameless).encode(),
        cwd=tmp_path,
        capture_output=True,
        check=False,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert [p.name for p in tmp_path.iterdir()] == ["strategie-rapport.md"]
