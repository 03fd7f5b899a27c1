"""What one person may do, from their memberships: the planner asks this, never the roles."""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from socialstrategy.access.records import Membership

if TYPE_CHECKING:
    from socialstrategy.access.roles import Role


@attrs.frozen
class Rights:
    """The person *email*'s memberships, and what follows from them."""

    email: str
    memberships: tuple[Membership, ...] = ()

    def role(self, organisation: str) -> Role | None:
        """Their role in *organisation*; None when they are no member."""
        for membership in self.memberships:
            if membership.organisation == organisation:
                return membership.role
        return None

    def may_read(self, organisation: str) -> bool:
        role = self.role(organisation)
        return role is not None and role.may_read

    def may_edit(self, organisation: str) -> bool:
        role = self.role(organisation)
        return role is not None and role.may_edit

    def may_comment(self, organisation: str) -> bool:
        role = self.role(organisation)
        return role is not None and role.may_comment

    def is_admin(self, organisation: str) -> bool:
        return any(m.admin and m.organisation == organisation for m in self.memberships)

    @property
    def organisations(self) -> tuple[str, ...]:
        """The organisations they are a member of."""
        return tuple(m.organisation for m in self.memberships)

    @property
    def editing(self) -> tuple[str, ...]:
        """The organisations whose plans they change (and where they start new ones)."""
        return tuple(m.organisation for m in self.memberships if m.role.may_edit)

    @property
    def administering(self) -> tuple[str, ...]:
        """The organisations whose members they manage."""
        return tuple(m.organisation for m in self.memberships if m.admin)


__all__ = ["Rights"]
