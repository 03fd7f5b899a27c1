"""Every string the planner shows, in Dutch and English: one catalogue, one module per step.

Vocabulary labels come from the vocabularies themselves; rule texts from the rules.
"""

from __future__ import annotations

from socialstrategy.i18n import Catalogue
from socialstrategy.planner.texts import access, common, pages, signin

T = Catalogue.merged("planner", common.TEXTS, signin.TEXTS, access.TEXTS, *pages.ALL)

__all__ = ["T"]
