"""Strings of the readiness step."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from socialstrategy.i18n import Text

TEXTS: dict[str, Text] = {}
