"""The strategy model: frozen, typed attrs classes, one module per part."""

from socialstrategy.model.actions import Action, StatusUpdate
from socialstrategy.model.audiences import Audience
from socialstrategy.model.channels import Channel, Moderation, Span
from socialstrategy.model.consent import ConsentRecord
from socialstrategy.model.crisis import (
    CrisisPlan,
    EscalationStep,
    LegalClock,
    Principle,
    Response,
    Scenario,
    Stakeholder,
    Tier,
    TriageRule,
)
from socialstrategy.model.engagement import Activity, Engagement
from socialstrategy.model.goals import Goal, Indicator, Measurement
from socialstrategy.model.governance import Governance, governance
from socialstrategy.model.guidelines import ConsentPolicy, GuidelineRule, Guidelines, MediaGuidance
from socialstrategy.model.integrity import check_references
from socialstrategy.model.lifecycle import Adoption, Advice, Lifecycle
from socialstrategy.model.meta import Acceptance, Meta
from socialstrategy.model.names import display_name, name_of, options
from socialstrategy.model.new import new_strategy
from socialstrategy.model.organisation import Organisation, Process, Role
from socialstrategy.model.readiness import ReadinessAnswer
from socialstrategy.model.references import Reference, references
from socialstrategy.model.strategy import Strategy
from socialstrategy.model.training import TrainingNeed

__all__ = [
    "Acceptance",
    "Action",
    "Activity",
    "Adoption",
    "Advice",
    "Audience",
    "Channel",
    "ConsentPolicy",
    "ConsentRecord",
    "CrisisPlan",
    "Engagement",
    "EscalationStep",
    "Goal",
    "Governance",
    "GuidelineRule",
    "Guidelines",
    "Indicator",
    "LegalClock",
    "Lifecycle",
    "Measurement",
    "MediaGuidance",
    "Meta",
    "Moderation",
    "Organisation",
    "Principle",
    "Process",
    "ReadinessAnswer",
    "Reference",
    "Response",
    "Role",
    "Scenario",
    "Span",
    "Stakeholder",
    "StatusUpdate",
    "Strategy",
    "Tier",
    "TrainingNeed",
    "TriageRule",
    "check_references",
    "display_name",
    "governance",
    "name_of",
    "new_strategy",
    "options",
    "references",
]
