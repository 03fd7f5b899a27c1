"""A killed ``socialstrategy planner`` leaves no Streamlit server behind: the command
becomes the server (exec), so the signal a user or a service manager sends reaches it."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _cmdline(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
    except OSError:
        return ""


def _servers(port: int) -> list[int]:
    """The pids of every Streamlit process serving on *port*."""
    return [
        int(entry.name)
        for entry in Path("/proc").iterdir()
        if entry.name.isdigit()
        and "streamlit" in (line := _cmdline(int(entry.name)))
        and f"--server.port={port}" in line
    ]


def _start(tmp_path: Path) -> tuple[subprocess.Popen[bytes], int]:
    """``socialstrategy planner`` in its own process group, once it serves."""
    port = _free_port()
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT / "src"),
        "HOME": str(tmp_path),
        "SOCIALSTRATEGY_WORKSPACE": str(tmp_path / "workspace"),
    }
    env.pop("SOCIALSTRATEGY_STORE", None)
    process = subprocess.Popen(
        [sys.executable, "-m", "socialstrategy", "planner", "--no-browser", "--port", str(port)],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                return process, port
        if process.poll() is not None:
            pytest.fail(f"the planner exited with {process.returncode} before serving")
        time.sleep(0.2)
    process.kill()
    pytest.fail("the planner did not serve within 60 seconds")


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads processes from /proc (Linux)")
@pytest.mark.parametrize("how", ["SIGTERM", "SIGKILL", "SIGTERM to the group"])
def test_a_killed_planner_leaves_no_streamlit_behind(tmp_path: Path, how: str) -> None:
    process, port = _start(tmp_path)
    try:
        # The command became the server: the pid the caller knows is Streamlit's.
        assert _servers(port) == [process.pid]
        if how == "SIGTERM to the group":
            os.killpg(process.pid, signal.SIGTERM)
        else:
            process.send_signal(getattr(signal, how))
        process.wait(timeout=30)
        assert _servers(port) == []
    finally:
        for pid in _servers(port):
            os.kill(pid, signal.SIGKILL)
