"""The installed package carries what `socialstrategy planner` needs, and it serves."""

from __future__ import annotations

import email
import re
import socket
import subprocess
import sys
import time
import urllib.request
import zipfile
from pathlib import Path

import pytest

from tests.conftest import ROOT, STRATEGIES


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel of this checkout, built as pip builds it for `pip install .`."""
    folder = tmp_path_factory.mktemp("wheel")
    pip_wheel = [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps"]
    subprocess.run(
        [*pip_wheel, "--no-build-isolation", "-w", str(folder), str(ROOT)],
        check=True,
        capture_output=True,
    )
    (built,) = folder.glob("socialstrategy-*.whl")
    return built


def test_wheel_ships_the_pages_and_the_examples(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for example in STRATEGIES.glob("*.toml"):
        assert f"socialstrategy/examples/{example.name}" in names
    # Their history too (a hidden folder, which build backends may leave out).
    kept = list(STRATEGIES.glob(".history/*/*"))
    assert kept
    for revision in kept:
        assert f"socialstrategy/examples/{revision.relative_to(STRATEGIES).as_posix()}" in names
    pages = ROOT / "src" / "socialstrategy" / "planner" / "pages"
    for page in pages.glob("*.py"):
        assert f"socialstrategy/planner/pages/{page.name}" in names
    assert "socialstrategy/planner/main.py" in names
    assert "socialstrategy/py.typed" in names
    # Starter texts are data beside their module, read with importlib.resources.
    assert "socialstrategy/vocab/starters/crisis.toml" in names


def test_wheel_holds_the_license_and_the_core_needs_no_extra(wheel: Path) -> None:
    """The MIT licence travels in the wheel; what `pip install socialstrategy` installs
    (the requirements without an extra) holds nothing of the export or planner stacks."""
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        (license_name,) = [n for n in names if n.endswith(".dist-info/licenses/LICENSE")]
        license_text = archive.read(license_name).decode()
        (metadata_name,) = [n for n in names if n.endswith(".dist-info/METADATA")]
        metadata = email.message_from_bytes(archive.read(metadata_name))
    assert license_text == (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert "Copyright (c) 2026 socialstrategy contributors" in license_text
    assert metadata["License-Expression"] == "MIT"
    assert metadata.get_all("License-File") == ["LICENSE"]
    requires = metadata.get_all("Requires-Dist") or []
    core = {_name(r) for r in requires if "extra ==" not in r}
    assert core == {"attrs", "cattrs", "click", "tomli", "tomli-w", "tomlkit", "babel"}
    export = {_name(r) for r in requires if r.endswith("extra == 'export'")}
    assert {"altair", "fpdf2", "python-docx", "pillow", "fonttools", "markupsafe"} <= export
    planner = {_name(r) for r in requires if r.endswith("extra == 'planner'")}
    assert {"streamlit", "pandas", "altair", "fpdf2"} <= planner  # the planner offers exports
    assert metadata.get_all("Provides-Extra") is not None
    assert {"export", "planner", "postgres", "all"} <= set(metadata.get_all("Provides-Extra"))


def _name(requirement: str) -> str:
    """The distribution a Requires-Dist line names: ``fpdf2>=2.8.4,<2.9; extra == …``."""
    return re.split(r"[\s\[<>=!~;]", requirement, maxsplit=1)[0].lower()


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_planner_command_serves_the_planner(tmp_path: Path) -> None:
    """`socialstrategy planner` answers on / and on /_stcore/health."""
    port = _free_port()
    workspace = tmp_path / "plans"
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "socialstrategy",
            "planner",
            "--no-browser",
            "--port",
            str(port),
            "--workspace",
            str(workspace),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 60
        health = ""
        while time.monotonic() < deadline and health != "ok":
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health") as reply:
                    health = reply.read().decode()
            except OSError:
                time.sleep(0.3)
        assert health == "ok"
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/") as reply:
            assert reply.status == 200
    finally:
        process.terminate()
        process.wait(timeout=20)
