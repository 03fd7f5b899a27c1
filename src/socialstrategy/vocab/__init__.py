"""Vocabularies: every closed list of the domain, as data with Dutch and English labels."""

from socialstrategy.vocab._term import Term
from socialstrategy.vocab.actions import ActionStatus, PlanPart
from socialstrategy.vocab.audiences import KEY_AUDIENCES, AudienceKind
from socialstrategy.vocab.channels import ChannelKind, Purpose
from socialstrategy.vocab.consent import ClientSituation, ConsentReach, Signatory
from socialstrategy.vocab.crisis import (
    NO_INSPECTORATE,
    STATUTORY_HOURS,
    TYPICAL_TRIGGERS,
    LegalClockKind,
    MessagePrinciple,
    ResponseKind,
    ScenarioKind,
    Severity,
    StakeholderKind,
    TriageCriterion,
)
from socialstrategy.vocab.engagement import EngagementKind, Rhythm
from socialstrategy.vocab.guidelines import CORE_TOPICS, GuidelineTopic
from socialstrategy.vocab.lifecycle import PlanStage, PlanStatus
from socialstrategy.vocab.organisation import (
    AdoptingBody,
    ClientParticipation,
    Funder,
    ParticipationBody,
    ProcessKind,
    Referrer,
    Sector,
    StaffRepresentation,
)
from socialstrategy.vocab.presets import PRESETS, ProcessPreset, SectorPreset
from socialstrategy.vocab.readiness import Answer, CheckQuestion
from socialstrategy.vocab.sector_words import SECTOR_WORDS, SectorWords, stakeholder_label
from socialstrategy.vocab.training import Skill

#: Every vocabulary, for tests and for the generated documentation.
VOCABULARIES: tuple[type[Term], ...] = (
    ActionStatus,
    AdoptingBody,
    Answer,
    AudienceKind,
    ChannelKind,
    CheckQuestion,
    ClientParticipation,
    ClientSituation,
    ConsentReach,
    EngagementKind,
    Funder,
    GuidelineTopic,
    LegalClockKind,
    MessagePrinciple,
    ParticipationBody,
    PlanPart,
    PlanStage,
    PlanStatus,
    ProcessKind,
    Purpose,
    Referrer,
    ResponseKind,
    Rhythm,
    ScenarioKind,
    Sector,
    Severity,
    Signatory,
    Skill,
    StaffRepresentation,
    StakeholderKind,
    TriageCriterion,
)

__all__ = [
    "CORE_TOPICS",
    "KEY_AUDIENCES",
    "NO_INSPECTORATE",
    "PRESETS",
    "SECTOR_WORDS",
    "STATUTORY_HOURS",
    "TYPICAL_TRIGGERS",
    "VOCABULARIES",
    "ActionStatus",
    "AdoptingBody",
    "Answer",
    "AudienceKind",
    "ChannelKind",
    "CheckQuestion",
    "ClientParticipation",
    "ClientSituation",
    "ConsentReach",
    "EngagementKind",
    "Funder",
    "GuidelineTopic",
    "LegalClockKind",
    "MessagePrinciple",
    "ParticipationBody",
    "PlanPart",
    "PlanStage",
    "PlanStatus",
    "ProcessKind",
    "ProcessPreset",
    "Purpose",
    "Referrer",
    "ResponseKind",
    "Rhythm",
    "ScenarioKind",
    "Sector",
    "SectorPreset",
    "SectorWords",
    "Severity",
    "Signatory",
    "Skill",
    "StaffRepresentation",
    "StakeholderKind",
    "Term",
    "TriageCriterion",
    "stakeholder_label",
]
