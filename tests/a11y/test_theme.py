"""The planner's theme, whose colours the browser checks (test_planner) pass with."""

from __future__ import annotations

import tomli

from socialstrategy.cli.planner import THEME
from tests.conftest import ROOT


def test_the_theme_is_the_same_from_make_and_from_the_command() -> None:
    """``make planner`` reads .streamlit/config.toml, ``socialstrategy planner`` passes its
    copy as flags: both show the colours that meet WCAG AA."""
    project = tomli.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert {f"theme.{name}": value for name, value in project["theme"].items()} == {
        name: value for name, value in THEME.items() if name.startswith("theme.")
    }
