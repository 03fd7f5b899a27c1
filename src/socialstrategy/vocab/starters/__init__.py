"""Starter texts: what every care organisation of a sector writes almost the same way.

A new plan for a sector starts with these texts (see
:func:`socialstrategy.model.new_strategy`), each marked as a model text until a person
edits or accepts it. The texts are bundled TOML files beside this package, in Dutch and
English, shared by all sectors with the sector's words filled in (:func:`fill`) and
replaced where a sector genuinely differs.
"""

from socialstrategy.vocab.starters._texts import fill
from socialstrategy.vocab.starters.guidelines import (
    starter_consent,
    starter_guidelines,
    starter_media_guidance,
    starter_rules,
)
from socialstrategy.vocab.starters.roles import ROLE_IDS, starter_roles

__all__ = [
    "ROLE_IDS",
    "fill",
    "starter_consent",
    "starter_guidelines",
    "starter_media_guidance",
    "starter_roles",
    "starter_rules",
]
