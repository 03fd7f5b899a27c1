"""Codes of the rules that other parts of the scoring branch on, by name.

The rule is declared with the constant (``@rule(codes.NO_GUIDELINE, "no-guideline", …)``)
and the board decisions test for it by the same name, so a renumbered rule cannot leave
a decision silently asking for a code nobody emits. Each name is the rule's symbol in
capitals, with the part it belongs to in front where two symbols are alike.
"""

from __future__ import annotations

from typing import Final

NO_ACTION_PLAN: Final = "ACT001"
RESPONSE_TIME_NOT_COVERED: Final = "CHAN006"
NO_RECENT_DRILL: Final = "CRIS015"
NO_KARTREKKER: Final = "ENG007"
NO_GUIDELINE: Final = "GUID001"
GUIDELINE_NOT_ADOPTED: Final = "GUID005"
NO_WORKS_COUNCIL_ADVICE: Final = "GUID006"
ADOPTED_BEFORE_WORKS_COUNCIL: Final = "GUID007"
GUIDELINE_REVIEW_DATE_PASSED: Final = "GUID009"
REVIEW_DATE_PASSED: Final = "PROF012"
