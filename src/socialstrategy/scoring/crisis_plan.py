"""What makes a crisis plan a plan: decided here once, for the rules, the thinking check
and the board's decisions alike.

A new strategy starts with the sector's tiers and scenario titles (presets). They are a
start, not a plan: when an incident happens, someone must know whom to call and what
to say first. So a crisis plan counts once the organisation has written those two parts
itself: an escalation chain, and at least one scenario with a holding statement.

Triage, the response decision tree, the stakeholder map and the message principles make
a plan better, not a plan: without them the person on duty still knows whom to call and
what to say first. Their rules (``rules.crisis``: triage, responses, stakeholders,
principles) cost points in the crisis area, and so in maturity, but do not hold up the
action plan.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from socialstrategy.i18n import Text

if TYPE_CHECKING:
    import datetime as dt

    from socialstrategy.model import CrisisPlan


@attrs.frozen
class Missing:
    """A part the crisis plan still lacks, and the field path where it is written."""

    path: str
    #: What is missing, without an article: "escalatieketen (wie belt wie)".
    what: Text

    @property
    def text(self) -> Text:
        """As a clause: "het crisisplan heeft nog geen escalatieketen (wie belt wie)"."""
        return Text(
            f"het crisisplan heeft nog geen {self.what.nl}",
            f"the crisis plan has no {self.what.en} yet",
        )


def missing_from_crisis_plan(plan: CrisisPlan) -> tuple[Missing, ...]:
    """What *plan* lacks to be a plan the organisation can act on; empty when it has it."""
    found: list[Missing] = []
    if not plan.escalation:
        found.append(
            Missing(
                "crisis.escalation",
                Text("escalatieketen (wie belt wie)", "escalation chain (who calls whom)"),
            )
        )
    # Preset scenarios come with a title only, or a model text: the first response must
    # be the organisation's own words (edited or deliberately accepted).
    if not any(s.holding_statement.strip() and not s.model_text for s in plan.scenarios):
        found.append(
            Missing(
                "crisis.scenarios",
                Text(
                    "eerste reactie die jullie zelf schreven",
                    "holding statement the organisation wrote itself",
                ),
            )
        )
    return tuple(found)


def lacking(missing: tuple[Missing, ...]) -> Text:
    """*missing* as one phrase: "geen escalatieketen (…) en geen eerste reactie (…)"."""
    return Text(
        "geen " + " en geen ".join(m.what.nl for m in missing),
        "no " + " and no ".join(m.what.en for m in missing),
    )


def has_crisis_plan(plan: CrisisPlan) -> bool:
    """Whether *plan* is a crisis plan the organisation can act on."""
    return not missing_from_crisis_plan(plan)


def last_drill(plan: CrisisPlan) -> dt.date | None:
    """When any part of *plan* was last rehearsed: the plan as a whole, or one of its
    scenarios (a table-top of one scenario is a drill of the plan)."""
    dates = [plan.last_drill, *(s.last_drilled for s in plan.scenarios)]
    known = [d for d in dates if d is not None]
    return max(known, default=None)
