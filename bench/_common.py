"""What the benchmarks share: timing, tables, a free port, a planner server, a browser.

Every benchmark prints ratios of two costs measured in the same run, so that the
figures mean the same on a fast and a slow machine; absolute times stand beside them.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

if TYPE_CHECKING:
    import logging
    from collections.abc import Callable, Iterator, Sequence

    from playwright.sync_api import Browser, Page

ROOT = Path(__file__).resolve().parent.parent
STRATEGIES = ROOT / "strategies"
APP = ROOT / "app.py"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_FLAGS = (
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)
MIB = 1024 * 1024


def examples() -> list[Path]:
    """The bundled example strategies, sorted by name."""
    return sorted(STRATEGIES.glob("*.toml"))


def largest_example() -> Path:
    return max(examples(), key=lambda p: p.stat().st_size)


def median_time(fn: Callable[[], object], rounds: int = 30, warmup: int = 1) -> float:
    """The median wall time of *fn* in seconds, over *rounds* calls after *warmup* calls."""
    return median_times(fn, rounds=rounds, warmup=warmup)[0]


def median_times(
    *fns: Callable[[], object], rounds: int = 30, warmup: int = 1
) -> tuple[float, ...]:
    """The median wall time of each of *fns*, called in turn round after round.

    Taking turns exposes every function to the same bursts of load on the machine, so
    the ratio of two medians holds better than when each is timed in a block of its own.
    """
    for _ in range(warmup):
        for fn in fns:
            fn()
    times: list[list[float]] = [[] for _ in fns]
    for _ in range(rounds):
        for fn, spent in zip(fns, times, strict=True):
            start = time.perf_counter()
            fn()
            spent.append(time.perf_counter() - start)
    return tuple(statistics.median(spent) for spent in times)


def ms(seconds: float) -> str:
    return f"{seconds * 1e3:.1f}" if seconds >= 0.01 else f"{seconds * 1e3:.2f}"


def table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
    """Print *rows* under *headers*: the first column left-aligned, the others right."""
    cells = [[str(h) for h in headers], *([str(c) for c in row] for row in rows)]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    for row in cells:
        first, *rest = row
        line = first.ljust(widths[0])
        line += "".join(f"  {c.rjust(w)}" for c, w in zip(rest, widths[1:], strict=True))
        print(line.rstrip())


_BARE_MODE_NOISE = ("missing ScriptRunContext", "Session state does not function")


def quiet_streamlit() -> None:
    """Drop the warnings Streamlit logs when AppTest touches session state in bare mode.

    A filter, not a log level: Streamlit resets its loggers' levels from its
    configuration whenever an AppTest runs.
    """
    from streamlit.runtime.scriptrunner_utils import script_run_context  # noqa: PLC0415
    from streamlit.runtime.state import session_state_proxy  # noqa: PLC0415

    def keep(record: logging.LogRecord) -> bool:
        return not any(noise in record.getMessage() for noise in _BARE_MODE_NOISE)

    for module in (script_run_context, session_state_proxy):
        module._LOGGER.addFilter(keep)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Server:
    """``streamlit run <script>`` on a free port, headless, as a child process.

    ``started`` is the ``perf_counter`` just before the process was spawned, so a caller
    can time a cold start up to whatever it considers ready.
    """

    def __init__(self, script: Path, *, workspace: Path | None = None) -> None:
        self.script = script
        self.workspace = workspace
        self.port = free_port()
        self.process: subprocess.Popen[bytes] | None = None
        self.started = 0.0
        self._log: IO[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def spawn(self) -> None:
        env = dict(os.environ)
        if self.workspace is not None:
            env["SOCIALSTRATEGY_WORKSPACE"] = str(self.workspace)
        self._log = tempfile.NamedTemporaryFile(prefix="bench-server-", suffix=".log")  # noqa: SIM115
        self.started = time.perf_counter()
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "streamlit",
                "run",
                str(self.script),
                f"--server.port={self.port}",
                "--server.headless=true",
                "--browser.gatherUsageStats=false",
                "--server.fileWatcherType=none",
            ],
            cwd=ROOT,  # the project's .streamlit/config.toml applies to every app alike
            env=env,
            stdout=self._log,
            stderr=subprocess.STDOUT,
        )

    def wait_healthy(self, timeout: float = 60, interval: float = 0.05) -> None:
        """Poll ``/_stcore/health`` until the server answers ``ok``."""
        assert self.process is not None
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(
                    f"streamlit exited with {self.process.returncode}:\n{self.log()}"
                )
            try:
                with urllib.request.urlopen(f"{self.url}/_stcore/health", timeout=2) as reply:
                    if reply.read() == b"ok":
                        return
            except OSError:
                time.sleep(interval)
        raise RuntimeError(f"streamlit did not come up within {timeout} s:\n{self.log()}")

    def start(self) -> Server:
        self.spawn()
        self.wait_healthy()
        return self

    def log(self) -> str:
        if self._log is None:
            return ""
        self._log.flush()
        return Path(self._log.name).read_text(encoding="utf-8", errors="replace")[-4000:]

    def rss(self) -> int:
        """The server's resident set size in bytes (Linux: /proc/<pid>/status)."""
        assert self.process is not None
        status = Path(f"/proc/{self.process.pid}/status").read_text(encoding="ascii")
        for line in status.splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
        raise RuntimeError("no VmRSS in /proc status")

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=15)
            self.process = None
        if self._log is not None:
            self._log.close()
            self._log = None

    def __enter__(self) -> Server:
        return self

    def __exit__(self, *_: object) -> None:
        self.stop()


def seeded_workspace(folder: Path) -> Path:
    """*folder* holding copies of the bundled examples, as the planner seeds a new one."""
    folder.mkdir(parents=True, exist_ok=True)
    for example in examples():
        shutil.copyfile(example, folder / example.name)
    return folder


@contextlib.contextmanager
def chromium() -> Iterator[Browser]:
    """Debian's headless Chromium driven by Playwright (never a downloaded browser)."""
    from playwright.sync_api import sync_playwright  # noqa: PLC0415  (browser benches only)

    if not Path(CHROMIUM).exists():
        raise SystemExit("Debian's chromium is missing: run `make browser`")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=list(CHROMIUM_FLAGS))
        try:
            yield browser
        finally:
            browser.close()


SCRIPT_DONE = (
    "() => { const app = document.querySelector(\"[data-testid='stApp']\");"
    " return app && app.getAttribute('data-test-script-state') === 'notRunning'; }"
)


def settle(page: Page, timeout: float = 30_000) -> None:
    """Wait as Streamlit's own tests do: until the script is no longer running."""
    page.wait_for_timeout(300)  # let a rerun that was just triggered begin
    page.wait_for_function(SCRIPT_DONE, timeout=timeout)
    page.wait_for_timeout(100)


def with_server_script_cache(run: Callable[[], Any]) -> Callable[[], Any]:
    """*run* (an ``AppTest.run``) keeping compiled scripts between runs, as a server does.

    AppTest makes a new ``ScriptCache`` on every run, so every rerun parses, rewrites
    (for "magic") and compiles the main script and the page again. A Streamlit server
    holds one cache for its lifetime and compiles a script once. Without this, a rerun is
    charged for compiling, in proportion to the length of its page's source, which the
    empty app's one line hardly pays.
    """
    from streamlit.runtime.scriptrunner.script_cache import ScriptCache  # noqa: PLC0415
    from streamlit.testing.v1 import app_test, local_script_runner  # noqa: PLC0415

    shared = ScriptCache()

    def keep() -> ScriptCache:
        return shared

    def cached_run() -> Any:
        # Plain assignments, not mock.patch: its cost would be charged to both sides.
        modules = (app_test, local_script_runner)
        for module in modules:
            module.ScriptCache = keep  # type: ignore[assignment,misc]
        try:
            return run()
        finally:
            for module in modules:
                module.ScriptCache = ScriptCache  # type: ignore[misc]

    return cached_run
