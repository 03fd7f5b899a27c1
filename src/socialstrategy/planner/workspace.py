"""Where the planner finds strategy files: a folder, configurable, with a sensible default."""

from __future__ import annotations

import os
from pathlib import Path

ENV_VAR = "SOCIALSTRATEGY_WORKSPACE"


def workspace_dir() -> Path:
    """The folder from ``SOCIALSTRATEGY_WORKSPACE``, else ``strategies/`` here."""
    return Path(os.environ.get(ENV_VAR, "strategies")).resolve()


def strategy_files(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.toml")) if folder.is_dir() else []
