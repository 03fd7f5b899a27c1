"""Decisions about the plans: the crisis plan and its drill, the action plan, the next review."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Final

from socialstrategy.fmt import years_later
from socialstrategy.i18n import Text
from socialstrategy.scoring import codes
from socialstrategy.scoring.crisis_plan import lacking, last_drill, missing_from_crisis_plan
from socialstrategy.scoring.decisions._decision import Decision, both
from socialstrategy.scoring.thinking import unfinished_thinking

if TYPE_CHECKING:
    from collections.abc import Iterator

    from socialstrategy.model import Strategy

#: How long a board gives itself to rehearse the crisis plan once it decides to.
DRILL_WITHIN: Final = dt.timedelta(days=91)


def crisis(strategy: Strategy, fired: set[str], today: dt.date) -> Iterator[Decision]:
    missing = missing_from_crisis_plan(strategy.crisis)
    if missing:
        what = lacking(missing)
        # Only the sector's model statements stand in for the organisation's own: the
        # plan is written, so the board asks for its review, not for a new one.
        model = [m.path for m in missing] == ["crisis.scenarios"] and any(
            s.holding_statement.strip() and s.model_text for s in strategy.crisis.scenarios
        )
        text = (
            Text(
                "Laat het model-crisisplan doornemen met wie het in een incident gebruikt,"
                " pas de eerste reacties aan waar het bij jullie anders gaat en neem het"
                " daarna bewust over.",
                "Have the model crisis plan reviewed with the people who will use it in an"
                " incident, adapt the holding statements where things differ for you, then"
                " adopt it deliberately.",
            )
            if model
            else Text(
                "Geef opdracht een crisis- en incidentenplan voor sociale media op te stellen,"
                " met escalatie, eerste reacties en wettelijke termijnen.",
                "Commission a crisis and incident plan for social media, with escalation,"
                " holding statements and legal deadlines.",
            )
        )
        yield Decision(
            "commission-crisis-plan",
            text,
            Text(
                f"Er is nog geen crisis- en incidentenplan om naar te handelen: {what.nl}.",
                f"There is no crisis and incident plan to act on yet: {what.en}.",
            ),
        )
        return
    if codes.NO_RECENT_DRILL not in fired:
        return
    by = both(today + DRILL_WITHIN)
    last = last_drill(strategy.crisis)  # a scenario's drill is a drill of the plan
    if last is None:
        reason = Text("Het plan is nog nooit geoefend.", "The plan has never been rehearsed.")
    else:
        dates = both(last)
        reason = Text(
            f"Het plan is voor het laatst geoefend op {dates['nl']}, meer dan twaalf maanden"
            " geleden.",
            f"The plan was last rehearsed on {dates['en']}, more than twelve months ago.",
        )
    yield Decision(
        "schedule-drill",
        Text(
            f"Laat het crisis- en incidentenplan vóór {by['nl']} oefenen met een realistisch"
            " scenario.",
            f"Have the crisis and incident plan rehearsed with a realistic scenario before"
            f" {by['en']}.",
        ),
        reason,
    )


def action_plan(strategy: Strategy, fired: set[str], today: dt.date) -> Iterator[Decision]:
    gaps = unfinished_thinking(strategy, today=today)
    if gaps:
        if not strategy.actions:
            return  # the gaps have decisions or findings of their own; no plan to hold back
        yield Decision(
            "think-first",
            Text(
                "Stel het actieplan nog niet vast: laat eerst de denkstappen afmaken.",
                "Do not approve the action plan yet: have the thinking finished first.",
            ),
            Text(
                "Eerst denken, dan doen: " + "; ".join(gap.text.nl for gap in gaps) + ".",
                "Think before doing: " + "; ".join(gap.text.en for gap in gaps) + ".",
            ),
        )
        return
    if not strategy.actions:
        if codes.NO_ACTION_PLAN in fired:
            yield Decision(
                "commission-action-plan",
                Text(
                    "Geef opdracht het actieplan op te stellen, met eigenaren en data per actie.",
                    "Commission the action plan, with an owner and dates for every action.",
                ),
                Text(
                    "De strategie is uitgedacht, maar er is nog geen actieplan.",
                    "The strategy is thought through, but there is no action plan yet.",
                ),
            )
        return
    open_actions = [a for a in strategy.actions if a.status.open]
    dues = [a.due for a in open_actions if a.due is not None]
    count = len(strategy.actions)
    if dues:
        last = both(max(dues))
        until = {"nl": f", tot {last['nl']}", "en": f", until {last['en']}"}
    else:
        until = {"nl": "", "en": ""}
    yield Decision(
        "approve-action-plan",
        Text(
            f"Stel het actieplan vast: {count} acties, waarvan {len(open_actions)} open"
            f"{until['nl']}.",
            f"Approve the action plan: {count} actions, {len(open_actions)} of them open"
            f"{until['en']}.",
        ),
        Text(
            "Doelen, doelgroepen, kanalen en crisisplan zijn uitgedacht: eerst denken, dan doen.",
            "Goals, audiences, channels and the crisis plan are thought through: think before"
            " doing.",
        ),
    )


def review(strategy: Strategy, fired: set[str], today: dt.date) -> Decision:
    planned = strategy.meta.next_review
    if planned is not None and planned >= today and codes.REVIEW_DATE_PASSED not in fired:
        dates = both(planned)
        return Decision(
            "next-review",
            Text(
                f"Evalueer deze strategie opnieuw op {dates['nl']}.",
                f"Review this strategy again on {dates['en']}.",
            ),
            Text(
                "Zo blijft het plan bij de tijd: kanalen, risico's en regels veranderen snel.",
                "So the plan stays current: channels, risks and rules change quickly.",
            ),
        )
    proposed = both(years_later(today, 1))
    if planned is None:
        reason = Text("Er is geen evaluatiedatum vastgelegd.", "No review date has been set.")
    else:
        dates = both(planned)
        reason = Text(
            f"De evaluatie stond gepland op {dates['nl']} en is verlopen.",
            f"The review was due on {dates['en']} and has passed.",
        )
    return Decision(
        "next-review",
        Text(
            f"Stel de volgende evaluatie van deze strategie vast op {proposed['nl']}.",
            f"Set the next review of this strategy for {proposed['en']}.",
        ),
        reason,
    )


__all__ = ["DRILL_WITHIN", "action_plan", "crisis", "review"]
