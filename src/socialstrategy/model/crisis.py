"""The crisis and incident plan: tiers, escalation, scenarios and legal clocks."""

from __future__ import annotations

import datetime as dt

import attrs

from socialstrategy.model._fields import (
    day,
    doc,
    id_field,
    line,
    positive,
    ref,
    starter_mark,
    text,
    texts,
)
from socialstrategy.model.organisation import Role
from socialstrategy.vocab import (
    LegalClockKind,
    MessagePrinciple,
    ResponseKind,
    ScenarioKind,
    Severity,
    StakeholderKind,
    TriageCriterion,
)


@attrs.frozen(kw_only=True)
class Tier:
    """A severity level with its trigger, approver and response time."""

    level: Severity = doc("The severity level.")
    trigger: str = text("What makes a situation this level.")
    approver: str = ref("the role that approves responses at this level", target=Role)
    response_hours: float | None = positive("Response-time target at this level, in hours.")


@attrs.frozen(kw_only=True)
class EscalationStep:
    """One step of the escalation chain: a role, how to reach it and its back-up."""

    role: str = ref("the role at this step", target=Role, required=True)
    reach: str = text("How to reach the role, e.g. a phone number or the on-call roster.")
    backup: str = ref("the back-up role", target=Role)
    day_and_night: bool = doc("Reachable around the clock.", default=False)
    from_level: Severity = doc(
        "From which level this role is involved.", default=Severity.COMPLAINT
    )
    model_text: bool = starter_mark()


@attrs.frozen(kw_only=True)
class Scenario:
    """A foreseeable incident, with its level, lead, first steps and holding statement."""

    id: str = id_field("scenario")
    kind: ScenarioKind = doc("Kind of scenario.")
    title: str = line("The scenario in a sentence.")
    level: Severity = doc("Usual severity level.", default=Severity.INCIDENT)
    lead: str = ref("the role that leads the response", target=Role)
    response_hours: float | None = positive("Time to the first public response, in hours.")
    holding_statement: str = text("The first public response (eerste reactie).")
    steps: tuple[str, ...] = texts("First steps, in order.")
    prevention: str = text("How this scenario is prevented.")
    last_drilled: dt.date | None = day("When this scenario was last rehearsed (table-top).")
    model_text: bool = starter_mark()


@attrs.frozen(kw_only=True)
class LegalClock:
    """A legal or procedural deadline that starts running in an incident."""

    kind: LegalClockKind = doc("Which deadline.")
    deadline_hours: float | None = positive("Hours to meet it (the AP: 72 hours for a leak).")
    authority: str = text("To whom: the AP, the IGJ, the complaints officer.")
    owner: str = ref("the role that makes sure it is met", target=Role)
    procedure: str = text("How it is done.")


@attrs.frozen(kw_only=True)
class TriageRule:
    """One criterion of triage: the question asked, and the level it raises a message to."""

    criterion: TriageCriterion = doc("What is judged.")
    question: str = text("The question the person on duty asks, in plain words.")
    raises_to: Severity = doc("The level a message reaches when the answer is yes.")
    model_text: bool = starter_mark()


@attrs.frozen(kw_only=True)
class Response:
    """A branch of the response decision tree: when we answer this way, and who decides."""

    kind: ResponseKind = doc("Monitor, correct, restore or escalate.")
    when: str = text("When this is the answer, e.g. 'een klacht van een cliënt of naaste'.")
    decides: str = ref("the role that decides on this answer", target=Role)
    action: str = text("What is done.")
    model_text: bool = starter_mark()


@attrs.frozen(kw_only=True)
class Stakeholder:
    """Who is informed, by whom and when: inside in parallel with outside."""

    kind: StakeholderKind = doc("Who is informed.")
    informs: str = ref("the role that informs them", target=Role)
    within_hours: float | None = positive("How soon they hear it, in hours.")
    how: str = text("How they are informed, e.g. 'teamoverleg en intranetbericht'.")
    model_text: bool = starter_mark()


@attrs.frozen(kw_only=True)
class Principle:
    """A message principle, and what it means for us."""

    principle: MessagePrinciple = doc("The principle.")
    meaning: str = text("What the principle means in our messages.")
    model_text: bool = starter_mark()


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
    triage: tuple[TriageRule, ...] = doc("How a message's seriousness is judged.", default=())
    responses: tuple[Response, ...] = doc("The response decision tree.", default=())
    stakeholders: tuple[Stakeholder, ...] = doc("Who is informed, by whom, when.", default=())
    principles: tuple[Principle, ...] = doc("How we speak in an incident.", default=())
    model_texts: tuple[str, ...] = doc(
        "Names of this plan's own fields that still hold the starter text unreviewed.",
        default=(),
    )
