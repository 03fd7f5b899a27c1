"""The pre-commit hook: it checks strategy files, and only those."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import tomli
import yaml

from .conftest import ROOT, STRATEGIES

HOOKS = ROOT / ".pre-commit-hooks.yaml"
PRE_COMMIT = [sys.executable, "-m", "pre_commit"]


def _hook() -> dict[str, Any]:
    (hook,) = yaml.safe_load(HOOKS.read_text(encoding="utf-8"))
    assert hook["id"] == "socialstrategy-validate"
    return hook  # type: ignore[no-any-return]


@pytest.mark.parametrize(
    ("path", "matched"),
    [
        ("strategies/zorggroep-de-linde.toml", True),
        ("klanten/de-linde/strategies/2027.toml", True),
        ("strategies/archief/2024.toml", True),
        ("pyproject.toml", False),
        (".taplo.toml", False),
        ("ruff.toml", False),
        ("docs/strategies.toml", False),
        ("strategies-oud.toml", False),
        ("strategies/README.md", False),
    ],
)
def test_the_hook_matches_strategy_files_only(path: str, matched: bool) -> None:
    """pre-commit passes a file when `files` is found in its path (re.search)."""
    hook = _hook()
    assert bool(re.search(hook["files"], path)) is matched
    assert hook["types"] == ["toml"]


def test_the_hook_runs_the_installed_command() -> None:
    hook = _hook()
    scripts = tomli.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert hook["language"] == "python"
    assert hook["entry"].split()[:2] == ["socialstrategy", "validate"]
    assert "socialstrategy" in scripts["scripts"]


def _git(folder: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=folder, check=True, capture_output=True)


def _try_repo(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """`pre-commit try-repo ROOT socialstrategy-validate ARGS` in *folder*: the hook
    installed from this repository as a user's repository would install it."""
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "test",
        "GIT_AUTHOR_EMAIL": "test@example.org",
        "GIT_COMMITTER_NAME": "test",
        "GIT_COMMITTER_EMAIL": "test@example.org",
    }
    return subprocess.run(
        [*PRE_COMMIT, "try-repo", str(ROOT), "socialstrategy-validate", *args],
        cwd=folder,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=900,
    )


def test_try_repo_passes_on_the_examples() -> None:
    """The acceptance line: `pre-commit try-repo . socialstrategy-validate --files
    strategies/*.toml` passes."""
    files = [str(p.relative_to(ROOT)) for p in sorted(STRATEGIES.glob("*.toml"))]
    done = _try_repo(ROOT, "--files", *files)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "socialstrategy validate" in done.stdout
    assert "Passed" in done.stdout


def test_try_repo_fails_on_a_broken_strategy_and_leaves_pyproject_alone(tmp_path: Path) -> None:
    _git(tmp_path, "init", "-q")
    (tmp_path / "strategies").mkdir()
    shutil.copyfile(STRATEGIES / "zorggroep-de-linde.toml", tmp_path / "strategies" / "linde.toml")
    (tmp_path / "strategies" / "kapot.toml").write_text(
        'schema_version = 1\n[meta]\nrevision = "twee"\n', encoding="utf-8"
    )
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n', encoding="utf-8")
    _git(tmp_path, "add", ".")
    done = _try_repo(tmp_path, "--all-files")
    assert done.returncode == 1, done.stdout + done.stderr
    assert "strategies/kapot.toml:3: meta.revision:" in done.stdout
    assert "pyproject.toml" not in done.stdout
    assert "linde.toml" not in done.stdout  # --quiet: only problems
