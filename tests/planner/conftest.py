"""AppTest fixtures: a planner on a temporary workspace, with a draft open on a step."""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from streamlit.testing.v1 import AppTest

import socialstrategy as ss
from tests.conftest import ROOT, STRATEGIES

PAGES = ROOT / "src" / "socialstrategy" / "planner" / "pages"


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty workspace folder the planner writes to."""
    folder = tmp_path / "workspace"
    folder.mkdir()
    monkeypatch.setenv("SOCIALSTRATEGY_WORKSPACE", str(folder))
    monkeypatch.delenv("SOCIALSTRATEGY_STORE", raising=False)  # it would win over the folder
    return folder


def start_app() -> AppTest:
    return AppTest.from_file(str(ROOT / "app.py"), default_timeout=30)


@pytest.fixture
def open_step(workspace: Path) -> Callable[..., tuple[AppTest, Path]]:
    """``open_step("goals", example="zorggroep-de-linde.toml")``: an AppTest on that step
    with a copy of the example open as the draft, and the draft's file on disk."""

    def run(step: str, example: str = "zorggroep-de-linde.toml") -> tuple[AppTest, Path]:
        draft_id = "draft-" + Path(example).stem
        target = workspace / f"{draft_id}.toml"
        shutil.copyfile(STRATEGIES / example, target)
        at = start_app()
        at.query_params["d"] = draft_id
        at.switch_page(str(PAGES / f"{step}.py"))
        at.run()
        assert not at.exception, at.exception
        return at, target

    return run


@pytest.fixture
def open_text(workspace: Path) -> Callable[[str, str], tuple[AppTest, Path]]:
    """``open_text("crisis", text)``: an AppTest on that step with *text* as the draft's file."""

    def run(step: str, text: str) -> tuple[AppTest, Path]:
        target = workspace / "draft-text.toml"
        target.write_text(text, encoding="utf-8")
        at = start_app()
        at.query_params["d"] = target.stem
        at.switch_page(str(PAGES / f"{step}.py"))
        at.run()
        assert not at.exception, at.exception
        return at, target

    return run


def saved(path: Path) -> ss.Strategy:
    """The draft as it is on disk now."""
    return ss.load(path)


def overall(path: Path) -> float:
    """The overall score of the draft on disk, unrounded."""
    return ss.scoring.score(saved(path)).overall


def shown_score(at: AppTest) -> str:
    """The overall score as the sidebar shows it."""
    return str(at.sidebar.metric[0].value)


def plain(markdown: str) -> str:
    """*markdown* as a reader sees it: escapes read, the invisible joiners gone (see
    :func:`socialstrategy.planner.markup.inert`)."""
    return re.sub(r"\\(.)", r"\1", markdown).replace("\u2060", "")


def by_key(elements: object, suffix: str) -> object:
    """The widget whose key ends with ``:<suffix>`` (keys carry generation and view, and
    ``~n`` once someone else's change renewed the widget)."""
    pattern = re.compile(":" + re.escape(suffix) + r"(~\d+)?$")
    matches = [e for e in elements if pattern.search(str(getattr(e, "key", "")))]  # type: ignore[attr-defined]
    assert len(matches) == 1, f"{len(matches)} widgets for {suffix}"
    return matches[0]


def name_who(at: Any, path: str, name: str) -> Any:
    """Name who carries the part at *path* (``widgets.who``): a name the plan already
    uses is chosen from the list, another one typed after choosing "Iemand anders…"."""
    box = by_key(at.selectbox, path + ".who")
    if box.format_func(name) in box.options:  # type: ignore[attr-defined]
        return box.select(name)  # type: ignore[attr-defined]
    box.select("\x00other").run()  # type: ignore[attr-defined]
    return by_key(at.text_input, path + ".other").input(name)  # type: ignore[attr-defined]


def who_value(at: Any, path: str) -> str:
    return str(by_key(at.selectbox, path + ".who").value)  # type: ignore[attr-defined]


def picker(at: Any, path: str) -> Any:
    """The picker of the list at *path* (``widgets.pick``; its key is made of the names)."""
    matches = [e for e in at.selectbox if f":{path}.pick." in str(e.key)]
    assert len(matches) == 1, f"{len(matches)} pickers for {path}"
    return matches[0]
