"""Training needs per role: digital skills and media literacy."""

from __future__ import annotations

import datetime as dt

import attrs

from socialstrategy.model._fields import day, doc, ref, text
from socialstrategy.model.organisation import Role
from socialstrategy.vocab import Skill


@attrs.frozen(kw_only=True)
class TrainingNeed:
    """What one role needs to learn."""

    role: str = ref("the role", target=Role, required=True)
    skills: tuple[Skill, ...] = doc("Digital skills, media literacy, or both.", default=())
    need: str = text("What exactly the role needs to learn.")
    format: str = text("How: e-learning, workshop, peer coaching.")
    due: dt.date | None = day("When the training is done.")
