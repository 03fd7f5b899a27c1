"""The planner opens the workspace and shows a strategy (AppTest, no browser)."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

import socialstrategy as ss
from tests.conftest import ROOT


def _app(workspace: Path, monkeypatch: pytest.MonkeyPatch) -> AppTest:
    monkeypatch.setenv("SOCIALSTRATEGY_WORKSPACE", str(workspace))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=30)
    return at.run()


def test_opens_an_example_strategy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    strategy = ss.new_strategy(ss.Sector.HOSPITAL, "Ziekenhuis Test")
    ss.dump(strategy, tmp_path / "test.toml")
    at = _app(tmp_path, monkeypatch)
    assert not at.exception
    assert at.header[0].value == "Sociale-mediastrategie Ziekenhuis Test"
    assert at.metric[0].value == "Ziekenhuis"
    assert [s.value for s in at.subheader][:2] == ["Processen", "Doelen"]


def test_switching_to_english(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ss.dump(ss.new_strategy(ss.Sector.YOUTH_CARE), tmp_path / "jeugd.toml")
    at = _app(tmp_path, monkeypatch)
    at.sidebar.button_group[0].set_value("en").run()
    assert not at.exception
    assert at.metric[0].value == "Youth care"
    assert at.subheader[0].value == "Processes"


def test_choosing_another_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ss.dump(ss.new_strategy(ss.Sector.HOSPITAL, "A"), tmp_path / "a.toml")
    ss.dump(ss.new_strategy(ss.Sector.WELFARE, "B"), tmp_path / "b.toml")
    at = _app(tmp_path, monkeypatch)
    at.selectbox(key="overview_file").set_value("b").run()
    assert at.metric[0].value == "Welzijnswerk"


def test_an_invalid_file_shows_its_problems_not_a_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "kapot.toml").write_text('schema_version = 1\n[meta]\ntitel = "x"\n')
    at = _app(tmp_path, monkeypatch)
    assert not at.exception
    assert "meta.titel: onbekende sleutel 'titel'" in at.error[0].value


def test_an_empty_workspace_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    at = _app(tmp_path, monkeypatch)
    assert not at.exception
    assert "Er staan nog geen strategiebestanden" in at.info[0].value
