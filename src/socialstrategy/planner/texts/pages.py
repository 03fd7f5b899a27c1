"""Per-step strings; each step's module keeps its own dictionary."""

from __future__ import annotations

from typing import TYPE_CHECKING

from socialstrategy.planner.texts import (
    actions,
    audiences,
    channels,
    consent,
    crisis,
    drills,
    engagement,
    goals,
    guidelines,
    lifecycle,
    organisation,
    readiness,
    review,
    start,
    training,
    trend,
)

if TYPE_CHECKING:
    from socialstrategy.i18n import Text

ALL: tuple[dict[str, Text], ...] = (
    start.TEXTS,
    organisation.TEXTS,
    readiness.TEXTS,
    goals.TEXTS,
    audiences.TEXTS,
    channels.TEXTS,
    guidelines.TEXTS,
    consent.TEXTS,
    crisis.TEXTS,
    drills.TEXTS,
    engagement.TEXTS,
    training.TEXTS,
    trend.TEXTS,
    actions.TEXTS,
    review.TEXTS,
    lifecycle.TEXTS,
)
