"""Profile: accepted findings that no longer apply (see :mod:`scoring.accepted`)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from socialstrategy import fmt
from socialstrategy.i18n import Text
from socialstrategy.model import Acceptance
from socialstrategy.scoring import codes
from socialstrategy.scoring.accepted import NOT_ACCEPTABLE
from socialstrategy.scoring.areas import Area, Level
from socialstrategy.scoring.rule import RULES, Hit, rule
from socialstrategy.scoring.rules._checks import passed
from socialstrategy.scoring.rules._edit import within

if TYPE_CHECKING:
    from collections.abc import Iterator

    from socialstrategy.scoring.context import Context

_NO_REASON = Text("er staat geen reden bij", "it gives no reason")
_GIVE_REASON = Text(
    "Schrijf erbij waarom de organisatie hiermee leeft en wie dat besloot, of haal de"
    " acceptatie weg.",
    "Write down why the organisation lives with it and who decided, or remove the acceptance.",
)


def _why(acceptance: Acceptance, today: dt.date) -> Text | None:
    """Why *acceptance* does not apply on *today*, or None when it does."""
    if acceptance.rule in NOT_ACCEPTABLE:
        return Text("deze regel kan niet geaccepteerd worden", "this rule cannot be accepted")
    if acceptance.rule not in RULES:
        return Text("er bestaat geen regel met die code", "there is no rule with that code")
    if not acceptance.reason.strip():
        return _NO_REASON
    if passed(acceptance.until, today):
        return Text(
            f"de termijn liep af op {fmt.long_date(acceptance.until, 'nl')}",
            f"its term ended on {fmt.long_date(acceptance.until, 'en')}",
        )
    return None


@rule(
    codes.ACCEPTANCE_NOT_APPLIED,
    "acceptance-not-applied",
    area=Area.PROFILE,
    level=Level.WARNING,
    title=("Acceptatie geldt niet", "Acceptance does not apply"),
    message=(
        "De acceptatie van de bevindingen van {rule} geldt niet: {why}; die bevindingen"
        " tellen weer mee.",
        "The acceptance of the findings of {rule} does not apply: {why}; those findings"
        " count again.",
    ),
    fix=(
        "Neem opnieuw een besluit: los de bevindingen op, of verleng de acceptatie met een"
        " nieuwe datum en de reden van nu.",
        "Decide again: resolve the findings, or extend the acceptance with a new date and"
        " today's reason.",
    ),
    source="DOMAIN.md guidelines #15 (a review date); ruff's noqa, with a reason and a date",
    weight=10,
    mode="each",
    fires=within(
        "meta",
        accepted=(
            Acceptance(rule="GOAL003", reason="Besloten in het MT", until=dt.date(2026, 6, 1)),
        ),
    ),
    passes=within(
        "meta",
        accepted=(
            Acceptance(rule="GOAL003", reason="Besloten in het MT", until=dt.date(2027, 6, 1)),
        ),
    ),
)
def acceptance_not_applied(ctx: Context) -> Iterator[Hit]:
    for index, acceptance in enumerate(ctx.strategy.meta.accepted):
        why = _why(acceptance, ctx.today)
        if why is not None:
            yield Hit(
                f"meta.accepted[{index}]",
                {"rule": acceptance.rule, "why": why},
                fix=_GIVE_REASON if why is _NO_REASON else None,
            )
