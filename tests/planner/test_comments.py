"""A plan file a person wrote keeps its comments when the planner saves an edit."""

from __future__ import annotations

import difflib
import shutil
from typing import TYPE_CHECKING, Any

import pytest
from playwright.sync_api import expect, sync_playwright

import socialstrategy as ss
from tests.conftest import TEMPLATE
from tests.planner.conftest import by_key, saved
from tests.planner.test_browser import CHROMIUM, FLAGS, Server, settle, shot, type_in

if TYPE_CHECKING:
    from pathlib import Path


def _comments(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.lstrip().startswith("#")]


def _changed(before: str, after: str) -> list[str]:
    diff = difflib.unified_diff(before.splitlines(), after.splitlines(), n=0, lineterm="")
    return [line for line in diff if line[:1] in "+-" and line[:3] not in ("+++", "---")]


def test_one_edit_of_start_hier_keeps_every_comment_and_changes_one_line(
    open_step: Any,
) -> None:
    """The issue's acceptance: start-hier opened in the planner, the organisation's name
    typed in: all 105-odd comment lines are still in the file, and one line changed."""
    at, path = open_step("organisation", example="start-hier.toml")
    by_key(at.text_input, "organisation.name").input("Zorggroep De Linde").run()
    assert not at.exception
    assert saved(path).organisation.name == "Zorggroep De Linde"
    before = TEMPLATE.read_text(encoding="utf-8")
    after = path.read_text(encoding="utf-8")
    assert len(_comments(before)) >= 105
    assert _comments(after) == _comments(before)
    assert _changed(before, after) == [
        '-name = "[naam van de organisatie]"',
        '+name = "Zorggroep De Linde"',
    ]


@pytest.mark.browser
def test_in_a_real_browser_a_typed_region_is_one_new_line_under_the_comments(
    tmp_path: Path,
) -> None:
    """start-hier in Chromium: the region typed on the organisation step is one line
    added after the sector; every comment of the file is still there."""
    folder = tmp_path / "workspace"
    folder.mkdir()
    path = folder / "start-hier.toml"
    shutil.copyfile(TEMPLATE, path)
    server = Server(folder)
    server.start()
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
            page = browser.new_page(viewport={"width": 1400, "height": 1800})
            page.goto(f"{server.url}/organisation?d=start-hier")
            settle(page)
            expect(page.get_by_label("Werkgebied", exact=True)).to_be_visible()
            type_in(page, "Werkgebied", "Kustregio")
            shot(page, "comments-01-region-typed")
            browser.close()
    finally:
        server.stop()
    assert ss.load(path).organisation.region == "Kustregio"
    before = TEMPLATE.read_text(encoding="utf-8")
    after = path.read_text(encoding="utf-8")
    assert _comments(after) == _comments(before)
    assert _changed(before, after) == ['+region = "Kustregio"']
    assert after.index('sector = "other"') < after.index('region = "Kustregio"')
