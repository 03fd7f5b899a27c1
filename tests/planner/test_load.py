"""Saving under load, in a real browser: eight managers typing as fast as the page allows.

Streamlit stops a run at any read of the session state once new input has arrived; a
save that was stopped halfway left its session believing the file was someone else's,
and from then on nothing more was saved, without a word (seen with eight sessions, not
with four). Here every session must end with the same value on its page, on disk and
after a reload.
"""

from __future__ import annotations

import asyncio
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import STRATEGIES
from tests.planner import editors
from tests.planner.test_browser import CHROMIUM, FLAGS, Server

pytestmark = pytest.mark.browser
SESSIONS = 8
SECONDS = 45.0


@pytest.fixture
def busy_server(tmp_path: Path) -> Iterator[tuple[Server, list[Path]]]:
    workspace = tmp_path / "workspace"
    workspace.mkdir()
    plans = []
    for i in range(SESSIONS):
        plans.append(workspace / f"plan-{i:02d}.toml")
        shutil.copyfile(STRATEGIES / "zorggroep-de-linde.toml", plans[-1])
    running = Server(workspace)
    running.start()
    try:
        yield running, plans
    finally:
        running.stop()


def test_eight_sessions_editing_as_fast_as_they_can_lose_nothing(
    busy_server: tuple[Server, list[Path]],
) -> None:
    server, plans = busy_server
    outcomes = asyncio.run(
        editors.run(server.url, plans, seconds=SECONDS, executable=CHROMIUM, args=FLAGS)
    )
    report = [(o.session, o.edits, o.shown, o.on_disk, o.after_reload) for o in outcomes]
    assert [o for o in outcomes if o.lost] == [], report
    for outcome in outcomes:
        assert outcome.edits >= 1, report
        assert outcome.shown == f"s{outcome.session}-e{outcome.edits}", report
        assert "Opgeslagen om" in outcome.status
        assert "Niet opgeslagen" not in outcome.status
    # Busy, not idle: together they made many edits.
    assert sum(o.edits for o in outcomes) >= 4 * SESSIONS, report
