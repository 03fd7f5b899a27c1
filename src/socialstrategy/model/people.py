"""Who a plan names as carrying something: its roles, its author, and every owner.

A manager names the same people again and again (the owner of a goal, a channel, an
action, an activity, the crisis plan); offering the names the plan already uses saves
typing them and keeps one person one name, so a board reads "Communicatieadviseur"
everywhere, not three spellings of it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from collections.abc import Iterable

    from socialstrategy.model.strategy import Strategy


#: The longest owner text offered again as a name.
LONGEST: Final = 50


def distinct(texts: Iterable[str]) -> dict[str, str]:
    """Each text once, however it is capitalised or spaced, keyed by its folded form:
    the first spelling met stays, stripped (empty texts left out)."""
    out: dict[str, str] = {}
    for text in texts:
        if text.strip():
            out.setdefault(" ".join(text.split()).casefold(), text.strip())
    return out


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
    out = distinct(roles)
    spaced = (" ".join(n.split()) for n in named)
    # A long text describes an arrangement ("X, together with Y"), not a name to choose again.
    short = distinct(n for n in spaced if len(n) <= LONGEST)
    others = {k: n for k, n in short.items() if k not in out}
    return (*out.values(), *(others[k] for k in sorted(others)))
