"""The whole strategy, its parts in the order a manager thinks them through."""

from __future__ import annotations

import attrs

from socialstrategy.model._fields import doc
from socialstrategy.model.actions import Action
from socialstrategy.model.audiences import Audience
from socialstrategy.model.channels import Channel
from socialstrategy.model.consent import ConsentRecord
from socialstrategy.model.crisis import CrisisPlan
from socialstrategy.model.engagement import Engagement
from socialstrategy.model.goals import Goal
from socialstrategy.model.guidelines import Guidelines, MediaGuidance
from socialstrategy.model.lifecycle import Lifecycle
from socialstrategy.model.meta import Meta
from socialstrategy.model.organisation import Organisation
from socialstrategy.model.readiness import ReadinessAnswer
from socialstrategy.model.training import TrainingNeed


@attrs.frozen(kw_only=True)
class Strategy:
    """A social media strategy for a care or welfare organisation.

    Frozen: change it with :func:`attrs.evolve`. Cross-references between parts are
    checked by :func:`socialstrategy.validate`, not on construction, so a plan can be
    half-finished while it is being written.
    """

    meta: Meta = doc("The document.", factory=Meta)
    lifecycle: Lifecycle = doc(
        "Status (draft, in review, adopted), the works council's advice and the adoption.",
        factory=Lifecycle,
    )
    organisation: Organisation = doc("The organisation.", factory=Organisation)
    readiness: tuple[ReadinessAnswer, ...] = doc("Answers to the check questions.", default=())
    goals: tuple[Goal, ...] = doc("Goals.", default=())
    audiences: tuple[Audience, ...] = doc("Audiences.", default=())
    channels: tuple[Channel, ...] = doc("Channels.", default=())
    guidelines: Guidelines = doc("The employee guideline.", factory=Guidelines)
    media_guidance: MediaGuidance = doc("Media guidance for clients.", factory=MediaGuidance)
    consents: tuple[ConsentRecord, ...] = doc(
        "The consent register for images of clients (by pseudonym, never by name).", default=()
    )
    crisis: CrisisPlan = doc("The crisis and incident plan.", factory=CrisisPlan)
    engagement: Engagement = doc("Making it discussable.", factory=Engagement)
    training: tuple[TrainingNeed, ...] = doc("Training needs per role.", default=())
    actions: tuple[Action, ...] = doc("The action plan.", default=())
