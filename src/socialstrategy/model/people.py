"""Who a plan names as carrying something: its roles, its author, and every owner.

A manager names the same people again and again (the owner of a goal, a channel, an
action, an activity, the crisis plan); offering the names the plan already uses saves
typing them and keeps one person one name, so a board reads "Communicatieadviseur"
everywhere, not three spellings of it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from socialstrategy.model.strategy import Strategy


#: The longest owner text offered again as a name.
LONGEST: Final = 50


def people(strategy: Strategy) -> tuple[str, ...]:
    """The names of the plan's roles in their order, then every other name the plan
    gives an owner or an organiser, and its author, alphabetically; each name once.
    """
    s = strategy
    roles = [r.name.strip() for r in s.organisation.roles if r.name.strip()]
    named = [
        s.meta.author,
        s.guidelines.owner,
        s.media_guidance.owner,
        s.crisis.owner,
        s.engagement.owner,
        *(g.owner for g in s.goals),
        *(c.owner for c in s.channels),
        *(a.owner for a in s.engagement.activities),
        *(a.owner for a in s.actions),
    ]
    # One name once, however it is capitalised or spaced: the first spelling met stays.
    out: dict[str, str] = {}
    for name in roles:
        out.setdefault(name.casefold(), name)
    others: dict[str, str] = {}
    for name in (" ".join(n.split()) for n in named):
        # A long text describes an arrangement ("X, together with Y"), not a name to
        # choose again.
        if name and len(name) <= LONGEST and name.casefold() not in out:
            others.setdefault(name.casefold(), name)
    return (*out.values(), *(others[k] for k in sorted(others)))
