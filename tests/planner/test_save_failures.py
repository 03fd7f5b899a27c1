"""A save the disk refuses: said in plain words, the edit kept (also across a refresh),
tried again on request; on a real full disk and a real read-only workspace (tmpfs mounts).
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from socialstrategy.vocab import Sector
from tests.conftest import STRATEGIES
from tests.planner.conftest import PAGES, by_key, saved, start_app

PLAN = STRATEGIES / "zorggroep-de-linde.toml"


def _mount(folder: Path, *options: str) -> None:
    subprocess.run(
        ["mount", "-t", "tmpfs", "-o", ",".join(options), "tmpfs", str(folder)], check=True
    )


@pytest.fixture
def mounted(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A workspace on a small tmpfs of its own (mounting needs root, as in CI)."""
    if os.geteuid() != 0:
        if os.environ.get("CI"):
            pytest.fail("CI runs as root: these tests mount a tmpfs")
        pytest.skip("mounting a tmpfs needs root (CI runs as root)")
    folder = tmp_path / "workspace"
    folder.mkdir()
    _mount(folder, "size=256k", "mode=0755")
    monkeypatch.setenv("SOCIALSTRATEGY_WORKSPACE", str(folder))
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def _open(draft_id: str, step: str = "organisation") -> Any:
    at = start_app()
    at.query_params["d"] = draft_id
    at.switch_page(str(PAGES / f"{step}.py"))
    at.run()
    assert not at.exception, at.exception
    return at


def _fill_up(folder: Path) -> Path:
    """Fill the disk: the next save's temporary file finds no room."""
    filler = folder / "filler.bin"
    with filler.open("wb", buffering=0) as out:
        try:
            while True:
                out.write(b"\0" * 4096)
        except OSError:
            pass
    return filler


def _errors(at: Any) -> str:
    return " ".join(e.value for e in (*at.error, *at.sidebar.error))


def test_a_full_disk_keeps_the_edit_says_why_and_saves_on_retry(mounted: Path) -> None:
    plan = mounted / "linde.toml"
    shutil.copyfile(PLAN, plan)
    before = plan.read_bytes()
    at = _open("linde")
    filler = _fill_up(mounted)

    by_key(at.text_input, "organisation.region").input("Betuwe en Bommelerwaard").run()
    assert not at.exception
    assert "Niet opgeslagen: de schijf is vol" in _errors(at)
    assert plan.read_bytes() == before  # the old file, whole
    assert not list(mounted.glob(".*.tmp"))  # nothing half-written left behind
    # The edit is still on the page, with a way to try again and to take it along.
    assert by_key(at.text_input, "organisation.region").value == "Betuwe en Bommelerwaard"
    assert at.button(key="save.retry") is not None
    assert [d for d in at.get("download_button") if d.proto.label.startswith("Download mijn")]

    # A refresh (a new session) finds the edit again, and says it is not saved yet.
    again = _open("linde")
    assert by_key(again.text_input, "organisation.region").value == "Betuwe en Bommelerwaard"
    assert "Niet opgeslagen" in _errors(again)

    filler.unlink()
    again.button(key="save.retry").click().run()
    assert not again.exception
    assert saved(plan).organisation.region == "Betuwe en Bommelerwaard"
    assert "Niet opgeslagen" not in _errors(again)
    assert any("Opgeslagen om" in c.value for c in again.sidebar.caption)


def test_a_read_only_workspace_says_so_and_loses_nothing(mounted: Path) -> None:
    plan = mounted / "linde.toml"
    shutil.copyfile(PLAN, plan)
    before = plan.read_bytes()
    at = _open("linde")
    subprocess.run(["mount", "-o", "remount,ro", str(mounted)], check=True)

    by_key(at.text_input, "organisation.region").input("Rivierenland").run()
    assert not at.exception
    assert "Niet opgeslagen: de werkmap kan alleen gelezen worden" in _errors(at)
    assert plan.read_bytes() == before
    assert by_key(at.text_input, "organisation.region").value == "Rivierenland"
    # Later edits are kept too, on top of the first.
    by_key(at.text_input, "organisation.name").input("Zorggroep De Linde-Rivier").run()
    assert by_key(at.text_input, "organisation.region").value == "Rivierenland"

    subprocess.run(["mount", "-o", "remount,rw", str(mounted)], check=True)
    at.button(key="save.retry").click().run()
    strategy = saved(plan)
    assert strategy.organisation.region == "Rivierenland"
    assert strategy.organisation.name == "Zorggroep De Linde-Rivier"


def test_a_plan_that_cannot_be_created_is_said_so_on_start(mounted: Path) -> None:
    shutil.copyfile(PLAN, mounted / "linde.toml")
    subprocess.run(["mount", "-o", "remount,ro", str(mounted)], check=True)
    at = start_app()
    at.run()
    sector = next(s for s in at.selectbox if str(s.key).endswith(":start.sector"))
    sector.set_value(Sector.DISABILITY_CARE).run()
    at.text_input(key="start.sector.name").input("Stichting De Brug").run()
    at.button(key="start.sector.create").click().run()
    assert not at.exception
    assert "Het plan is niet gemaakt: de werkmap kan alleen gelezen worden" in _errors(at)
    assert sorted(p.name for p in mounted.iterdir()) == ["linde.toml"]
