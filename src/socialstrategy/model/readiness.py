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

    @property
    def to_explain(self) -> bool:
        """Whether the answer still lacks its explanation, or a yes or partly its evidence.

        A question not answered yet has nothing to explain.
        """
        if self.answer is Answer.UNKNOWN:
            return False
        return not self.explanation or (
            self.answer in (Answer.YES, Answer.PARTLY) and not self.evidence
        )
