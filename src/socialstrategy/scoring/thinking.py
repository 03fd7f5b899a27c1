"""Thinking before doing: what must be finished before an action plan makes sense.

The book behind the planner (seed 003) puts the plan before its execution: goals tied to
primary processes, channels chosen for audiences that carry every goal, and a crisis
plan of the organisation's own (:mod:`crisis_plan`) come first. Rule
ACT002 fires when actions are planned while one of these gaps is open; the planner shows
the same gaps at the top of the action plan, each with the part where it is closed.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import attrs

from socialstrategy.i18n import Text
from socialstrategy.scoring.context import Context

if TYPE_CHECKING:
    from socialstrategy.model import Strategy


@attrs.frozen
class Gap:
    """Thinking that is not finished yet, and the part of the strategy where it is done."""

    #: The field path to finish, e.g. ``goals[2].processes`` or ``crisis``.
    path: str
    text: Text


def gaps(ctx: Context) -> tuple[Gap, ...]:
    """The gaps in the thinking of the strategy being scored."""
    s = ctx.strategy
    found: list[Gap] = []
    if not s.goals:
        found.append(Gap("goals", Text("er zijn nog geen doelen", "there are no goals yet")))
    else:
        primary = ctx.primary_process_ids
        unlinked = [i for i, g in enumerate(s.goals) if not primary.intersection(g.processes)]
        if unlinked:
            found.append(
                Gap(
                    f"goals[{unlinked[0]}].processes",
                    Text(
                        "niet elk doel is gekoppeld aan een primair proces",
                        "not every goal is linked to a primary process",
                    ),
                )
            )
    if not s.channels:
        # No channels is not "every channel has an audience": nothing reaches anyone yet.
        found.append(
            Gap("channels", Text("er is nog geen kanaal gekozen", "no channel has been chosen"))
        )
    else:
        without_audience = [i for i, c in enumerate(s.channels) if not c.audiences]
        if without_audience:
            found.append(
                Gap(
                    f"channels[{without_audience[0]}].audiences",
                    Text(
                        "er zijn kanalen gekozen zonder doelgroep",
                        "channels were chosen without audiences",
                    ),
                )
            )
        # A goal reaches its audience through a channel that serves it and has an
        # audience; the link is made on the channel, so that is where the gap points.
        carried = {goal for c in s.channels if c.audiences for goal in c.goals}
        if any(g.id not in carried for g in s.goals):
            found.append(
                Gap(
                    "channels",
                    Text(
                        "niet elk doel bereikt via een kanaal een doelgroep",
                        "not every goal reaches an audience through a channel",
                    ),
                )
            )
    found.extend(Gap(m.path, m.text) for m in ctx.missing_from_crisis_plan)
    return tuple(found)


def unfinished_thinking(strategy: Strategy, *, today: dt.date | None = None) -> tuple[Gap, ...]:
    """What must be thought through before *strategy*'s action plan makes sense.

    Empty when the thinking is done. Each gap names the path where it is closed, so a
    reader (the planner, a report) can point there.
    """
    return gaps(Context(strategy, today or dt.date.today()))
