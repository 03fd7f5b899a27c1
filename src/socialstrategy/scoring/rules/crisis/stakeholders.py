"""Crisis plan: the stakeholder map, who is informed and by whom."""

from __future__ import annotations

from typing import TYPE_CHECKING

from socialstrategy import fmt
from socialstrategy.scoring.areas import Area, Level
from socialstrategy.scoring.rule import Hit, rule
from socialstrategy.scoring.rules._checks import empty
from socialstrategy.scoring.rules._edit import chain, each_in, keep_first, within, without
from socialstrategy.scoring.rules.crisis._common import (
    _FORENSIC,
    _IGJ_SECTORS,
    _PLAN,
    _STAKEHOLDERS_REQUIRED,
    _hours,
    _stakeholders,
    _started,
)
from socialstrategy.vocab import ScenarioKind, Sector, StakeholderKind, stakeholder_label

if TYPE_CHECKING:
    from collections.abc import Iterator

    from socialstrategy.scoring.context import Context


# --- stakeholders ---------------------------------------------------------------------


no_stakeholders = rule(
    "CRIS107",
    "no-stakeholders",
    area=Area.CRISIS,
    level=Level.WARNING,
    title=("Niet vastgelegd wie je informeert", "No stakeholder map"),
    message=(
        "Het plan zegt niet wie bij een incident geïnformeerd wordt, door wie en wanneer:"
        " cliënten, naasten en medewerkers horen het dan via de media.",
        "The plan does not say who is informed in an incident, by whom and when: clients,"
        " relatives and staff then hear it from the media.",
    ),
    fix=(
        "Zet op een rij wie je informeert (cliënten, naasten, medewerkers, raden,"
        " financiers, pers, toezichthouder), wie dat doet en binnen hoeveel uur: intern"
        " tegelijk met extern.",
        "List who is informed (clients, relatives, staff, councils, funders, press,"
        " regulator), who informs them and within how many hours: inside alongside"
        " outside.",
    ),
    source=f"{_PLAN.format(9)}; {_FORENSIC}",
    weight=6,
    fires=within("crisis", stakeholders=()),
    passes=keep_first("crisis", "stakeholders", 2),
)(empty("crisis.stakeholders", when=_started))


@rule(
    "CRIS108",
    "stakeholder-missing",
    area=Area.CRISIS,
    level=Level.WARNING,
    title=("Wie je informeert: een groep ontbreekt", "Stakeholder map misses a group"),
    message=(
        "Het plan zegt niet hoe '{kind}' bij een incident geïnformeerd worden.",
        "The plan does not say how '{kind}' are informed in an incident.",
    ),
    fix=(
        "Voeg ze toe: wie hen informeert, hoe, en binnen hoeveel uur.",
        "Add them: who informs them, how, and within how many hours.",
    ),
    source=f"{_PLAN.format(9)}; {_FORENSIC}",
    weight=3,
    mode="each",
    fires=without("crisis", "stakeholders", kind=StakeholderKind.RELATIVES),
    passes=without("crisis", "stakeholders", kind=StakeholderKind.PRESS),
)
def stakeholder_missing(ctx: Context) -> Iterator[Hit]:
    stakeholders = ctx.strategy.crisis.stakeholders
    if not stakeholders:  # CRIS107 says there are none
        return
    present = {s.kind for s in stakeholders}
    for kind in _STAKEHOLDERS_REQUIRED:
        if kind not in present:
            sector = ctx.strategy.organisation.sector
            yield Hit(
                "crisis.stakeholders",
                {"kind": fmt.both(stakeholder_label, kind, sector)},
            )


@rule(
    "CRIS109",
    "staff-hear-after-press",
    area=Area.CRISIS,
    level=Level.WARNING,
    title=("Medewerkers horen het na de pers", "Staff hear it after the press"),
    message=(
        "Medewerkers worden binnen {staff} geïnformeerd, de pers al binnen"
        " {press}: zo lezen zij het eerst in de krant.",
        "Staff are informed within {staff}, the press within {press}:"
        " staff then read it in the paper first.",
    ),
    fix=(
        "Informeer medewerkers uiterlijk tegelijk met de pers, liefst eerder: zij krijgen"
        " de vragen van cliënten en naasten.",
        "Inform staff no later than the press, preferably before: they get the questions"
        " of clients and relatives.",
    ),
    source=f"{_PLAN.format(9)} (internal alongside external); {_FORENSIC}",
    weight=5,
    fires=each_in("crisis", "stakeholders", 2, within_hours=24.0),
    passes=each_in("crisis", "stakeholders", 2, within_hours=4.0),
)
def staff_hear_after_press(ctx: Context) -> Iterator[Hit]:
    stakeholders = ctx.strategy.crisis.stakeholders
    press = [
        s.within_hours
        for s in stakeholders
        if s.kind is StakeholderKind.PRESS and s.within_hours is not None
    ]
    if not press:
        return
    first_press = min(press)
    for i, staff in enumerate(stakeholders):
        if (
            staff.kind is StakeholderKind.STAFF
            and staff.within_hours is not None
            and staff.within_hours > first_press
        ):
            yield Hit(
                f"crisis.stakeholders[{i}].within_hours",
                {"staff": _hours(staff.within_hours), "press": _hours(first_press)},
            )


@rule(
    "CRIS110",
    "inspectorate-not-informed",
    area=Area.CRISIS,
    level=Level.ADVICE,
    title=("Toezichthouder niet bij wie je informeert", "Regulator not on the stakeholder map"),
    message=(
        "Het plan voorziet een calamiteit, maar de toezichthouder staat niet bij wie je"
        " informeert, terwijl de sector '{sector}' calamiteiten aan de IGJ meldt.",
        "The plan foresees a calamity, but the regulator is not on the stakeholder map,"
        " while the '{sector}' sector reports calamities to the IGJ.",
    ),
    fix=(
        "Voeg de toezichthouder toe: wie meldt, hoe, en binnen welke termijn (onverwijld).",
        "Add the regulator: who reports, how, and within what term (without delay).",
    ),
    source=f"{_PLAN.format('9, 11')}; Wkkgz art. 11, Jeugdwet art. 4.1.8",
    weight=3,
    fires=without("crisis", "stakeholders", kind=StakeholderKind.INSPECTORATE),
    passes=chain(
        within("organisation", sector=Sector.WELFARE),
        without("crisis", "stakeholders", kind=StakeholderKind.INSPECTORATE),
    ),
)
def inspectorate_not_informed(ctx: Context) -> Iterator[Hit]:
    crisis = ctx.strategy.crisis
    sector = ctx.strategy.organisation.sector
    if (
        crisis.stakeholders
        and sector in _IGJ_SECTORS
        and any(s.kind is ScenarioKind.CALAMITY for s in crisis.scenarios)
        and not any(k.kind is StakeholderKind.INSPECTORATE for k in crisis.stakeholders)
    ):
        yield Hit(
            "crisis.stakeholders",
            {"sector": sector.text},
        )


@rule(
    "CRIS111",
    "stakeholder-without-messenger",
    area=Area.CRISIS,
    level=Level.ADVICE,
    title=("Niemand die informeert", "Nobody to inform them"),
    message=(
        "Bij '{kind}' staat niet wie hen informeert.",
        "'{kind}' has nobody named to inform them.",
    ),
    fix=(
        "Kies de rol die hen informeert (rollen leg je vast bij Organisatie).",
        "Choose the role that informs them (roles are set under Organisation).",
    ),
    source=_PLAN.format(9),
    weight=4,
    mode="share",
    population=_stakeholders,
    fires=each_in("crisis", "stakeholders", 0, informs=""),
    passes=each_in("crisis", "stakeholders", 0, informs="communicatie"),
)
def stakeholder_without_messenger(ctx: Context) -> Iterator[Hit]:
    for i, stakeholder in enumerate(ctx.strategy.crisis.stakeholders):
        if not stakeholder.informs:
            yield Hit(
                f"crisis.stakeholders[{i}].informs",
                {"kind": stakeholder.kind.text},
            )
