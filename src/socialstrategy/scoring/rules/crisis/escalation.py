"""Crisis plan: the escalation chain, reachable day and night, with backups."""

from __future__ import annotations

from typing import TYPE_CHECKING

from socialstrategy.scoring.areas import Area, Level
from socialstrategy.scoring.rule import Hit, rule
from socialstrategy.scoring.rules._edit import chain, each_in
from socialstrategy.scoring.rules.crisis._common import _PLAN, _SMALL_REACH, _role, _steps
from socialstrategy.vocab.starters.crisis import is_to_fill_in

if TYPE_CHECKING:
    from collections.abc import Iterator

    from socialstrategy.scoring.context import Context


# --- escalation -----------------------------------------------------------------------


@rule(
    "CRIS004",
    "escalation-step-unreachable",
    area=Area.CRISIS,
    level=Level.WARNING,
    title=("Rol in de escalatieketen onbereikbaar", "Escalation role cannot be reached"),
    message=(
        "In de escalatieketen staat niet hoe '{role}' bereikt wordt.",
        "The escalation chain does not say how to reach '{role}'.",
    ),
    fix=(
        "Noteer per rol een telefoonnummer of het bereikbaarheidsrooster.",
        "Record a phone number or the on-call roster for each role.",
    ),
    source=_PLAN.format(5),
    weight=10,
    mode="share",
    population=_steps,
    fires=each_in("crisis", "escalation", 0, reach=""),
    passes=each_in("crisis", "escalation", 0, reach="Via de receptie: 088 123 45 00"),
)
def escalation_step_unreachable(ctx: Context) -> Iterator[Hit]:
    for i, step in enumerate(ctx.strategy.crisis.escalation):
        # The starter's "Vul in: …" names what to record; it is not a way to reach anyone.
        if not step.reach.strip() or is_to_fill_in(step.reach):
            yield Hit(f"crisis.escalation[{i}].reach", {"role": _role(ctx, step.role)})


@rule(
    "CRIS005",
    "nobody-day-and-night",
    area=Area.CRISIS,
    level=Level.WARNING,
    title=("Niemand dag en nacht bereikbaar", "Nobody reachable day and night"),
    message=(
        "Niemand in de escalatieketen is dag en nacht bereikbaar, terwijl incidenten zich"
        " juist 's avonds en in het weekend voordoen.",
        "Nobody in the escalation chain can be reached day and night, while incidents"
        " happen in the evening and at weekends too.",
    ),
    fix=(
        "Maak ten minste één rol in de keten 24/7 bereikbaar, bijvoorbeeld via een piketdienst.",
        "Make at least one role in the chain reachable around the clock, e.g. an on-call rota.",
    ),
    source=f"{_PLAN.format(5)}; DOMAIN.md figures (evenings and weekends)",
    weight=12,
    fires=each_in("crisis", "escalation", day_and_night=False),
    passes=chain(
        each_in("crisis", "escalation", day_and_night=False),
        each_in("crisis", "escalation", 2, day_and_night=True),
    ),
)
def nobody_day_and_night(ctx: Context) -> Iterator[Hit]:
    # A small organisation has no on-call rota to set up: one telephone number will do.
    remedy = _SMALL_REACH if ctx.governance.small else None
    steps = ctx.strategy.crisis.escalation
    if steps and not any(step.day_and_night for step in steps):
        yield Hit("crisis.escalation", fix=remedy)


@rule(
    "CRIS006",
    "escalation-step-without-backup",
    area=Area.CRISIS,
    level=Level.ADVICE,
    title=("Geen vervanger in de escalatieketen", "No back-up in the escalation chain"),
    message=(
        "'{role}' heeft geen vervanger: bij ziekte of vakantie stokt de keten.",
        "'{role}' has no back-up: when they are ill or on leave, the chain breaks.",
    ),
    fix=(
        "Wijs per stap een vervangende rol aan.",
        "Name a back-up role for every step.",
    ),
    source=_PLAN.format(5),
    weight=6,
    mode="share",
    population=_steps,
    fires=each_in("crisis", "escalation", 0, backup=""),
    passes=each_in("crisis", "escalation", 0, backup="bestuur"),
)
def escalation_step_without_backup(ctx: Context) -> Iterator[Hit]:
    for i, step in enumerate(ctx.strategy.crisis.escalation):
        if not step.backup:
            yield Hit(f"crisis.escalation[{i}].backup", {"role": _role(ctx, step.role)})
