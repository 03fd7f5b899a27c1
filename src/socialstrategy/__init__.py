"""socialstrategy: think first, then act.

Social media strategies for care and welfare organisations: a typed model, strategy
files in TOML, and scoring that explains every point, all usable without the planner.

    >>> import socialstrategy as ss
    >>> strategy = ss.new_strategy(ss.Sector.ELDERLY_CARE, "Zorggroep De Linde")
    >>> ss.loads(ss.dumps(strategy)) == strategy
    True
    >>> report = ss.score(strategy)
    >>> report.maturity.level
    1
    >>> report.next_step.area.code
    'readiness'
"""

from socialstrategy.errors import (
    FileTooLargeError,
    InvalidStrategyError,
    Problem,
    SchemaVersionError,
    SocialStrategyError,
    StrategyIOError,
    TomlSyntaxError,
)
from socialstrategy.files import (
    MAX_BYTES,
    SCHEMA_VERSION,
    dump,
    dumps,
    json_schema,
    load,
    loads,
)
from socialstrategy.i18n import Language, Text
from socialstrategy.model import (
    Action,
    Activity,
    Audience,
    Channel,
    ConsentPolicy,
    CrisisPlan,
    Engagement,
    EscalationStep,
    Goal,
    GuidelineRule,
    Guidelines,
    Indicator,
    LegalClock,
    MediaGuidance,
    Meta,
    Moderation,
    Organisation,
    Process,
    ReadinessAnswer,
    Role,
    Scenario,
    Span,
    Strategy,
    Tier,
    TrainingNeed,
    new_strategy,
)
from socialstrategy.model import check_references as validate
from socialstrategy.scoring import Finding, Report, score
from socialstrategy.vocab import (
    ActionStatus,
    Answer,
    AudienceKind,
    ChannelKind,
    CheckQuestion,
    EngagementKind,
    Funder,
    GuidelineTopic,
    LegalClockKind,
    ParticipationBody,
    PlanPart,
    ProcessKind,
    Purpose,
    Referrer,
    Rhythm,
    ScenarioKind,
    Sector,
    Severity,
    Skill,
)

__version__ = "0.1.0"

__all__ = [
    "MAX_BYTES",
    "SCHEMA_VERSION",
    "Action",
    "ActionStatus",
    "Activity",
    "Answer",
    "Audience",
    "AudienceKind",
    "Channel",
    "ChannelKind",
    "CheckQuestion",
    "ConsentPolicy",
    "CrisisPlan",
    "Engagement",
    "EngagementKind",
    "EscalationStep",
    "FileTooLargeError",
    "Finding",
    "Funder",
    "Goal",
    "GuidelineRule",
    "GuidelineTopic",
    "Guidelines",
    "Indicator",
    "InvalidStrategyError",
    "Language",
    "LegalClock",
    "LegalClockKind",
    "MediaGuidance",
    "Meta",
    "Moderation",
    "Organisation",
    "ParticipationBody",
    "PlanPart",
    "Problem",
    "Process",
    "ProcessKind",
    "Purpose",
    "ReadinessAnswer",
    "Referrer",
    "Report",
    "Rhythm",
    "Role",
    "Scenario",
    "ScenarioKind",
    "SchemaVersionError",
    "Sector",
    "Severity",
    "Skill",
    "SocialStrategyError",
    "Span",
    "Strategy",
    "StrategyIOError",
    "Text",
    "Tier",
    "TomlSyntaxError",
    "TrainingNeed",
    "__version__",
    "dump",
    "dumps",
    "json_schema",
    "load",
    "loads",
    "new_strategy",
    "score",
    "validate",
]
