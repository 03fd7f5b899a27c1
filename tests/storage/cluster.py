"""A throwaway PostgreSQL cluster for tests and benchmarks: Debian's own binaries,
``initdb`` and ``pg_ctl`` in a temporary folder, a free port, the socket in that folder.

``initdb`` refuses to run as root: as root the cluster belongs to an unprivileged user
(``postgres`` when Debian's package made it, else ``nobody``) and every command runs as
that user through ``setpriv``. Stopped (``-m immediate``) and removed by :meth:`stop`.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import re
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterator

ENV_VAR = "SOCIALSTRATEGY_TEST_POSTGRES"
USER = "socialstrategy"


def binaries() -> Path:
    """The newest PostgreSQL's ``bin`` folder (Debian keeps each version apart)."""
    found = []
    for folder in Path("/usr/lib/postgresql").glob("*/bin"):
        version = re.match(r"\d+", folder.parent.name)
        if version and (folder / "initdb").exists():
            found.append((int(version.group()), folder))
    if found:
        return max(found)[1]
    initdb = shutil.which("initdb")
    if initdb:
        return Path(initdb).resolve().parent
    raise RuntimeError(
        "PostgreSQL is not installed: run scripts/ensure-postgres.sh (Debian's 'postgresql'),"
        f" or set {ENV_VAR} to the URL of a running server"
    )


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _owner() -> pwd.struct_passwd | None:
    """Who runs the cluster: None for the current user, unless that is root."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        with contextlib.suppress(KeyError):
            return pwd.getpwnam(name)
    raise RuntimeError("no unprivileged user (postgres, nobody) to run PostgreSQL as")


class Cluster:
    """A running cluster; :attr:`url` connects over its Unix socket."""

    def __init__(self, *, durable: bool = False) -> None:
        #: Off for tests (faster); on for benchmarks, which must compare like with like.
        self.durable = durable
        self.bin = binaries()
        self.owner = _owner()
        self.port = _free_port()
        # Not under pytest's tmp_path: its folders are closed to other users.
        self.base = Path(tempfile.mkdtemp(prefix="socialstrategy-pg-"))
        self.data = self.base / "data"
        self.log = self.base / "server.log"
        if self.owner is not None:
            os.chown(self.base, self.owner.pw_uid, self.owner.pw_gid)
        self.url = f"postgresql://{USER}@/postgres?host={self.base}&port={self.port}"

    def _run(self, *args: str) -> None:
        command = [str(self.bin / args[0]), *args[1:]]
        if self.owner is not None:
            command = [
                "setpriv",
                f"--reuid={self.owner.pw_uid}",
                f"--regid={self.owner.pw_gid}",
                "--clear-groups",
                *command,
            ]
        env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LC_ALL": "C", "TZ": "UTC"}
        done = subprocess.run(
            command, cwd=self.base, env=env, capture_output=True, text=True, check=False
        )
        if done.returncode != 0:
            log = self.log.read_text(errors="replace") if self.log.exists() else ""
            raise RuntimeError(f"{' '.join(args[:2])} failed:\n{done.stdout}{done.stderr}{log}")

    def start(self) -> Cluster:
        try:
            self._run(
                "initdb", "-D", str(self.data), "-U", USER, "--auth=trust",
                "--encoding=UTF8", "--no-locale", "--no-sync",
            )  # fmt: skip
            options = f"-p {self.port} -k {self.base} -c listen_addresses='' -c max_connections=200"
            if not self.durable:
                options += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
            self._run(
                "pg_ctl", "-D", str(self.data), "-l", str(self.log), "-o", options, "-w", "start"
            )
        except BaseException:
            self.stop()
            raise
        return self

    def stop(self) -> None:
        if (self.data / "postmaster.pid").exists():
            with contextlib.suppress(RuntimeError):
                self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.base, ignore_errors=True)


@contextlib.contextmanager
def server(*, durable: bool = False) -> Iterator[str]:
    """The URL of a PostgreSQL server: ``$SOCIALSTRATEGY_TEST_POSTGRES``, else a throwaway
    cluster for as long as the ``with`` block runs."""
    given = os.environ.get(ENV_VAR)
    if given:
        yield given
        return
    cluster = Cluster(durable=durable).start()
    try:
        yield cluster.url
    finally:
        cluster.stop()
