"""A real OpenID Connect provider for the sign-in tests: ``provider.mjs`` (the certified
``oidc-provider`` package, installed by ``npm ci`` here from ``make test``), run with the
machine's Node.js on a free port of localhost.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import subprocess
import time
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parent
CLIENT_ID = "planner"
CLIENT_SECRET = "planner-secret"
#: The test people of provider.mjs: login -> (e-mail, name).
PEOPLE = {
    "anna": ("anna@zorggroep.test", "Anna de Vries"),
    "bram": ("bram@zorggroep.test", "Bram Jansen"),
    "carla": ("carla@zorggroep.test", "Carla Smit"),
}


class Provider:
    """``node provider.mjs PORT REDIRECT_URI`` in a process group of its own."""

    def __init__(self, port: int, redirect_uri: str, log: Path) -> None:
        self.port = port
        self.redirect_uri = redirect_uri
        self.log = log
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def issuer(self) -> str:
        # localhost, not 127.0.0.1: the issuer must match what the planner is told.
        return f"http://localhost:{self.port}"

    @property
    def discovery(self) -> str:
        return f"{self.issuer}/.well-known/openid-configuration"

    def start(self, timeout: float = 30) -> None:
        node = shutil.which("node")
        assert node, "Node.js is missing: run `make test` (scripts/ensure-node.sh)"
        assert (HERE / "node_modules" / "oidc-provider").is_dir(), (
            "oidc-provider is not installed: run `make test` (npm ci in tests/oidc)"
        )
        with self.log.open("wb") as out:
            self.process = subprocess.Popen(
                [node, str(HERE / "provider.mjs"), str(self.port), self.redirect_uri],
                cwd=HERE,
                stdout=out,
                stderr=subprocess.STDOUT,
                start_new_session=True,  # its own group: stopped with everything it starts
            )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                break
            try:
                with urllib.request.urlopen(self.discovery, timeout=2) as reply:
                    if json.load(reply).get("issuer") == self.issuer:
                        return
            except OSError:
                time.sleep(0.2)
        self.stop()
        raise AssertionError(
            "the OpenID Connect provider did not come up:\n"
            + self.log.read_text(encoding="utf-8", errors="replace")
        )

    def stop(self) -> None:
        if self.process is None:
            return
        stop_group(self.process)
        self.process = None


def stop_group(process: subprocess.Popen[bytes]) -> None:
    """Stop *process* and its children (its process group); kill what will not stop."""
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=15)
