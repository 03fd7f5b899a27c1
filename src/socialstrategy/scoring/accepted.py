"""Accepted findings: what the organisation decided to live with (``[[meta.accepted]]``).

An accepted finding is still a gap; the organisation chose it, for a reason, until a
date. A board must see it, so it is never dropped: it leaves the score (it costs no
points and does not cap the maturity level, as ruff's ``noqa`` leaves the exit code)
and is listed apart, with its reason and date, in every report. An acceptance applies
only while it has a reason, names a known rule and its *until* date has not passed;
otherwise the finding counts again and rule PROF015 says why.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

import attrs

from socialstrategy.model import Acceptance
from socialstrategy.scoring import codes
from socialstrategy.scoring.findings import Finding
from socialstrategy.scoring.rule import RULES

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Iterable


#: The rule that says an acceptance does not apply cannot itself be accepted away.
NOT_ACCEPTABLE: Final = frozenset({codes.ACCEPTANCE_NOT_APPLIED})


@attrs.frozen
class Accepted:
    """A finding that an acceptance covers: it costs nothing and is listed apart."""

    finding: Finding
    acceptance: Acceptance


def applies(acceptance: Acceptance, today: dt.date) -> bool:
    """Whether *acceptance* holds on *today*: a reason, a known rule, not expired."""
    return (
        bool(acceptance.reason.strip())
        and acceptance.rule in RULES
        and acceptance.rule not in NOT_ACCEPTABLE
        and (acceptance.until is None or acceptance.until >= today)
    )


def covers(acceptance: Acceptance, finding: Finding) -> bool:
    """Whether *acceptance* is about *finding*: its rule, and its part or a part in it."""
    if finding.code != acceptance.rule:
        return False
    part = acceptance.path.strip()
    return not part or finding.path == part or finding.path.startswith((f"{part}.", f"{part}["))


def split(
    findings: Iterable[Finding], acceptances: Iterable[Acceptance], today: dt.date
) -> tuple[list[Finding], list[Accepted]]:
    """The findings that count, and those an acceptance in force covers (the first
    acceptance that covers a finding is the one shown)."""
    active = [a for a in acceptances if applies(a, today)]
    counting: list[Finding] = []
    accepted: list[Accepted] = []
    for found in findings:
        match = next((a for a in active if covers(a, found)), None)
        if match is None:
            counting.append(found)
        else:
            accepted.append(Accepted(found, match))
    return counting, accepted
