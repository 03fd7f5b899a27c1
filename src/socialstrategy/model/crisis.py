"""The crisis and incident plan: tiers, escalation, scenarios and legal clocks."""

from __future__ import annotations

import datetime as dt

import attrs

from socialstrategy.model._fields import day, doc, id_field, line, positive, ref, text, texts
from socialstrategy.vocab import LegalClockKind, ScenarioKind, Severity


@attrs.frozen(kw_only=True)
class Tier:
    """A severity level with its trigger, approver and response time."""

    level: Severity = doc("The severity level.")
    trigger: str = text("What makes a situation this level.")
    approver: str = ref("the role that approves responses at this level")
    response_hours: float | None = positive("Response-time target at this level, in hours.")


@attrs.frozen(kw_only=True)
class EscalationStep:
    """One step of the escalation chain: a role, how to reach it and its back-up."""

    role: str = doc("Id of the role at this step.")
    reach: str = text("How to reach the role, e.g. a phone number or the on-call roster.")
    backup: str = ref("the back-up role")
    day_and_night: bool = doc("Reachable around the clock.", default=False)
    from_level: Severity = doc(
        "From which level this role is involved.", default=Severity.COMPLAINT
    )


@attrs.frozen(kw_only=True)
class Scenario:
    """A foreseeable incident, with its level, lead, first steps and holding statement."""

    id: str = id_field("scenario")
    kind: ScenarioKind = doc("Kind of scenario.")
    title: str = line("The scenario in a sentence.")
    level: Severity = doc("Usual severity level.", default=Severity.INCIDENT)
    lead: str = ref("the role that leads the response")
    response_hours: float | None = positive("Time to the first public response, in hours.")
    holding_statement: str = text("The first public response (eerste reactie).")
    steps: tuple[str, ...] = texts("First steps, in order.")
    prevention: str = text("How this scenario is prevented.")


@attrs.frozen(kw_only=True)
class LegalClock:
    """A legal or procedural deadline that starts running in an incident."""

    kind: LegalClockKind = doc("Which deadline.")
    deadline_hours: float | None = positive("Hours to meet it (the AP: 72 hours for a leak).")
    authority: str = text("To whom: the AP, the IGJ, the complaints officer.")
    owner: str = ref("the role that makes sure it is met")
    procedure: str = text("How it is done.")


@attrs.frozen(kw_only=True)
class CrisisPlan:
    """The crisis and incident plan."""

    owner: str = line("Who owns the plan.")
    monitoring: str = text("What is monitored (keywords, channels), by whom, when.")
    account_access: str = text("Where account access is kept for an emergency.")
    first_hour: tuple[str, ...] = texts("The first-hour checklist.")
    prevention: tuple[str, ...] = texts("Measures that prevent incidents.")
    evaluation: str = text("How incidents are evaluated and the plan improved.")
    last_drill: dt.date | None = day("When the plan was last rehearsed.")
    tiers: tuple[Tier, ...] = doc("Severity levels with triggers.", default=())
    escalation: tuple[EscalationStep, ...] = doc("The escalation chain, in order.", default=())
    scenarios: tuple[Scenario, ...] = doc("Foreseeable scenarios.", default=())
    legal_clocks: tuple[LegalClock, ...] = doc("Legal and procedural deadlines.", default=())
