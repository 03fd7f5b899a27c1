"""Helpers shared by the guideline rules."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

import attrs

from socialstrategy import fmt
from socialstrategy.scoring.rules._edit import replace, within
from socialstrategy.vocab import CORE_TOPICS, GuidelineTopic, ParticipationBody, Sector

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Callable

    from socialstrategy.model import Strategy
    from socialstrategy.scoring.context import Context


_TOPICS = "DOMAIN.md guidelines #1-#14 (KNMG, V&VN, NHS Employers, Mayo Clinic)"
_GOVERNANCE = (
    "DOMAIN.md guidelines #15 (adopted by the board after the works council's advice);"
    " WOR art. 2, 35b and 35c (works council, staff representation)"
)
_CONSENT = "DOMAIN.md guidelines #3 (KNMG, V&VN: recorded consent; parents under 16)"
_GUIDANCE = (
    "Seed 000, check question 2; DOMAIN.md figures (VGN/NJi 2020: most institutions have"
    " no policy for media guidance)"
)
_LEUKERONLINE = "DOMAIN.md, making it discussable (Leukeronline.nl)"

#: Below this many employees and without a works council, there is none to ask (WOR art. 2).
_WORKS_COUNCIL_THRESHOLD: Final = 50
#: Social media change fast: a guideline older than this is out of date.
_REVIEW_YEARS: Final = 2
#: Sectors that look after people's daily lives, where media guidance belongs.
_GUIDANCE_SECTORS: Final = frozenset(Sector) - {Sector.HOSPITAL, Sector.GP_CARE}
#: The topics beyond the core ones, weighing less (GUID030).
_OTHER_TOPICS: Final = tuple(t for t in GuidelineTopic if t not in CORE_TOPICS)
#: Sectors that never have children among their clients.
_ADULTS_ONLY: Final = frozenset({Sector.ELDERLY_CARE})


# --- helpers for checks and examples --------------------------------------------------


def _written(ctx: Context) -> bool:
    """The guideline has rules; without them, GUID001 says it all."""
    return bool(ctx.strategy.guidelines.rules)


def _rules(ctx: Context) -> int:
    return len(ctx.strategy.guidelines.rules)


def _guides(ctx: Context) -> bool:
    return ctx.strategy.organisation.sector in _GUIDANCE_SECTORS


def _consent(**changes: Any) -> Callable[[Strategy], Strategy]:
    """An example that changes the consent policy."""
    return lambda s: within("guidelines", consent=attrs.evolve(s.guidelines.consent, **changes))(s)


def _no_why(s: Strategy) -> Strategy:
    rules = tuple(attrs.evolve(r, why="") for r in s.guidelines.rules)
    return within("guidelines", rules=rules)(s)


def _small_without_works_council(s: Strategy) -> Strategy:
    bodies = tuple(b for b in s.organisation.bodies if b is not ParticipationBody.WORKS_COUNCIL)
    return within("organisation", employees=_WORKS_COUNCIL_THRESHOLD - 1, bodies=bodies)(s)


def _no_client_contact(s: Strategy) -> Strategy:
    return replace(channels=tuple(attrs.evolve(c, client_contact=False) for c in s.channels))(s)


def _labels(topic: GuidelineTopic) -> dict[str, object]:
    return {"topic": topic.text}


def _day(name: str, date: dt.date) -> dict[str, object]:
    """A date for messages: '1 februari 2026' and '1 February 2026'."""
    return {name: fmt.both(fmt.long_date, date)}
