"""Helpers shared by the crisis plan rules."""

from __future__ import annotations

from typing import TYPE_CHECKING

from socialstrategy import fmt
from socialstrategy.i18n import Text
from socialstrategy.scoring.rule import named
from socialstrategy.vocab import (
    NO_INSPECTORATE,
    STATUTORY_HOURS,
    LegalClockKind,
    MessagePrinciple,
    Sector,
    Severity,
    StakeholderKind,
    Term,
    TriageCriterion,
)

if TYPE_CHECKING:
    from socialstrategy.model import Scenario
    from socialstrategy.scoring.context import Context


_QA = "Q&A bespreekbaar maken, checkvraag {} (seed 000)"
_PLAN = "DOMAIN.md crisis and webcare plan #{}"
#: CRIS005's remedy for a small organisation (:attr:`Governance.small`).
_SMALL_REACH = Text(
    "Spreek af wie van {adopter} bij een ernstig incident ook buiten werktijd gebeld kan"
    " worden; een telefoonnummer in de keten is genoeg.",
    "Agree who of {adopter} can be called about a serious incident outside working hours"
    " too; a telephone number in the chain will do.",
)
_BOOK = (
    "Gulden & Van der Wurff, Social media in zorg en welzijn (seed 003):"
    " klachten- en crisiscommunicatie"
)

#: The three levels the forensic-care guideline tells apart; complaint and issue are
#: handled by webcare and need no tier of their own.
_REQUIRED_TIERS = (Severity.INCIDENT, Severity.CALAMITY, Severity.CRISIS)
#: Sectors whose providers report calamities to the IGJ (Wkkgz; youth care: Jeugdwet).
_IGJ_SECTORS = frozenset(Sector) - NO_INSPECTORATE
_DATA_LEAK_HOURS = STATUTORY_HOURS[LegalClockKind.DATA_LEAK_AUTHORITY]


def _started(ctx: Context) -> bool:
    """Whether any of the plan's backbone exists, presets included; otherwise CRIS001
    says it all. (Whether it is a plan yet is :attr:`Context.has_crisis_plan`.)"""
    c = ctx.strategy.crisis
    return bool(c.tiers or c.escalation or c.scenarios)


def _role(ctx: Context, role_id: str) -> str | Text:
    for role in ctx.strategy.organisation.roles:
        if role.id == role_id:
            return named(role.name)
    return role_id


def _clock_kinds(ctx: Context) -> frozenset[LegalClockKind]:
    return frozenset(c.kind for c in ctx.strategy.crisis.legal_clocks)


def _scenario_name(scenario: Scenario) -> str | Text:
    return named(scenario.title)


def _tiers(ctx: Context) -> int:
    return len(ctx.strategy.crisis.tiers)


def _steps(ctx: Context) -> int:
    return len(ctx.strategy.crisis.escalation)


def _scenarios(ctx: Context) -> int:
    return len(ctx.strategy.crisis.scenarios)


def _clocks(ctx: Context) -> int:
    return len(ctx.strategy.crisis.legal_clocks)


_CERC = "CDC, Crisis and Emergency Risk Communication (CERC): six principles"
_FORENSIC = "communicatierichtlijn forensische zorg (intern en extern parallel; eigen domein)"

#: What triage in care must at least ask: is a client in danger, is a client's privacy
#: broken. Reach and press follow from webcare practice and are advised, not required.
_TRIAGE_REQUIRED = (TriageCriterion.CLIENT_SAFETY, TriageCriterion.PRIVACY_BREACH)
#: Who must be on any stakeholder map in care: the people it is about, and staff, who
#: otherwise read it in the paper.
_STAKEHOLDERS_REQUIRED = (StakeholderKind.CLIENTS, StakeholderKind.RELATIVES, StakeholderKind.STAFF)
#: Of CERC's six and the forensic guideline's own: the two a care organisation forgets
#: most under pressure (defending itself, and speaking for the police or a partner).
_PRINCIPLES_REQUIRED = (MessagePrinciple.EXPRESS_EMPATHY, MessagePrinciple.OWN_DOMAIN)


def _triage(ctx: Context) -> int:
    return len(ctx.strategy.crisis.triage)


def _responses(ctx: Context) -> int:
    return len(ctx.strategy.crisis.responses)


def _stakeholders(ctx: Context) -> int:
    return len(ctx.strategy.crisis.stakeholders)


def _principles(ctx: Context) -> int:
    return len(ctx.strategy.crisis.principles)


def _hours(hours: float) -> Text:
    """A number of hours as a message quotes it: '1,5 uur', '30 minuten'."""
    return fmt.both(fmt.duration, hours)


def _term(name: str, term: Term) -> dict[str, object]:
    """A vocabulary term as the placeholder *name*, as a message quotes it."""
    return {name: term.text}
