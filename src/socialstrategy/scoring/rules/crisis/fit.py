"""Crisis plan: fit with the sector, and internal consistency."""

from __future__ import annotations

from typing import TYPE_CHECKING

from socialstrategy.scoring.areas import Area, Level
from socialstrategy.scoring.rule import Hit, rule
from socialstrategy.scoring.rules._checks import empty
from socialstrategy.scoring.rules._edit import chain, each_in, within, without
from socialstrategy.scoring.rules.crisis._common import (
    _PLAN,
    _QA,
    _hours,
    _role,
    _scenario_name,
    _scenarios,
    _steps,
    _tiers,
)
from socialstrategy.vocab import PRESETS, ScenarioKind, Sector

if TYPE_CHECKING:
    from collections.abc import Iterator

    from socialstrategy.scoring.context import Context


# --- fit with the sector and internal consistency ------------------------------------


@rule(
    "CRIS024",
    "likely-scenario-missing",
    area=Area.CRISIS,
    level=Level.ADVICE,
    title=(
        "Voor de sector waarschijnlijk scenario ontbreekt",
        "Likely scenario for the sector missing",
    ),
    message=(
        "Het scenario '{scenario}' komt in de sector '{sector}' vaak voor, maar is"
        " niet uitgewerkt.",
        "The scenario '{scenario}' is common in the '{sector}' sector, but has not"
        " been worked out.",
    ),
    fix=(
        "Werk dit scenario uit met leider, eerste stappen en eerste reactie.",
        "Work out this scenario with a lead, first steps and a holding statement.",
    ),
    source=f"{_PLAN.format(7)}; sector presets (PRODUCT.md: crisis scenarios)",
    weight=3,
    mode="each",
    fires=without("crisis", "scenarios", kind=ScenarioKind.CLIENT_ONLINE_HARM),
    # Elsewhere clients' online harm is not among the likely scenarios.
    passes=chain(
        within("organisation", sector=Sector.OTHER),
        without("crisis", "scenarios", kind=ScenarioKind.CLIENT_ONLINE_HARM),
    ),
)
def likely_scenario_missing(ctx: Context) -> Iterator[Hit]:
    scenarios = ctx.strategy.crisis.scenarios
    if not scenarios:  # CRIS002 already says that none are worked out
        return
    sector = ctx.strategy.organisation.sector
    present = {s.kind for s in scenarios}
    for kind in PRESETS[sector].scenarios:
        if kind not in present:
            yield Hit(
                "crisis.scenarios",
                {
                    "scenario": kind.text,
                    "sector": sector.text,
                },
            )


@rule(
    "CRIS025",
    "scenario-without-steps",
    area=Area.CRISIS,
    level=Level.ADVICE,
    title=("Scenario zonder eerste stappen", "Scenario without first steps"),
    message=(
        "Bij scenario '{scenario}' staan geen eerste stappen.",
        "Scenario '{scenario}' lists no first steps.",
    ),
    fix=(
        "Zet de eerste stappen op volgorde: eerst de cliënt, dan melden, informeren en reageren.",
        "List the first steps in order: the client first, then reporting, informing and"
        " responding.",
    ),
    source=f"{_PLAN.format('4, 8')}; {_QA.format(8)}",
    weight=5,
    mode="share",
    population=_scenarios,
    fires=each_in("crisis", "scenarios", 0, steps=()),
    passes=lambda s: each_in("crisis", "scenarios", 0, steps=s.crisis.scenarios[0].steps[:1])(s),
)
def scenario_without_steps(ctx: Context) -> Iterator[Hit]:
    for i, scenario in enumerate(ctx.strategy.crisis.scenarios):
        if not scenario.steps:
            yield Hit(f"crisis.scenarios[{i}].steps", {"scenario": _scenario_name(scenario)})


@rule(
    "CRIS026",
    "approver-not-in-chain",
    area=Area.CRISIS,
    level=Level.ADVICE,
    title=("Beslisser niet in de escalatieketen", "Approver not in the escalation chain"),
    message=(
        "'{role}' keurt reacties goed op niveau '{tier}', maar staat niet in de"
        " escalatieketen: wie waarschuwt hem of haar?",
        "'{role}' approves responses at tier '{tier}', but is not in the escalation"
        " chain: who alerts them?",
    ),
    fix=(
        "Neem de beslisser op in de escalatieketen, met bereikbaarheid en vervanger.",
        "Add the approver to the escalation chain, with how to reach them and a back-up.",
    ),
    fix_path="crisis.escalation",
    source=_PLAN.format(5),
    weight=6,
    mode="share",
    population=_tiers,
    fires=without("crisis", "escalation", role="bestuur"),
    passes=without("crisis", "escalation", role="webcare"),
)
def approver_not_in_chain(ctx: Context) -> Iterator[Hit]:
    chain_roles = {step.role for step in ctx.strategy.crisis.escalation}
    if not chain_roles:  # CRIS003 covers a missing chain
        return
    for i, tier in enumerate(ctx.strategy.crisis.tiers):
        if tier.approver and tier.approver not in chain_roles:
            yield Hit(
                f"crisis.tiers[{i}].approver",
                {
                    "role": _role(ctx, tier.approver),
                    "tier": tier.level.text,
                },
            )


no_plan_owner = rule(
    "CRIS027",
    "no-plan-owner",
    area=Area.CRISIS,
    level=Level.ADVICE,
    title=("Plan zonder eigenaar", "Plan without an owner"),
    message=(
        "Het crisis- en incidentenplan heeft geen eigenaar die het actueel houdt.",
        "The crisis and incident plan has no owner who keeps it up to date.",
    ),
    fix=(
        "Wijs een eigenaar aan die het plan na elk incident en elke oefening bijwerkt.",
        "Name an owner who updates the plan after every incident and drill.",
    ),
    source=_PLAN.format(12),
    weight=5,
    fires=within("crisis", owner=""),
    passes=within("crisis", owner="Bestuurder"),
)(empty("crisis.owner"))


@rule(
    "CRIS028",
    "scenario-slower-than-tier",
    area=Area.CRISIS,
    level=Level.ADVICE,
    title=("Scenario trager dan zijn niveau", "Scenario slower than its tier"),
    message=(
        "Scenario '{scenario}' geeft de eerste reactie binnen {scenario_hours}, maar"
        " bij het niveau '{tier}' hoort een reactie binnen {tier_hours}.",
        "Scenario '{scenario}' gives its first response within {scenario_hours},"
        " but its tier '{tier}' asks for a response within {tier_hours}.",
    ),
    fix=(
        "Maak de twee gelijk, of zet bij de eerste stappen waarom dit scenario meer tijd"
        " krijgt: wie in een incident het plan openslaat, moet weten welke termijn geldt.",
        "Make the two agree, or say in the first steps why this scenario gets more time:"
        " whoever opens the plan during an incident must know which deadline applies.",
    ),
    source=f"{_PLAN.format(6)} (one plan, one answer under pressure)",
    weight=5,
    mode="share",
    population=_scenarios,
    fires=each_in("crisis", "scenarios", 0, response_hours=999.0),
    passes=each_in("crisis", "scenarios", 0, response_hours=0.25),
)
def scenario_slower_than_tier(ctx: Context) -> Iterator[Hit]:
    tiers = {t.level: t for t in ctx.strategy.crisis.tiers}
    for i, scenario in enumerate(ctx.strategy.crisis.scenarios):
        tier = tiers.get(scenario.level)
        if (
            tier is not None
            and tier.response_hours is not None
            and scenario.response_hours is not None
            and scenario.response_hours > tier.response_hours
        ):
            yield Hit(
                f"crisis.scenarios[{i}].response_hours",
                {
                    "scenario": _scenario_name(scenario),
                    "scenario_hours": _hours(scenario.response_hours),
                    "tier_hours": _hours(tier.response_hours),
                    "tier": scenario.level.text,
                },
            )


@rule(
    "CRIS029",
    "escalation-step-without-role",
    area=Area.CRISIS,
    level=Level.WARNING,
    title=("Stap in de escalatieketen zonder rol", "Escalation step without a role"),
    message=(
        "Stap {number} van de escalatieketen noemt nog geen rol.",
        "Step {number} of the escalation chain names no role yet.",
    ),
    fix=(
        "Kies bij die stap de rol die dan gebeld wordt (rollen leg je vast bij Organisatie).",
        "Choose the role that is called at that step (roles are set under Organisation).",
    ),
    source=_PLAN.format(5),
    weight=10,
    mode="share",
    population=_steps,
    fires=each_in("crisis", "escalation", 0, role=""),
    passes=each_in("crisis", "escalation", 0, role="privacy"),
)
def escalation_step_without_role(ctx: Context) -> Iterator[Hit]:
    for i, step in enumerate(ctx.strategy.crisis.escalation):
        if not step.role:
            yield Hit(f"crisis.escalation[{i}].role", {"number": i + 1})
