"""The rules, one module or package per area; importing this package registers them all."""

from socialstrategy.scoring.rules import (
    actions,
    audiences,
    channels,
    consent,
    crisis,
    drills,
    engagement,
    goals,
    guidelines,
    profile,
    readiness,
    starters,
    training,
)

__all__ = [
    "actions",
    "audiences",
    "channels",
    "consent",
    "crisis",
    "drills",
    "engagement",
    "goals",
    "guidelines",
    "profile",
    "readiness",
    "starters",
    "training",
]
