"""Goals: what social media must achieve for the primary processes, stated SMART."""

from __future__ import annotations

import datetime as dt

import attrs

from socialstrategy.model._fields import day, doc, id_field, line, number, refs, text
from socialstrategy.model.audiences import Audience
from socialstrategy.model.organisation import Process


@attrs.frozen(kw_only=True)
class Measurement:
    """One value of an indicator as measured on a day: the plan's progress over time."""

    date: dt.date | None = day("The day the value was measured (or the end of the period).")
    value: float | None = number("The value measured, in the indicator's unit.")
    source: str = line("Where this value comes from, when not the indicator's own source.")
    note: str = text("What explains the value (a campaign, a holiday, a new way of counting).")


@attrs.frozen(kw_only=True)
class Indicator:
    """How a goal is measured: KPI, baseline, target and deadline."""

    kpi: str = text("What is measured, e.g. 'aantal sollicitaties via LinkedIn per kwartaal'.")
    unit: str = line("Unit of the figures, e.g. '%', 'per maand'.")
    baseline: float | None = number("The value measured at the start (nulmeting).")
    target: float | None = number("The value to reach (streefwaarde).")
    deadline: dt.date | None = day("When the target must be reached.")
    source: str = text("Where the figure comes from and who measures it.")
    measurements: tuple[Measurement, ...] = doc(
        "The values measured since the baseline, oldest first.", default=()
    )


@attrs.frozen(kw_only=True)
class Goal:
    """A goal, linked to the processes it serves and the audiences it concerns."""

    id: str = id_field("goal")
    title: str = line("The goal in one sentence.")
    description: str = text("Specific: what exactly changes, for whom.")
    processes: tuple[str, ...] = refs("the processes this goal serves", target=Process)
    audiences: tuple[str, ...] = refs("the audiences this goal concerns", target=Audience)
    owner: str = line("Who is accountable for the goal.")
    rationale: str = text("Why this goal helps the process (acceptable, realistic).")
    indicators: tuple[Indicator, ...] = doc("How the goal is measured.", default=())
