"""Codes of the rules that other parts of the library branch on, by name.

The rule is declared with the constant (``@rule(codes.NO_GUIDELINE, "no-guideline", …)``)
and the board decisions and the exports test for it by the same name, so a renumbered
rule cannot leave a decision or a document silently asking for a code nobody emits.
Each name is the rule's symbol in capitals, with the part it belongs to in front where
two symbols are alike.
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
PARENTS_CONSENT_MISSING: Final = "GUID012"
REPRESENTATIVE_CONSENT_MISSING: Final = "GUID013"
REVIEW_DATE_PASSED: Final = "PROF012"
ACCEPTANCE_NOT_APPLIED: Final = "PROF015"
CONSENT_EXPIRED: Final = "CONS001"
MINOR_WITHOUT_PARENT: Final = "CONS002"
REPRESENTATIVE_NOT_SIGNED: Final = "CONS003"
CLIENT_NOT_SIGNED: Final = "CONS004"
PUBLISHED_BEYOND_SCOPE: Final = "CONS005"
SHOWN_AFTER_WITHDRAWAL: Final = "CONS006"
CONSENT_UNDATED: Final = "CONS007"
NO_PSEUDONYM: Final = "CONS008"
PSEUDONYM_LOOKS_LIKE_NAME: Final = "CONS009"
CONSENT_WITHOUT_SCOPE: Final = "CONS010"
