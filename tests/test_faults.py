"""Faults: a save killed half-way, two sessions on one draft, a server restart.

Whatever happens, the file on disk is the old version or the new one, never half of
either; one session's work is never silently overwritten by another's; and a restart
loses at most the keystroke that was not yet sent.
"""

from __future__ import annotations

import os
import random
import select
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import attrs
import pytest

import socialstrategy as ss
from socialstrategy.workspace import Workspace
from tests.conftest import STRATEGIES
from tests.planner.conftest import PAGES, by_key, saved, start_app

#: A parent that forks writers on request, so each killed writer costs no start-up.
WRITER = """
import os, sys
import socialstrategy as ss

target, first, second = sys.argv[1:4]
versions = [ss.load(first), ss.load(second)]
print("ready", flush=True)
for command in sys.stdin:
    name, _, arg = command.strip().partition(" ")
    if name == "fork":
        pid = os.fork()
        if pid == 0:  # a writer: saves the two versions in turn until it is killed
            n = 0
            while True:
                ss.dump(versions[n % 2], target)
                n += 1
        print(pid, flush=True)
    elif name == "reap":
        print(os.waitpid(int(arg), 0)[1], flush=True)
"""
KILLS = 30


def _large(tag: str) -> ss.Strategy:
    """The largest example with its action plan a hundred times over (about 500 KB)."""
    base = ss.load(STRATEGIES / "ziekenhuis-amstelzicht.toml")
    actions = tuple(
        attrs.evolve(a, id=f"{a.id}-{k}", title=f"{a.title} ({tag} {k})")
        for k in range(100)
        for a in base.actions
    )
    return attrs.evolve(base, meta=attrs.evolve(base.meta, title=tag), actions=actions)


def _ask(parent: subprocess.Popen[str], command: str) -> str:
    """Send *command* to the writers' parent and read its one-line answer, never hanging."""
    assert parent.stdin is not None
    assert parent.stdout is not None
    if command:
        parent.stdin.write(command + "\n")
        parent.stdin.flush()
    ready, _, _ = select.select([parent.stdout], [], [], 30)
    assert ready, f"no answer to {command!r}"
    return parent.stdout.readline().strip()


def _wait_for_a_write(folder: Path, known: set[str], timeout: float) -> None:
    """Until a new temporary file shows a save under way (or *timeout* seconds pass)."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if any(p.suffix == ".tmp" and p.name not in known for p in folder.iterdir()):
            return


@pytest.mark.skipif(not hasattr(os, "fork"), reason="the writers are forked")
def test_a_save_killed_at_any_moment_leaves_the_old_file_or_the_new_one(tmp_path: Path) -> None:
    """Writers saving two large versions in turn are killed (SIGKILL) at random moments,
    half of them while a temporary file shows a write under way."""
    versions = {"first": _large("first"), "second": _large("second")}
    for name, strategy in versions.items():
        ss.dump(strategy, tmp_path / f"{name}.toml")
    texts = {(tmp_path / f"{name}.toml").read_bytes() for name in versions}
    folder = tmp_path / "plans"
    folder.mkdir()
    target = folder / "plan.toml"
    shutil.copyfile(tmp_path / "first.toml", target)
    rng = random.Random(6)
    command = [
        sys.executable,
        "-c",
        WRITER,
        str(target),
        *(str(tmp_path / f"{n}.toml") for n in versions),
    ]
    with subprocess.Popen(
        command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    ) as parent:
        try:
            assert _ask(parent, "") == "ready"
            strays: set[str] = set()
            for kill in range(KILLS):
                pid = int(_ask(parent, "fork"))
                if kill % 2:
                    _wait_for_a_write(folder, strays, timeout=1.0)
                    time.sleep(rng.choice([0, rng.uniform(0, 0.001)]))
                else:
                    time.sleep(rng.uniform(0, 0.25))
                os.kill(pid, signal.SIGKILL)
                status = int(_ask(parent, f"reap {pid}"))
                assert os.WIFSIGNALED(status)
                assert os.WTERMSIG(status) == signal.SIGKILL
                assert target.read_bytes() in texts, f"kill {kill}: a broken file"
                left = {p.name for p in folder.iterdir() if p != target}
                assert len(left - strays) <= 1, left  # at most the one being written
                assert all(n.startswith(".plan.toml.") and n.endswith(".tmp") for n in left)
                strays = left
        finally:
            parent.kill()
    assert ss.load(target) in versions.values()
    assert Workspace(folder).ids() == ["plan"]


# -- the planner --------------------------------------------------------------------------


@pytest.fixture
def draft(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of an example as a draft in a workspace of its own."""
    folder = tmp_path / "workspace"
    folder.mkdir()
    monkeypatch.setenv("SOCIALSTRATEGY_WORKSPACE", str(folder))
    path = folder / "draft-linde.toml"
    shutil.copyfile(STRATEGIES / "zorggroep-de-linde.toml", path)
    return path


def _session(draft: Path, step: str) -> Any:
    """A new browser session with the draft's id in its URL, on *step*."""
    at = start_app()
    at.query_params["d"] = draft.stem
    at.switch_page(str(PAGES / f"{step}.py"))
    at.run()
    assert not at.exception
    return at


def test_two_sessions_on_one_draft_never_overwrite_each_other_silently(draft: Path) -> None:
    """The second session to save finds the first one's edit on disk: edits to different
    fields are combined; the same field changed in both asks the second, who can keep both."""
    first = _session(draft, "organisation")
    second = _session(draft, "organisation")
    by_key(first.text_input, "organisation.region").input("Regio van de eerste").run()
    assert saved(draft).organisation.region == "Regio van de eerste"
    by_key(second.text_area, "organisation.mission").input("Missie van de tweede").run()
    assert not second.exception
    assert not second.warning
    on_disk = saved(draft).organisation
    assert (on_disk.region, on_disk.mission) == ("Regio van de eerste", "Missie van de tweede")
    # The same field in both: the second is asked, and can keep both as two plans.
    by_key(first.text_input, "organisation.name").input("De Linde").run()
    assert not first.warning
    by_key(second.text_input, "organisation.name").input("De Linde-Noord").run()
    assert "hetzelfde" in second.warning[0].value
    assert saved(draft).organisation.name == "De Linde"
    next(b for b in second.button if b.key == "conflict.copy").click().run()
    assert not second.exception
    (copy,) = set(draft.parent.glob("*.toml")) - {draft}
    assert ss.load(copy).organisation.name == "De Linde-Noord"
    assert saved(draft).organisation.name == "De Linde"


def test_a_restart_loses_at_most_the_keystroke_not_yet_sent(draft: Path) -> None:
    """Every edit a rerun carried is on disk; a new session (a restarted server) finds
    them all. Only the last one, typed but never sent, is gone."""
    before = saved(draft)
    session = _session(draft, "organisation")
    by_key(session.text_input, "organisation.name").input("Zorggroep De Linde-Noord").run()
    by_key(session.text_input, "organisation.region").input("Noord-Veluwe").run()
    session.switch_page(str(PAGES / "goals.py")).run()
    by_key(session.text_input, "goals[0].title").input("Familie weet alles").run()
    by_key(session.text_area, "goals[0].description").input("Nog niet verstuurd")  # no rerun
    restarted = _session(draft, "organisation")
    assert by_key(restarted.text_input, "organisation.name").value == "Zorggroep De Linde-Noord"
    assert by_key(restarted.text_input, "organisation.region").value == "Noord-Veluwe"
    restarted.switch_page(str(PAGES / "goals.py")).run()
    assert by_key(restarted.text_input, "goals[0].title").value == "Familie weet alles"
    assert by_key(restarted.text_area, "goals[0].description").value == before.goals[0].description
    assert saved(draft).goals[0].description == before.goals[0].description
