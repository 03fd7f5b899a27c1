"""Several planner replicas behind a real HAProxy, on one shared store: for tests and demos.

    python scripts/replicas.py                  # a throwaway PostgreSQL with the examples
    python scripts/replicas.py --replicas 2 --port 8500 --store postgresql://…

Each replica is ``streamlit run app.py`` on a port of its own. HAProxy in front keeps a
browser on one replica (a cookie it inserts: a Streamlit session lives in one process) and
passes the WebSocket upgrade through. When a replica stops answering its health check,
``option redispatch`` sends the browser to another one, which opens the plan from the store.

The replicas share the cookie secret: Streamlit signs its XSRF and sign-in cookies with it,
and a browser moved to another replica must still be recognised.

Without ``--store`` a throwaway PostgreSQL cluster is started (the one the store tests use,
``tests/storage/cluster.py``) and filled with the bundled examples through
``socialstrategy store import``; it is removed on exit. Every process started here is
stopped on exit and when starting fails, with its children.

No Streamlit or socialstrategy imports here: this file only starts processes.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterator, Mapping

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from tests.storage.cluster import Cluster  # noqa: E402 (the repository's root first)

HAPROXY = shutil.which("haproxy") or "/usr/sbin/haproxy"
#: How long a replica may take to start answering.
START_SECONDS = 60.0


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def haproxy_config(port: int, replica_ports: list[int]) -> str:
    """The proxy's configuration: sticky by an inserted cookie, WebSockets passed through."""
    servers = "\n".join(
        f"    server r{n} 127.0.0.1:{p} check inter 500ms fall 2 rise 1 cookie r{n}"
        for n, p in enumerate(replica_ports, start=1)
    )
    return f"""\
global
    maxconn 512

defaults
    mode http
    timeout connect 2s
    timeout client 1h
    timeout server 1h
    # A WebSocket lives as long as the manager keeps the page open.
    timeout tunnel 1h
    # A cookie that names a replica that is down sends the browser to another one.
    option redispatch
    retries 2

frontend planner
    bind 127.0.0.1:{port}
    default_backend replicas

backend replicas
    balance roundrobin
    cookie SSREPLICA insert indirect nocache httponly
    option httpchk GET /_stcore/health
    http-check expect status 200
{servers}
"""


def _wait_until_up(url: str, process: subprocess.Popen[bytes], seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{url}: the process stopped with code {process.returncode}")
        with (
            contextlib.suppress(OSError, urllib.error.URLError),
            urllib.request.urlopen(url, timeout=2) as response,
        ):
            if response.status == 200:
                return
        time.sleep(0.2)
    raise RuntimeError(f"{url} did not answer within {seconds:.0f} s")


def _stop(process: subprocess.Popen[bytes] | None) -> None:
    """Stop *process* and its children (each was started in a process group of its own)."""
    if process is None or process.poll() is not None:
        return
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=10)


@dataclass
class Replicas:
    """N planner processes on *store* and one HAProxy in front of them; *store* None:
    a throwaway PostgreSQL cluster seeded with the bundled examples."""

    store: str | None = None
    count: int = 2
    port: int = field(default_factory=free_port)
    env: Mapping[str, str] = field(default_factory=dict)
    processes: list[subprocess.Popen[bytes] | None] = field(default_factory=list)
    ports: list[int] = field(default_factory=list)
    proxy: subprocess.Popen[bytes] | None = None
    folder: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="replicas-")))
    cookie_secret: str = field(default_factory=lambda: secrets.token_urlsafe(32))
    cluster: Cluster | None = None

    @property
    def store_url(self) -> str:
        assert self.store is not None, "start() first"
        return self.store

    @property
    def url(self) -> str:
        return f"http://localhost:{self.port}"

    def replica_url(self, n: int) -> str:
        """The replica numbered *n* (from 1), reached directly, not through the proxy."""
        return f"http://127.0.0.1:{self.ports[n - 1]}"

    def _start_replica(self, port: int) -> subprocess.Popen[bytes]:
        env = {
            **os.environ,
            **self.env,
            "SOCIALSTRATEGY_STORE": self.store_url,
            # Streamlit takes its secret from the environment, never from a flag.
            "STREAMLIT_SERVER_COOKIE_SECRET": self.cookie_secret,
        }
        # The child keeps its own copy of the log's descriptor: close ours at once.
        with (self.folder / f"replica-{port}.log").open("wb") as log:
            return self._popen(log, port, env)

    def _popen(self, log: IO[bytes], port: int, env: dict[str, str]) -> subprocess.Popen[bytes]:
        return subprocess.Popen(
            [
                sys.executable,
                "-m",
                "streamlit",
                "run",
                str(ROOT / "app.py"),
                f"--server.port={port}",
                "--server.address=127.0.0.1",
                "--server.headless=true",
                "--server.fileWatcherType=none",
                "--browser.gatherUsageStats=false",
            ],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )

    def _own_store(self) -> str:
        """A throwaway PostgreSQL cluster holding the bundled examples."""
        self.cluster = Cluster().start()
        seeded = subprocess.run(
            [
                sys.executable,
                "-m",
                "socialstrategy",
                "store",
                "import",
                str(ROOT / "strategies"),
                "--store",
                self.cluster.url,
            ],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=False,
        )
        if seeded.returncode != 0:
            raise RuntimeError(f"importing the examples failed:\n{seeded.stdout}{seeded.stderr}")
        return self.cluster.url

    def start(self) -> Replicas:
        try:
            if self.store is None:
                self.store = self._own_store()
            for _ in range(self.count):
                port = free_port()
                self.ports.append(port)
                self.processes.append(self._start_replica(port))
            for port, process in zip(self.ports, self.processes, strict=True):
                assert process is not None
                _wait_until_up(f"http://127.0.0.1:{port}/_stcore/health", process, START_SECONDS)
            config = self.folder / "haproxy.cfg"
            config.write_text(haproxy_config(self.port, self.ports), encoding="utf-8")
            with (self.folder / "haproxy.log").open("wb") as log:
                self.proxy = subprocess.Popen(
                    [HAPROXY, "-db", "-f", str(config)],
                    stdout=log,
                    stderr=subprocess.STDOUT,
                    start_new_session=True,
                )
            _wait_until_up(f"http://127.0.0.1:{self.port}/_stcore/health", self.proxy, 20)
        except BaseException:
            self.stop()
            raise
        return self

    def kill(self, n: int) -> None:
        """Kill replica *n* (from 1) at once, as a crash would."""
        process = self.processes[n - 1]
        if process is not None and process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=10)

    def stop(self) -> None:
        _stop(self.proxy)
        for process in self.processes:
            _stop(process)
        if self.cluster is not None:
            self.cluster.stop()  # removes its folder; a second stop does nothing
        shutil.rmtree(self.folder, ignore_errors=True)

    def __enter__(self) -> Replicas:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


@contextlib.contextmanager
def running(store: str | None = None, count: int = 2, **kwargs: object) -> Iterator[Replicas]:
    with Replicas(store, count, **kwargs) as replicas:  # type: ignore[arg-type]
        yield replicas


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--store",
        help="the shared store's URL (default: a throwaway PostgreSQL with the examples)",
    )
    parser.add_argument("--replicas", type=int, default=2)
    parser.add_argument("--port", type=int, default=8500)
    args = parser.parse_args()
    # Before anything starts: a stop while starting still stops what was started.
    for stop in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(stop, lambda *_: sys.exit(0))
    with (
        contextlib.suppress(KeyboardInterrupt),
        Replicas(args.store, args.replicas, port=args.port) as replicas,
    ):
        print(
            f"{args.replicas} replicas behind HAProxy on {replicas.url} (Ctrl-C stops)", flush=True
        )
        if replicas.cluster is not None:
            print("store (a throwaway PostgreSQL with the examples, removed on exit):", end=" ")
            print(replicas.store, flush=True)
        while True:
            time.sleep(3600)


if __name__ == "__main__":
    main()
