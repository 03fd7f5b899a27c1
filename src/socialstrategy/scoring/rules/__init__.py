"""The rules, one module per area; importing this package registers them all."""

from socialstrategy.scoring.rules import (
    actions,
    audiences,
    channels,
    consent,
    crisis,
    crisis_parts,
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
    "crisis_parts",
    "drills",
    "engagement",
    "goals",
    "guidelines",
    "profile",
    "readiness",
    "starters",
    "training",
]
