"""The areas a strategy is scored on, in the order a manager works through them."""

from __future__ import annotations

from typing import Final

from socialstrategy.vocab import Term


class Area(Term):
    # The same names as the planner's steps: a manager meets each area under one name.
    PROFILE = ("profile", "Organisatie en processen", "Organisation and processes")
    READINESS = ("readiness", "Checkvragen", "Check questions")
    GOALS = ("goals", "Doelen", "Goals")
    AUDIENCES = ("audiences", "Doelgroepen", "Audiences")
    CHANNELS = ("channels", "Kanalen", "Channels")
    GUIDELINES = ("guidelines", "Richtlijn en mediabegeleiding", "Guideline and media guidance")
    CRISIS = ("crisis", "Crisis- en incidentenplan", "Crisis and incident plan")
    ENGAGEMENT = ("engagement", "Bespreekbaar maken", "Making it discussable")
    TRAINING = ("training", "Scholing", "Training")
    ACTIONS = ("actions", "Actieplan", "Action plan")

    @property
    def order(self) -> int:
        return list(type(self)).index(self)


#: How much each area counts in the overall score (they add up to 100). The thinking
#: areas weigh most; the action plan least, because it comes last.
AREA_WEIGHTS: Final[dict[Area, int]] = {
    Area.PROFILE: 6,
    Area.READINESS: 10,
    Area.GOALS: 15,
    Area.AUDIENCES: 10,
    Area.CHANNELS: 10,
    Area.GUIDELINES: 12,
    Area.CRISIS: 12,
    Area.ENGAGEMENT: 10,
    Area.TRAINING: 7,
    Area.ACTIONS: 8,
}


class Level(Term):
    """How serious a finding is; declared from most to least serious."""

    ERROR = ("error", "Kritiek", "Error")
    WARNING = ("warning", "Aandachtspunt", "Warning")
    ADVICE = ("advice", "Advies", "Advice")

    @property
    def rank(self) -> int:
        """0 for an error, 2 for advice: lower sorts first."""
        return list(type(self)).index(self)
