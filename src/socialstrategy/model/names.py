"""What a part of the strategy is called where a manager reads it: one policy, never an id.

An id (``doel-2``, ``comm``) is made for the file; nobody typed it as a name, so no
export, finding or picker shows it. The policy, in order:

1. the part's own text that names it (a role's name, a goal's title), trimmed;
2. else the label of its kind, where the part has one (an audience of kind *Verwanten
   en naasten*, a channel of kind *Facebook*);
3. else its kind's noun, marked as unnamed: "rol zonder naam", "unnamed role".

A reference to an id the plan does not hold (a plan not yet checked) reads as the
target's noun, marked unknown: "rol (onbekend)", "role (unknown)", not as the id.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any, Final

import attrs

from socialstrategy import fmt
from socialstrategy.i18n import DEFAULT_LANGUAGE, Language, Text
from socialstrategy.model.actions import Action, StatusUpdate
from socialstrategy.model.audiences import Audience
from socialstrategy.model.channels import Channel
from socialstrategy.model.consent import ConsentRecord
from socialstrategy.model.crisis import (
    EscalationStep,
    LegalClock,
    Principle,
    Response,
    Scenario,
    Stakeholder,
    Tier,
    TriageRule,
)
from socialstrategy.model.engagement import Activity
from socialstrategy.model.goals import Goal, Indicator, Measurement
from socialstrategy.model.guidelines import GuidelineRule
from socialstrategy.model.meta import Acceptance
from socialstrategy.model.organisation import Process, Role
from socialstrategy.model.readiness import ReadinessAnswer
from socialstrategy.model.references import parts
from socialstrategy.model.training import TrainingNeed

if TYPE_CHECKING:
    from socialstrategy.model.strategy import Strategy


@attrs.frozen
class Naming:
    """How one kind of part is named: its noun, the fields whose text names it (the
    first with text wins), a vocabulary field whose label stands in for a name, and
    what the list of them is called ("rollen", "het toestemmingsregister")."""

    noun: Text
    fields: tuple[str, ...] = ()
    label: str | None = None
    collection: Text | None = None


#: Every kind of part that is referred to or holds a reference. A subclass is named as
#: its base; a test keeps this table complete against the model's reference fields.
NAMING: Final[dict[type, Naming]] = {
    Process: Naming(Text("proces", "process"), ("name",), None, Text("processen", "processes")),
    Role: Naming(Text("rol", "role"), ("name",), None, Text("rollen", "roles")),
    Goal: Naming(Text("doel", "goal"), ("title",), None, Text("doelen", "goals")),
    Audience: Naming(
        Text("doelgroep", "audience"), ("name",), "kind", Text("doelgroepen", "audiences")
    ),
    Channel: Naming(Text("kanaal", "channel"), ("name",), "kind", Text("kanalen", "channels")),
    Scenario: Naming(
        Text("scenario", "scenario"), ("title",), "kind", Text("scenario's", "scenarios")
    ),
    Activity: Naming(
        Text("activiteit", "activity"), ("title",), "kind", Text("activiteiten", "activities")
    ),
    Action: Naming(Text("actie", "action"), ("title",), None, Text("acties", "actions")),
    ConsentRecord: Naming(
        Text("toestemming", "consent record"),
        ("what",),
        None,
        Text("het toestemmingsregister", "the consent register"),
    ),
    Tier: Naming(Text("niveau", "tier"), (), "level"),
    EscalationStep: Naming(Text("escalatiestap", "escalation step")),
    LegalClock: Naming(Text("wettelijke termijn", "legal deadline"), (), "kind"),
    Response: Naming(Text("reactie", "response"), (), "kind"),
    Stakeholder: Naming(Text("belanghebbende", "stakeholder"), (), "kind"),
    GuidelineRule: Naming(Text("richtlijnregel", "guideline rule"), (), "topic"),
    TrainingNeed: Naming(Text("scholingsbehoefte", "training need")),
    # Not referred to, but named where a change to one is told (a plan's history).
    Indicator: Naming(Text("indicator", "indicator"), ("kpi",)),
    # Named by their day: "meting ‘31-03-2026’".
    Measurement: Naming(Text("meting", "measurement"), ("date",)),
    StatusUpdate: Naming(Text("statusupdate", "status update"), ("date",)),
    TriageRule: Naming(Text("inschattingsvraag", "triage question"), (), "criterion"),
    Principle: Naming(Text("uitgangspunt", "principle"), (), "principle"),
    ReadinessAnswer: Naming(Text("checkvraag", "check question"), (), "question"),
    # An accepted finding is named by its rule's code ("GOAL003"), as the report lists it.
    Acceptance: Naming(Text("geaccepteerde bevinding", "accepted finding"), ("rule",)),
}
_UNNAMED: Final = Text("{noun} zonder naam", "unnamed {noun}")
_UNKNOWN: Final = Text("{noun} (onbekend)", "{noun} (unknown)")
_PART: Final = Naming(Text("onderdeel", "part"))


def naming(kind: type) -> Naming:
    """How parts of *kind* (or of its nearest named base class) are named."""
    for cls in kind.__mro__:
        if cls in NAMING:
            return NAMING[cls]
    return _PART


def noun(kind: type, language: Language = DEFAULT_LANGUAGE) -> str:
    """The word for one part of *kind*: "rol", "doelgroep"; "role", "audience"."""
    return naming(kind).noun.get(language)


def given_name(part: object, language: Language = DEFAULT_LANGUAGE) -> str:
    """The name the manager gave *part* (its name or title, spaces trimmed; a dated
    record's day, as *language* writes it); may be empty."""
    for field in naming(type(part)).fields:
        value = getattr(part, field, "")
        if isinstance(value, str) and value.strip():
            return " ".join(value.split())
        if isinstance(value, dt.date):
            return fmt.date(value, language)
    return ""


def display_name(part: object, language: Language = DEFAULT_LANGUAGE) -> str:
    """What *part* is called in *language*: its name, else its kind's label, else its
    noun marked unnamed (see the module for the policy). Never its id."""
    name = given_name(part, language)
    if name:
        return name
    how = naming(type(part))
    if how.label is not None:
        term: Any = getattr(part, how.label, None)
        if term is not None:
            return str(term.label(language))
    return _UNNAMED.get(language).format(noun=how.noun.get(language))


def unknown(kind: type, language: Language = DEFAULT_LANGUAGE) -> str:
    """What a reference to an id the plan does not hold reads as: "rol (onbekend)"."""
    return _UNKNOWN.get(language).format(noun=noun(kind, language))


def name_of(strategy: Strategy, kind: type, id_: str, language: Language = DEFAULT_LANGUAGE) -> str:
    """The display name of the part of *kind* with id *id_*; empty for an empty id; the
    stated fallback (:func:`unknown`) for an id the plan does not hold."""
    return names_by_id(strategy, kind, language).get(id_, unknown(kind, language)) if id_ else ""


def names_by_id(
    strategy: Strategy, kind: type, language: Language = DEFAULT_LANGUAGE
) -> dict[str, str]:
    """Every part of *kind* in *strategy*, by id, to its display name, in plan order."""
    return {part.id: display_name(part, language) for part in parts(strategy, kind)}


def options(
    strategy: Strategy, kind: type, language: Language = DEFAULT_LANGUAGE
) -> tuple[tuple[str, str], ...]:
    """A picker's options for a reference to *kind*: ``(id, display name)`` in plan
    order; two parts of one name are told apart by their place ("Zorgmedewerker (2)")."""
    named = list(names_by_id(strategy, kind, language).items())
    count: dict[str, int] = {}
    out: list[tuple[str, str]] = []
    for id_, name in named:
        count[name] = count.get(name, 0) + 1
        seen = count[name]
        out.append((id_, name if seen == 1 else f"{name} ({seen})"))
    return tuple(out)


__all__ = [
    "NAMING",
    "Naming",
    "display_name",
    "given_name",
    "name_of",
    "names_by_id",
    "naming",
    "noun",
    "options",
    "unknown",
]
