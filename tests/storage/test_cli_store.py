"""``socialstrategy store import | export | list`` through the real console entry point."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from socialstrategy.storage import Store, open_store
from tests.conftest import STRATEGIES


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "socialstrategy", *args],
        capture_output=True,
        text=True,
        check=False,
    )


def test_import_list_export_round_trip(store_url: str, store: Store, tmp_path: Path) -> None:
    """Every bundled example goes in and comes out byte for byte; the list shows them."""
    done = _run("store", "import", str(STRATEGIES), "--store", store_url, "--author", "cli")
    assert done.returncode == 0, done.stderr
    total = len(list(STRATEGIES.glob("*.toml")))
    assert done.stdout.count("toegevoegd: ") == total
    again = _run("--lang", "en", "store", "import", str(STRATEGIES), "--store", store_url)
    assert again.returncode == 0, again.stderr
    assert again.stdout.count("already there, unchanged: ") == total

    listed = _run("store", "list", "--store", store_url, "--format", "json")
    assert listed.returncode == 0, listed.stderr
    rows = json.loads(listed.stdout)
    assert sorted(r["id"] for r in rows) == sorted(p.stem for p in STRATEGIES.glob("*.toml"))
    assert {r["organisation"] for r in rows} == {""}
    text = _run("store", "list", "--store", store_url)
    assert "Zorggroep De Linde" in text.stdout

    out = tmp_path / "out"
    exported = _run("store", "export", "--store", store_url, "-o", str(out))
    assert exported.returncode == 0, exported.stderr
    assert f"{total} plannen geschreven" in exported.stdout
    for original in STRATEGIES.glob("*.toml"):
        assert (out / original.name).read_bytes() == original.read_bytes()
    history = store.history("welzijn-oost")
    assert [r.author for r in history] == ["cli"]


def test_import_refuses_to_overwrite_and_reports_bad_files(tmp_path: Path) -> None:
    """Other contents under a taken id are skipped unless --replace; a broken file and a
    file whose name is no id are reported; the rest goes in; the exit code says so."""
    source = tmp_path / "in"
    source.mkdir()
    shutil.copy(STRATEGIES / "welzijn-oost.toml", source / "plan-a.toml")
    url = f"sqlite:///{tmp_path / 'plans.db'}"
    assert _run("store", "import", str(source), "--store", url).returncode == 0
    shutil.copy(STRATEGIES / "ggz-kustland.toml", source / "plan-a.toml")
    (source / "kapot.toml").write_text("schema_version = [\n", encoding="utf-8")
    shutil.copy(STRATEGIES / "welzijn-oost.toml", source / "Geen Id.toml")
    done = _run("store", "import", str(source), "--store", url)
    assert done.returncode == 1
    assert "plan-a: overgeslagen, staat al in de opslag" in done.stderr
    assert "kapot.toml:2: geen geldige TOML" in done.stderr
    assert "Geen Id.toml: overgeslagen" in done.stderr
    assert "Traceback" not in done.stderr
    store = open_store(url)
    assert store.data("plan-a") == (STRATEGIES / "welzijn-oost.toml").read_bytes()
    (source / "kapot.toml").unlink()
    (source / "Geen Id.toml").unlink()
    replaced = _run("store", "import", str(source), "--store", url, "--replace")
    assert replaced.returncode == 0, replaced.stderr
    assert store.data("plan-a") == (STRATEGIES / "ggz-kustland.toml").read_bytes()
    assert len(store.history("plan-a")) == 2
    store.close()


def test_a_wrong_or_unreachable_store_is_one_clear_line(tmp_path: Path) -> None:
    wrong = _run("store", "list", "--store", "mysql://db/plans")
    assert wrong.returncode == 2
    assert wrong.stderr.strip() == (
        "onbekende soort opslag 'mysql:': geef een map, sqlite:///… of postgresql://…"
    )
    gone = _run(
        "--lang", "en", "store", "list", "--store", f"postgresql://x@/db?host={tmp_path}&port=1"
    )
    assert gone.returncode == 1
    assert gone.stderr.startswith("the store cannot be reached (OperationalError): ")
    assert "Traceback" not in gone.stderr
    missing = _run("store", "import", str(tmp_path / "nergens"), "--store", "sqlite:///x.db")
    assert missing.returncode == 2
    assert "is geen map" in missing.stderr


def test_the_store_setting_is_read_from_the_environment(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'plans.db'}"
    store = open_store(url)
    store.put("plan-a", (STRATEGIES / "welzijn-oost.toml").read_bytes())
    store.close()
    done = subprocess.run(
        [sys.executable, "-m", "socialstrategy", "store", "list", "--format", "json"],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "SOCIALSTRATEGY_STORE": url},
    )
    assert [r["id"] for r in json.loads(done.stdout)] == ["plan-a"]


def test_planner_refuses_a_store_it_does_not_know_before_starting() -> None:
    done = _run("--lang", "en", "planner", "--no-browser", "--store", "mysql://db/plans")
    assert done.returncode == 2
    assert done.stderr.strip().startswith("unknown kind of store 'mysql:'")
