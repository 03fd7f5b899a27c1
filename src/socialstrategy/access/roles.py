"""What a person may do with an organisation's plans: their role there.

::

    Role          reads   downloads   comments   changes the plan
    EDITOR        yes     yes         yes        yes (and resolves comments)
    REVIEWER      yes     yes         yes        no
    VIEWER        yes     yes         no         no

Managing the members of an organisation is not a role but a flag on a membership
(:attr:`Membership.admin <socialstrategy.access.records.Membership.admin>`): an
organisation's administrator may hold any role.
"""

from __future__ import annotations

import enum

from socialstrategy.i18n import Text


class Role(enum.Enum):
    """A person's role in one organisation (see the module docstring)."""

    EDITOR = "editor"
    REVIEWER = "reviewer"
    VIEWER = "viewer"

    @property
    def may_edit(self) -> bool:
        """Whether this role changes plans (saves, creates, deletes)."""
        return self is Role.EDITOR

    @property
    def may_comment(self) -> bool:
        """Whether this role comments on the parts of plans (a reviewer reads along)."""
        return self in (Role.EDITOR, Role.REVIEWER)

    @property
    def may_read(self) -> bool:
        """Every role reads and downloads the organisation's plans."""
        return True

    @property
    def label(self) -> Text:
        """The role as a care manager calls it."""
        return _LABELS[self]

    @property
    def explained(self) -> Text:
        """What the role may do, in one line."""
        return _EXPLAINED[self]

    @classmethod
    def parse(cls, value: str) -> Role:
        """The role named *value* (its English name, or its Dutch label); :class:`ValueError`."""
        wanted = value.strip().lower()
        for role in cls:
            if wanted in (role.value, role.label.nl.lower(), role.label.en.lower()):
                return role
        names = ", ".join(r.value for r in cls)
        raise ValueError(f"not a role: {value!r} (one of {names})")


_LABELS = {
    Role.EDITOR: Text(nl="bewerker", en="editor"),
    Role.REVIEWER: Text(nl="meelezer", en="reviewer"),
    Role.VIEWER: Text(nl="lezer", en="viewer"),
}
_EXPLAINED = {
    Role.EDITOR: Text(
        nl="werkt mee aan het plan: wijzigt, maakt nieuwe plannen",
        en="works on the plan: changes it, starts new plans",
    ),
    Role.REVIEWER: Text(
        nl="leest mee, reageert per onderdeel en downloadt",
        en="reads along, comments per part and downloads",
    ),
    Role.VIEWER: Text(
        nl="leest en downloadt het plan (bijvoorbeeld de raad van bestuur)",
        en="reads and downloads the plan (the board, for example)",
    ),
}

__all__ = ["Role"]
