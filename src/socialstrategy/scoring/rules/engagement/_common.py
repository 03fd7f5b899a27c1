"""Helpers shared by the engagement rules."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import attrs

from socialstrategy.model import Activity
from socialstrategy.scoring.rule import named
from socialstrategy.scoring.rules._edit import within
from socialstrategy.vocab import EngagementKind, Rhythm, Sector

if TYPE_CHECKING:
    from collections.abc import Callable

    from socialstrategy.i18n import Text
    from socialstrategy.model import Strategy
    from socialstrategy.scoring.context import Context


_QA = "Q&A bespreekbaar maken (seed 000)"
_CHECK = "Q&A bespreekbaar maken, checkvraag {} (seed 000)"
_LEUKER = "DOMAIN.md, making it discussable and embedding it (Leukeronline)"

#: Sectors where relatives often decide with or for the client (DOMAIN.md participation).
_RELATIVES_SECTORS = frozenset({Sector.DISABILITY_CARE, Sector.ELDERLY_CARE})
#: Activities where clients themselves are heard, where there is no client council.
_CLIENTS_HEARD = frozenset(
    {
        EngagementKind.CLIENT_COUNCIL,
        EngagementKind.YOUTH_COUNCIL,
        EngagementKind.CLIENT_PANEL,
        EngagementKind.CLIENT_DEMO,
    }
)
#: Kinds that get people talking without judgement (the Q&A names all three).
_STARTERS = frozenset(
    {
        EngagementKind.CONVERSATION_STARTERS,
        EngagementKind.STATEMENTS,
        EngagementKind.INCIDENT_REVIEW,
    }
)


# --- helpers for checks ---------------------------------------------------------------


def _activities(ctx: Context) -> int:
    return len(ctx.strategy.engagement.activities)


def _kinds(ctx: Context) -> frozenset[EngagementKind]:
    return frozenset(a.kind for a in ctx.strategy.engagement.activities)


def _name(activity: Activity) -> str | Text:
    return named(activity.title)


def _missing_kind(ctx: Context, kind: EngagementKind) -> bool:
    """Whether activities exist but none of *kind* (no activities at all: ENG001)."""
    return bool(ctx.strategy.engagement.activities) and kind not in _kinds(ctx)


# --- helpers for examples -------------------------------------------------------------


def _with(kind: EngagementKind) -> Callable[[Strategy], Strategy]:
    """Add a recurring activity of *kind* for the first audience."""

    def change(s: Strategy) -> Strategy:
        added = Activity(
            id=f"extra-{kind.code}".replace("_", "-"),
            kind=kind,
            title=kind.text.nl,
            audiences=(s.audiences[0].id,),
            rhythm=Rhythm.YEARLY,
            planned=dt.date(2026, 10, 1),
            owner="Manager communicatie",
        )
        return within("engagement", activities=(*s.engagement.activities, added))(s)

    return change


def _without_audience(audience_id: str) -> Callable[[Strategy], Strategy]:
    """Take one audience out of every activity."""

    def change(s: Strategy) -> Strategy:
        items = tuple(
            attrs.evolve(a, audiences=tuple(x for x in a.audiences if x != audience_id))
            for a in s.engagement.activities
        )
        return within("engagement", activities=items)(s)

    return change
