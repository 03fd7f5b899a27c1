"""The names a plan uses for who carries something, offered again where it asks who."""

from __future__ import annotations

import attrs

import socialstrategy as ss
from socialstrategy.model.people import people


def test_roles_first_then_every_other_owner_once() -> None:
    s = ss.new_strategy(ss.Sector.DISABILITY_CARE, "Stichting De Brug")
    roles = [r.name for r in s.organisation.roles]
    s = attrs.evolve(
        s,
        meta=attrs.evolve(s.meta, author="Marieke de Vries"),
        guidelines=attrs.evolve(s.guidelines, owner="Het team communicatie, samen met " * 2),
        media_guidance=attrs.evolve(s.media_guidance, owner=roles[1].upper()),
        crisis=attrs.evolve(s.crisis, owner=roles[0]),  # a role's name: not twice
        goals=(
            ss.Goal(id="a", title="A", owner="teamleiders"),
            ss.Goal(id="b", title="B", owner="  Manager   zorg "),
        ),
        actions=(ss.Action(id="x", title="X", owner="Teamleiders"),),
    )
    # Spacing and capitals make no second name: the first spelling met stays; a long
    # text (an arrangement, not a name) is not offered.
    assert people(s) == (*roles, "Manager zorg", "Marieke de Vries", "teamleiders")


def test_an_empty_plan_names_nobody() -> None:
    s = ss.new_strategy(ss.Sector.DISABILITY_CARE, "X")
    s = attrs.evolve(
        s,
        organisation=attrs.evolve(s.organisation, roles=()),
        guidelines=attrs.evolve(s.guidelines, owner=""),
        media_guidance=attrs.evolve(s.media_guidance, owner=" "),
    )
    assert people(s) == ()
