"""Readiness: the nine check questions of the Q&A, answered and explained."""

from __future__ import annotations

import attrs

from socialstrategy.model._fields import doc, text
from socialstrategy.vocab import Answer, CheckQuestion


@attrs.frozen(kw_only=True)
class ReadinessAnswer:
    """The answer to one check question."""

    question: CheckQuestion = doc("Which check question.")
    answer: Answer = doc("Yes, partly, no or don't know.", default=Answer.UNKNOWN)
    explanation: str = text("Why this answer.")
    evidence: str = text("Who, what, where: what shows the answer holds.")
