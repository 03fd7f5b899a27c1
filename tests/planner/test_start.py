"""The start step: resume, copy an example, begin for a sector, open a file."""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any

import socialstrategy as ss
from tests.conftest import STRATEGIES
from tests.planner.conftest import PAGES, by_key, plain, start_app


def _files(workspace: Path, pattern: str) -> list[Path]:
    return sorted(workspace.glob(pattern))


def test_a_new_workspace_offers_the_examples(workspace: Path) -> None:
    at = start_app().run()
    assert not at.exception
    assert at.title[0].value == "Start"
    options = by_key(at.selectbox, "start.resume").options
    # Listed by title, with the id that tells copies apart and when it last changed.
    amstelzicht = next(o for o in options if " · ziekenhuis-amstelzicht · " in o)
    assert amstelzicht.startswith("Sociale-mediastrategie Ziekenhuis Amstelzicht 2026–2028 · ")
    assert " · gewijzigd " in amstelzicht
    examples = by_key(at.selectbox, "start.example").options
    assert "Sociale-mediastrategie Ziekenhuis Amstelzicht 2026–2028" in examples
    assert at.sidebar.caption[0].value.startswith("Nog geen plan geopend")


def test_copying_an_example_leaves_the_example_alone(workspace: Path) -> None:
    at = start_app().run()
    by_key(at.selectbox, "start.example").set_value("welzijn-oost.toml").run()
    at.button(key="start.example.open").click().run()
    assert not at.exception
    copies = _files(workspace, "welzijn-oost-*.toml")
    assert len(copies) == 1
    assert ss.load(copies[0]) == ss.load(STRATEGIES / "welzijn-oost.toml")
    assert at.title[0].value == "Organisatie en processen"


def test_a_new_plan_for_a_sector_starts_from_its_preset(workspace: Path) -> None:
    at = start_app().run()
    by_key(at.selectbox, "start.sector").set_value(ss.Sector.YOUTH_CARE).run()
    at.text_input(key="start.sector.name").input("Jeugdhulp Noord")
    at.button(key="start.sector.create").click().run()
    (created,) = _files(workspace, "jeugdhulp-noord-*.toml")
    strategy = ss.load(created)
    assert strategy.organisation.sector is ss.Sector.YOUTH_CARE
    assert strategy.organisation.name == "Jeugdhulp Noord"
    assert any(p.id == "residential" for p in strategy.organisation.processes)
    # The sector's starter texts, marked as model texts until someone looks at them.
    assert strategy.guidelines.topics == frozenset(ss.GuidelineTopic)
    assert all(rule.model_text and rule.why for rule in strategy.guidelines.rules)
    assert "jongeren" in strategy.guidelines.rules[1].rule
    assert {r.id: r.name for r in strategy.organisation.roles}["care_manager"] == "Teamleider"
    assert strategy.media_guidance.model_text


def test_an_invalid_upload_is_explained_and_nothing_is_saved(workspace: Any) -> None:
    at = start_app().run()
    before = _files(workspace, "*.toml")
    uploader = at.get("file_uploader")[0]
    uploader.set_value(("kapot.toml", b'schema_version = 1\n[meta]\ntitel = "x"\n', "text/plain"))
    at.run()
    at.button(key="start.upload.open").click().run()
    assert not at.exception
    assert "meta.titel: onbekende sleutel 'titel'" in plain(at.error[0].value)
    assert _files(workspace, "*.toml") == before


def test_a_draft_that_is_not_utf8_is_explained_when_resumed(workspace: Path) -> None:
    (workspace / "latin-1.toml").write_bytes(b"schema_version = 1\n[meta]\ntitle = 'caf\xe9'\n")
    at = start_app().run()
    by_key(at.selectbox, "start.resume").set_value("latin-1").run()
    at.button(key="start.resume.open").click().run()
    assert not at.exception
    assert "latin-1.toml:3: geen geldige UTF-8-tekst" in plain(at.error[0].value)
    assert at.title[0].value == "Start"


def test_a_new_session_clears_stale_leftovers_of_killed_saves(workspace: Path) -> None:
    start_app().run()  # seeds the workspace
    leftover = workspace / ".zorggroep-de-linde.toml.x7y8z9.tmp"
    leftover.write_bytes(b"schema_version = 1\n[half")
    long_ago = time.time() - 3600
    os.utime(leftover, (long_ago, long_ago))
    at = start_app().run()
    assert not at.exception
    assert not leftover.exists()


def test_a_link_to_a_plan_that_is_gone_says_so_on_any_step(workspace: Path) -> None:
    at = start_app()
    at.query_params["d"] = "bestaat-niet"
    at.switch_page(str(PAGES / "goals.py")).run()
    assert not at.exception
    assert [plain(w.value) for w in at.warning] == [
        "Het plan bestaat-niet bestaat niet (meer) in de werkmap."
    ]
    assert at.info[0].value.startswith("Open eerst een plan bij Start")


def test_a_first_visit_chooses_nothing_until_the_manager_does(workspace: Path) -> None:
    """The first plan of a shared workspace may be someone else's: none is preselected,
    and nothing can be opened before one is chosen."""
    at = start_app().run()
    assert not at.exception
    for name, placeholder in (
        ("start.resume", "Kies een plan"),
        ("start.example", "Kies een voorbeeld"),
        ("start.sector", "Kies de sector"),
    ):
        box = by_key(at.selectbox, name)
        assert (box.value, box.placeholder) == (None, placeholder)
    assert at.button(key="start.resume.open").disabled
    assert at.button(key="start.example.open").disabled
    assert at.button(key="start.sector.create").disabled
