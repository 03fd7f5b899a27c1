"""Helpers shared by the profile rules."""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from socialstrategy import fmt
from socialstrategy.scoring.rules._edit import within
from socialstrategy.vocab import ParticipationBody, ProcessKind, Sector

if TYPE_CHECKING:
    import datetime as dt

    from socialstrategy.model import Strategy


_BOOK = "Gulden & Van der Wurff, Social media in zorg en welzijn (seed 003)"
_QA = "Q&A on making media use discussable (seed 000)"

#: Bodies that give clients a voice: the youth council does so in youth care.
_CLIENT_VOICES = frozenset({ParticipationBody.CLIENT_COUNCIL, ParticipationBody.YOUTH_COUNCIL})
#: Sectors where relatives often decide or speak for clients (DOMAIN.md, sector specifics).
_RELATIVES_SECTORS = frozenset({Sector.DISABILITY_CARE, Sector.ELDERLY_CARE})


def _all_processes_supporting(s: Strategy) -> Strategy:
    # Keeping the processes (as supporting ones) leaves every goal's reference intact.
    processes = tuple(
        attrs.evolve(p, kind=ProcessKind.SUPPORTING) for p in s.organisation.processes
    )
    return within("organisation", processes=processes)(s)


def _one_primary_process_left(s: Strategy) -> Strategy:
    primary = [p.id for p in s.organisation.processes if p.kind is ProcessKind.PRIMARY]
    processes = tuple(
        attrs.evolve(p, kind=ProcessKind.SUPPORTING) if p.id in primary[1:] else p
        for p in s.organisation.processes
    )
    return within("organisation", processes=processes)(s)


def _without_roles(s: Strategy) -> Strategy:
    """No roles, and nothing left that refers to one."""
    crisis = s.crisis
    return attrs.evolve(
        within("organisation", roles=())(s),
        guidelines=attrs.evolve(
            s.guidelines, rules=tuple(attrs.evolve(r, roles=()) for r in s.guidelines.rules)
        ),
        crisis=attrs.evolve(
            crisis,
            tiers=tuple(attrs.evolve(t, approver="") for t in crisis.tiers),
            escalation=(),
            scenarios=tuple(attrs.evolve(x, lead="") for x in crisis.scenarios),
            legal_clocks=tuple(attrs.evolve(c, owner="") for c in crisis.legal_clocks),
            responses=tuple(attrs.evolve(r, decides="") for r in crisis.responses),
            stakeholders=tuple(attrs.evolve(k, informs="") for k in crisis.stakeholders),
        ),
        training=(),
    )


def _dates(day: dt.date) -> dict[str, object]:
    """A date for messages: '01-06-2026' and '01/06/2026'."""
    return {"date": fmt.both(fmt.date, day)}
