"""The state an action of the action plan is in."""

from __future__ import annotations

from socialstrategy.vocab._term import Term


class ActionStatus(Term):
    PLANNED = ("planned", "Gepland", "Planned")
    IN_PROGRESS = ("in_progress", "Loopt", "In progress")
    DONE = ("done", "Afgerond", "Done")
    ON_HOLD = ("on_hold", "Gepauzeerd", "On hold")
    CANCELLED = ("cancelled", "Vervallen", "Cancelled")

    @property
    def open(self) -> bool:
        return self in (ActionStatus.PLANNED, ActionStatus.IN_PROGRESS, ActionStatus.ON_HOLD)


class PlanPart(Term):
    """The parts of the strategy an enabling action can put into practice."""

    GUIDELINES = ("guidelines", "Richtlijn voor medewerkers", "Employee guideline")
    MEDIA_GUIDANCE = ("media_guidance", "Mediabegeleiding van cliënten", "Media guidance")
    CRISIS = ("crisis", "Crisis- en incidentenplan", "Crisis and incident plan")
    ENGAGEMENT = ("engagement", "Bespreekbaar maken", "Making it discussable")
    TRAINING = ("training", "Scholing", "Training")
    MONITORING = ("monitoring", "Meten en evalueren", "Measuring and reviewing")
