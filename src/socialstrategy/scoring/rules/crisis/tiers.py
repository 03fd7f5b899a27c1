"""Crisis plan: the severity tiers (incident, calamity, crisis), triggers and approvers."""

from __future__ import annotations

from typing import TYPE_CHECKING

from socialstrategy import fmt
from socialstrategy.i18n import Text
from socialstrategy.scoring.areas import Area, Level
from socialstrategy.scoring.rule import Hit, rule
from socialstrategy.scoring.rules._edit import each_in, reorder, without
from socialstrategy.scoring.rules.crisis._common import _PLAN, _REQUIRED_TIERS, _started, _tiers
from socialstrategy.vocab import Severity

if TYPE_CHECKING:
    from collections.abc import Iterator

    from socialstrategy.scoring.context import Context


# --- tiers ----------------------------------------------------------------------------


@rule(
    "CRIS007",
    "tiers-incomplete",
    area=Area.CRISIS,
    level=Level.WARNING,
    title=(
        "Incident, calamiteit en crisis niet onderscheiden",
        "Incident, calamity and crisis not distinguished",
    ),
    message=(
        "Er is nog geen niveau voor {missing}: zo is niet vooraf duidelijk wanneer iets"
        " een incident, een calamiteit of een crisis is.",
        "There is no tier yet for {missing}: so it is not clear beforehand when"
        " something is an incident, a calamity or a crisis.",
    ),
    fix=(
        "Beschrijf per niveau wanneer een situatie zo zwaar is en wie dan beslist.",
        "Describe for each tier what makes a situation that serious and who decides then.",
    ),
    source=f"{_PLAN.format(1)} (communication guideline forensic care)",
    weight=12,
    fires=without("crisis", "tiers", level=Severity.CALAMITY),
    passes=reorder("crisis", "tiers"),
)
def tiers_incomplete(ctx: Context) -> Iterator[Hit]:
    if not _started(ctx):
        return
    present = {t.level for t in ctx.strategy.crisis.tiers}
    missing = [level for level in _REQUIRED_TIERS if level not in present]
    if missing:
        yield Hit(
            "crisis.tiers",
            {
                "missing": fmt.listed(
                    [Text(m.text.nl.lower(), m.text.en.lower()) for m in missing]
                ),
            },
        )


@rule(
    "CRIS008",
    "tier-without-trigger",
    area=Area.CRISIS,
    level=Level.ADVICE,
    title=("Niveau zonder criterium", "Tier without a trigger"),
    message=(
        "Bij niveau '{tier}' staat niet wat een situatie zo zwaar maakt.",
        "Tier '{tier}' does not say what makes a situation that serious.",
    ),
    fix=(
        "Noteer het criterium, bijvoorbeeld: ernstig letsel, landelijke media-aandacht,"
        " gegevens van cliënten op straat.",
        "Record the trigger, e.g. serious injury, national media attention, client data"
        " made public.",
    ),
    source=_PLAN.format(1),
    weight=5,
    mode="share",
    population=_tiers,
    fires=each_in("crisis", "tiers", 0, trigger=""),
    passes=each_in("crisis", "tiers", 0, trigger="Een klacht die online rondgaat"),
)
def tier_without_trigger(ctx: Context) -> Iterator[Hit]:
    for i, tier in enumerate(ctx.strategy.crisis.tiers):
        if not tier.trigger.strip():
            yield Hit(
                f"crisis.tiers[{i}].trigger",
                {"tier": tier.level.text},
            )


@rule(
    "CRIS009",
    "tier-without-approver",
    area=Area.CRISIS,
    level=Level.WARNING,
    title=("Niveau zonder beslisser", "Tier without an approver"),
    message=(
        "Bij niveau '{tier}' staat niet wie reacties goedkeurt: in het eerste uur gaat"
        " dan kostbare tijd verloren.",
        "Tier '{tier}' does not say who approves responses: precious time is lost in"
        " the first hour.",
    ),
    fix=(
        "Wijs per niveau één rol aan die reacties goedkeurt.",
        "Name one role per tier that approves responses.",
    ),
    source=_PLAN.format(5),
    weight=8,
    mode="share",
    population=_tiers,
    fires=each_in("crisis", "tiers", 0, approver=""),
    passes=each_in("crisis", "tiers", 0, approver="bestuur"),
)
def tier_without_approver(ctx: Context) -> Iterator[Hit]:
    for i, tier in enumerate(ctx.strategy.crisis.tiers):
        if not tier.approver:
            yield Hit(
                f"crisis.tiers[{i}].approver",
                {"tier": tier.level.text},
            )
