"""The installed package carries what `socialstrategy planner` needs, and it serves."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request
import zipfile
from pathlib import Path

from tests.conftest import ROOT, STRATEGIES


def test_wheel_ships_the_pages_and_the_examples(tmp_path: Path) -> None:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    (wheel,) = tmp_path.glob("socialstrategy-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for example in STRATEGIES.glob("*.toml"):
        assert f"socialstrategy/examples/{example.name}" in names
    pages = ROOT / "src" / "socialstrategy" / "planner" / "pages"
    for page in pages.glob("*.py"):
        assert f"socialstrategy/planner/pages/{page.name}" in names
    assert "socialstrategy/planner/main.py" in names
    assert "socialstrategy/py.typed" in names
    # Starter texts are data beside their module, read with importlib.resources.
    assert "socialstrategy/vocab/starters/crisis.toml" in names


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
