"""``python scripts/replicas.py`` alone: its own throwaway PostgreSQL filled with the
bundled examples, two replicas and HAProxy; all of it stopped on SIGTERM, and on a start
that fails, children included."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from socialstrategy.storage import open_store
from tests.conftest import ROOT, STRATEGIES

sys.path.insert(0, str(ROOT / "scripts"))
from replicas import Replicas, free_port


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A zombie is gone for every purpose here.
    with contextlib.suppress(OSError):
        return Path(f"/proc/{pid}/stat").read_text().split()[2] != "Z"
    return False


def _descendants(pid: int) -> set[int]:
    """Every process below *pid* (from /proc, children of children too)."""
    parents: dict[int, int] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        with contextlib.suppress(OSError, IndexError, ValueError):
            fields = stat.read_text().rsplit(")", 1)[1].split()
            parents[int(stat.parent.name)] = int(fields[1])
    found, frontier = set(), {pid}
    while frontier:
        frontier = {child for child, parent in parents.items() if parent in frontier}
        found |= frontier
    return found


def _postmaster(folder: str) -> int | None:
    """The PostgreSQL server whose data folder is under *folder*, if it runs."""
    for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
        with contextlib.suppress(OSError):
            words = cmdline.read_bytes().split(b"\0")
            if words[0].endswith(b"postgres") and f"{folder}/data".encode() in words:
                return int(cmdline.parent.name)
    return None


def test_the_script_alone_serves_the_examples_and_stops_everything_on_sigterm() -> None:
    port = free_port()
    script = subprocess.Popen(
        [sys.executable, str(ROOT / "scripts" / "replicas.py"), "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT / "src")},
    )
    try:
        assert script.stdout is not None
        lines = [script.stdout.readline() for _ in range(2)]
        assert f"2 replicas behind HAProxy on http://localhost:{port}" in lines[0], lines
        url = lines[1].rsplit(" ", 1)[1].strip()
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=5) as r:
            assert r.read() == b"ok"
        store = open_store(url)
        examples = {p.stem for p in STRATEGIES.glob("*.toml")}
        assert examples <= set(store.ids())
        assert (
            store.data("zorggroep-de-linde")
            == (STRATEGIES / "zorggroep-de-linde.toml").read_bytes()
        )
        store.close()
        children = _descendants(script.pid)
        assert len(children) >= 3  # two replicas and HAProxy, with their own children
        folder = parse_qs(urlsplit(url).query)["host"][0]
        postmaster = _postmaster(folder)
        assert postmaster is not None
    finally:
        script.send_signal(signal.SIGTERM)
        code = script.wait(timeout=60)
        if script.stdout is not None:
            script.stdout.close()
    assert code == 0
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(_alive(p) for p in children):
        time.sleep(0.1)
    assert [p for p in children if _alive(p)] == []
    assert not _alive(postmaster)
    assert not Path(folder).exists()


def test_a_start_that_fails_stops_what_it_had_started() -> None:
    with socket.socket() as taken:  # the proxy's port is taken: HAProxy cannot start
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        replicas = Replicas(None, 2, port=taken.getsockname()[1])
        try:
            replicas.start()
        except RuntimeError:
            pass
        else:
            replicas.stop()
            raise AssertionError("HAProxy started on a port that was taken")
    assert len(replicas.processes) == 2
    assert all(p is not None and p.poll() is not None for p in replicas.processes)
    assert replicas.proxy is not None
    assert replicas.proxy.poll() is not None
    assert replicas.cluster is not None
    assert _postmaster(str(replicas.cluster.base)) is None
    assert not replicas.cluster.base.exists()
    assert not replicas.folder.exists()
