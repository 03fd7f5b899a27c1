"""Findings: what a rule found, where, and how many points it cost."""

from __future__ import annotations

import attrs

from socialstrategy.i18n import DEFAULT_LANGUAGE, Language, Text
from socialstrategy.scoring.areas import Area, Level


@attrs.frozen(kw_only=True)
class Finding:
    """One problem in a strategy, pointing at the part it concerns."""

    code: str
    area: Area
    level: Level
    path: str
    title: Text
    message: Text
    fix: Text
    #: Points this finding costs in its area (0-100 scale); the area's score is 100
    #: minus the points of its findings.
    points: float
    #: Where the fix is made, when that is another part than *path*: a goal without a
    #: channel is fixed on a channel (``channels``), not on the goal's own form.
    fix_path: str | None = None

    @property
    def where(self) -> str:
        """The field path where the fix is made: :attr:`fix_path`, else :attr:`path`."""
        return self.fix_path or self.path

    def describe(self, language: Language = DEFAULT_LANGUAGE) -> str:
        return f"{self.code} {self.path}: {self.message.get(language)}"
