"""The roles a new plan starts with, named as the sector names them.

Their ids are fixed (:data:`ROLE_IDS`): the guideline's starter rules and the crisis
plan's starter texts refer to them, and a manager renames or adds roles afterwards.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from socialstrategy.model.organisation import Role
from socialstrategy.vocab.starters._texts import for_sector, localised, table

if TYPE_CHECKING:
    from socialstrategy.i18n import Language
    from socialstrategy.vocab.organisation import Sector

#: The starter roles' ids, in the order a plan lists them.
ROLE_IDS: Final = (
    "communication",
    "board",
    "privacy_officer",
    "care_manager",
    "hr",
    "complaints_officer",
)


def starter_roles(sector: Sector, language: Language) -> tuple[Role, ...]:
    """The roles of a new plan for *sector*: communications, a board member (a partner GP
    in GP care), the data protection officer, the care manager (team leader in youth care,
    practice manager in GP care), HR and the complaints officer."""
    data = table("roles")
    return tuple(
        Role(
            id=role_id,
            name=localised(entry, "name", sector, language),
            description=localised(entry, "description", sector, language),
        )
        for role_id in ROLE_IDS
        for entry in (for_sector(data[role_id], sector),)
    )
