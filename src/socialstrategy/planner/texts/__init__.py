"""Every string the planner shows, in Dutch and English: one catalogue, one module per step.

Vocabulary labels come from the vocabularies themselves; rule texts from the rules.
"""

from __future__ import annotations

from socialstrategy.i18n import Catalogue, Text
from socialstrategy.planner.texts import access, common, pages, signin


def _merge(*parts: dict[str, Text]) -> dict[str, Text]:
    merged: dict[str, Text] = {}
    for part in parts:
        overlap = merged.keys() & part.keys()
        if overlap:
            raise ValueError(f"planner text keys defined twice: {sorted(overlap)}")
        merged.update(part)
    return merged


T = Catalogue(_merge(common.TEXTS, signin.TEXTS, access.TEXTS, *pages.ALL))

__all__ = ["T"]
