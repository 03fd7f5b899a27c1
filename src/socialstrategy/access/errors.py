"""What goes wrong when organisations and members are managed.

::

    SocialStrategyError
     └── AccessError                    a change of the directory that cannot be made
          ├── NotValidError             not an e-mail address, organisation id or role
          ├── UnknownOrganisationError  no organisation by that id
          ├── OrganisationExistsError   the id is taken
          └── NotAMemberError           the person is no member of the organisation

Each carries its words in Dutch and English (:meth:`AccessError.describe`).
"""

from __future__ import annotations

from socialstrategy.errors import SocialStrategyError
from socialstrategy.i18n import DEFAULT_LANGUAGE, Language, Text


class AccessError(SocialStrategyError, ValueError):
    """A change of organisations or members that cannot be made; see the subclasses."""

    def __init__(self, text: Text) -> None:
        super().__init__(text.en)
        self.text = text

    def describe(self, language: Language = DEFAULT_LANGUAGE) -> str:
        return self.text.get(language)


class NotValidError(AccessError):
    """A value the directory cannot keep: no e-mail address, organisation id or role."""


class UnknownOrganisationError(AccessError):
    def __init__(self, organisation: str) -> None:
        super().__init__(
            Text(
                nl=f"er is geen organisatie '{organisation}'",
                en=f"there is no organisation '{organisation}'",
            )
        )
        self.organisation = organisation


class OrganisationExistsError(AccessError):
    def __init__(self, organisation: str) -> None:
        super().__init__(
            Text(
                nl=f"de organisatie '{organisation}' bestaat al",
                en=f"the organisation '{organisation}' already exists",
            )
        )
        self.organisation = organisation


class NotAMemberError(AccessError):
    def __init__(self, email: str, organisation: str) -> None:
        super().__init__(
            Text(
                nl=f"{email} is geen lid van '{organisation}'",
                en=f"{email} is no member of '{organisation}'",
            )
        )
        self.email = email
        self.organisation = organisation


__all__ = [
    "AccessError",
    "NotAMemberError",
    "NotValidError",
    "OrganisationExistsError",
    "UnknownOrganisationError",
]
