"""`pip install socialstrategy` is the core: the model, files, scoring and the command
line's validate, score, rules, schema and diff, without the export or planner stack; a
command that needs an extra says which one, in one line."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, STRATEGIES

#: Modules of the extras (and what they pull in) that the core must never import.
HEAVY = (
    "altair",
    "docx",
    "fontTools",
    "fpdf",
    "icalendar",
    "jinja2",
    "numpy",
    "openpyxl",
    "pandas",
    "PIL",
    "psycopg",
    "pyarrow",
    "streamlit",
    "vl_convert",
)
EXAMPLES = sorted(str(p) for p in STRATEGIES.glob("*.toml"))

_CORE_RUN = """
import json, sys
from click.testing import CliRunner
import socialstrategy, socialstrategy.model, socialstrategy.files, socialstrategy.scoring
from socialstrategy.cli import cli

heavy, examples = sys.argv[1].split(","), sys.argv[2:]
commands = {
    "validate": ["validate", *examples],
    "score": ["score", *examples],
    "rules": ["rules"],
    "schema": ["schema"],
    "diff": ["diff", examples[0], examples[1]],
    "json": ["export", "--format", "json", "-o", "-", examples[0]],
}
codes = {name: CliRunner().invoke(cli, args).exit_code for name, args in commands.items()}
print(json.dumps({"codes": codes, "loaded": [m for m in heavy if m in sys.modules]}))
"""


def test_the_core_and_its_commands_import_no_extra() -> None:
    """Importing the package and running every core command (in a fresh interpreter)
    leaves altair, fpdf2, python-docx, Streamlit, pandas and the rest unimported."""
    run = subprocess.run(
        [sys.executable, "-c", _CORE_RUN, ",".join(HEAVY), *EXAMPLES],
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    )
    result = json.loads(run.stdout.splitlines()[-1])
    # diff exits like diff: 1 for two different plans.
    assert result["codes"] == {
        "validate": 0,
        "score": 0,
        "rules": 0,
        "schema": 0,
        "diff": 1,
        "json": 0,
    }
    assert result["loaded"] == []


# --- A real core install: `pip install` of the wheel, no extras -------------------------

CORE = ROOT / ".venv-core"


def _wheel(folder: Path) -> Path:
    pip_wheel = [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps"]
    subprocess.run(
        [*pip_wheel, "--no-build-isolation", "-w", str(folder), str(ROOT)],
        check=True,
        capture_output=True,
    )
    (wheel,) = folder.glob("socialstrategy-*.whl")
    return wheel


@pytest.fixture(scope="module")
def core(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bin folder of a venv holding `pip install socialstrategy` and nothing more.

    Kept in .venv-core between runs (made again when pyproject.toml changes, as the
    lowest-versions venv is); this checkout's code is installed into it every run."""
    wheel = _wheel(tmp_path_factory.mktemp("wheel"))
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    stamp = CORE / ".installed"
    pip = [str(CORE / "bin" / "python"), "-m", "pip", "install", "--quiet"]
    if stamp.is_file() and stamp.read_text(encoding="utf-8") == digest:
        subprocess.run([*pip, "--no-deps", "--force-reinstall", str(wheel)], check=True)
    else:
        shutil.rmtree(CORE, ignore_errors=True)
        subprocess.run([sys.executable, "-m", "venv", str(CORE)], check=True)
        subprocess.run([*pip, str(wheel)], check=True)  # the dependencies from the index
        stamp.write_text(digest, encoding="utf-8")
    return CORE / "bin"


def _run(core: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(core / "socialstrategy"), *args],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
        cwd=ROOT,
    )


def test_the_core_install_holds_no_extra(core: Path) -> None:
    """The venv is what `pip install socialstrategy` gives: no export or planner stack."""
    found = subprocess.run(
        [
            str(core / "python"),
            "-c",
            "import importlib.util as u, sys;"
            "print(','.join(m for m in sys.argv[1:] if u.find_spec(m)))",
            *HEAVY,
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    assert found.stdout.strip() == ""


@pytest.mark.parametrize("command", ["validate", "score"])
def test_the_core_install_validates_and_scores_every_example(core: Path, command: str) -> None:
    run = _run(core, command, *EXAMPLES)
    assert run.returncode == 0, run.stderr
    assert "Traceback" not in run.stderr
    for example in EXAMPLES:
        assert Path(example).name in run.stdout + run.stderr


@pytest.mark.parametrize(
    ("lang", "args", "expected"),
    [
        (
            "nl",
            ["export", EXAMPLES[0]],
            "voor exporteren zijn pakketten nodig die niet geïnstalleerd zijn (altair,",
        ),
        ("en", ["export", "--format", "md", EXAMPLES[0]], "exporting needs packages"),
        ("en", ["planner", "--no-browser"], "the planner needs packages"),
    ],
)
def test_a_command_of_an_extra_says_what_to_install(
    core: Path, lang: str, args: list[str], expected: str
) -> None:
    """One line naming the install command, exit code 2, nothing written."""
    run = _run(core, "--lang", lang, *args)
    extra = args[0]
    assert run.returncode == 2
    assert run.stdout == ""
    (line,) = run.stderr.splitlines()
    assert expected in line
    assert line.endswith(f"pip install 'socialstrategy[{extra}]'")


def test_the_core_install_exports_the_strategy_as_json(core: Path) -> None:
    """JSON is the strategy itself: no extra needed."""
    run = _run(core, "export", "--format", "json", "-o", "-", EXAMPLES[0])
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout)["organisation"]["name"]
