"""The decisions a board is asked to take, derived from the state of the plan.

The board pack ends with them: each is one sentence a board can adopt as written
("Stel de richtlijn vast…"), with the reason that makes it due now. They follow from
the strategy and its findings, so they change as the plan does:

- the employee guideline: draft it, review its model text with staff while its rules are
  mostly unread model texts, adopt it after the advice of the staff's body in
  effect (a works council or PVT; the staff themselves where there is none; see
  :mod:`model.governance`), or have it reviewed when its review date has passed;
- a kartrekker who keeps the topic on the agenda, when nobody is named;
- webcare capacity for evenings and weekends, when a promised response time cannot be
  kept with the moderation hours (rule CHAN006); a small organisation is asked instead to
  promise what working days can keep;
- the crisis plan: commission one while there is none (:mod:`crisis_plan`), review the
  sector's model plan while its statements are unread, or schedule a drill when it was
  not rehearsed in the last twelve months;
- the action plan: approve it when the thinking is complete, or finish the thinking
  first (think before doing);
- the next review of the whole strategy, always.

The guideline's decisions are in ``_guideline``, those about people and hours in
``_people``, those about the plans (crisis plan, action plan, review) in ``_plans``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from socialstrategy.scoring.decisions._decision import Decision
from socialstrategy.scoring.decisions._guideline import guideline
from socialstrategy.scoring.decisions._people import kartrekker, webcare
from socialstrategy.scoring.decisions._plans import DRILL_WITHIN, action_plan, crisis, review

if TYPE_CHECKING:
    import datetime as dt

    from socialstrategy.model import Strategy
    from socialstrategy.scoring.report import Report


def decisions(strategy: Strategy, report: Report, *, today: dt.date) -> tuple[Decision, ...]:
    """The decisions *strategy* asks of its board on *today*, in the planner's order.

    *report* must be the score of *strategy* on the same day.
    """
    fired = {f.code for f in report.findings}
    found = [
        *guideline(strategy, fired),
        *kartrekker(fired),
        *webcare(strategy, report),
        *crisis(strategy, fired, today),
        *action_plan(strategy, fired, today),
        review(strategy, fired, today),
    ]
    return tuple(found)


__all__ = ["DRILL_WITHIN", "Decision", "decisions"]
