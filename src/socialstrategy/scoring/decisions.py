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
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING, Final

import attrs

from socialstrategy import fmt
from socialstrategy.fmt import capital, long_date, years_later
from socialstrategy.i18n import LANGUAGES, Language, Text
from socialstrategy.model.governance import Governance, governance
from socialstrategy.scoring import codes
from socialstrategy.scoring.crisis_plan import lacking, last_drill, missing_from_crisis_plan
from socialstrategy.scoring.thinking import unfinished_thinking
from socialstrategy.vocab import StaffRepresentation

if TYPE_CHECKING:
    from collections.abc import Iterator

    from socialstrategy.model import Strategy
    from socialstrategy.scoring.report import Report

#: How long a board gives itself to rehearse the crisis plan once it decides to.
DRILL_WITHIN: Final = dt.timedelta(days=91)
_CHANNEL_PATH: Final = re.compile(r"^channels\[(\d+)\]")


@attrs.frozen
class Decision:
    """One decision for the board: what to decide, and why it is due."""

    #: Stable key, e.g. ``adopt-guideline``.
    code: str
    text: Text
    reason: Text


def decisions(strategy: Strategy, report: Report, *, today: dt.date) -> tuple[Decision, ...]:
    """The decisions *strategy* asks of its board on *today*, in the planner's order.

    *report* must be the score of *strategy* on the same day.
    """
    fired = {f.code for f in report.findings}
    found = [
        *_guideline(strategy, fired),
        *_kartrekker(fired),
        *_webcare(strategy, report),
        *_crisis(strategy, fired, today),
        *_action_plan(strategy, fired, today),
        _review(strategy, fired, today),
    ]
    return tuple(found)


def _both(day: dt.date) -> dict[str, str]:
    return {"nl": long_date(day, "nl"), "en": long_date(day, "en")}


def _guideline(strategy: Strategy, fired: set[str]) -> Iterator[Decision]:
    g = strategy.guidelines
    gov = governance(strategy.organisation)
    # Who is asked before adoption: the OR or PVT for advice, else the staff themselves.
    ask = (
        Text(
            f" en die ter advies aan {gov.staff_body.nl} voor te leggen",
            f" and put it to {gov.staff_body.en} for advice",
        )
        if gov.consults_staff_body or gov.staff is None
        else Text(" en die met de medewerkers te bespreken", " and discuss it with the staff")
    )
    if codes.NO_GUIDELINE in fired:
        yield Decision(
            "draft-guideline",
            Text(
                "Geef opdracht een richtlijn sociale media voor medewerkers op te stellen"
                f"{ask.nl}.",
                f"Commission an employee social media guideline{ask.en}.",
            ),
            Text(
                "Er is nog geen richtlijn voor medewerkers.",
                "There is no employee guideline yet.",
            ),
        )
        return
    if codes.GUIDELINE_NOT_ADOPTED in fired or codes.ADOPTED_BEFORE_WORKS_COUNCIL in fired:
        advice = g.works_council_advice
        if advice is not None:
            dates = _both(advice)
            reason = Text(
                f"{capital(gov.staff_short.nl)} heeft op {dates['nl']} advies gegeven; de"
                " richtlijn is daarna nog niet vastgesteld.",
                f"{capital(gov.staff_short.en)} gave its advice on {dates['en']}; the"
                " guideline has not been adopted since.",
            )
        elif codes.NO_WORKS_COUNCIL_ADVICE in fired:
            reason = Text(
                f"De richtlijn is niet vastgesteld en {gov.staff_short.nl} heeft nog geen"
                " advies gegeven.",
                f"The guideline has not been adopted and {gov.staff_short.en} has not given"
                " its advice yet.",
            )
        else:
            reason = Text(
                "De richtlijn is nog niet vastgesteld.", "The guideline has not been adopted yet."
            )
        after = advice is None and codes.NO_WORKS_COUNCIL_ADVICE in fired
        model = sum(r.model_text for r in g.rules)
        if model * 2 > len(g.rules):
            # Mostly unread model texts: adopting them as they stand would make the
            # sector's text, not the organisation's, the rule staff are held to.
            yield _adopt_after_review(gov, reason, model, len(g.rules), after=after)
            return
        yield Decision(
            "adopt-guideline",
            Text(
                "Stel de richtlijn sociale media voor medewerkers vast"
                + (f", {gov.staff_step.nl}." if after else "."),
                "Adopt the employee social media guideline"
                + (f", {gov.staff_step.en}." if after else "."),
            ),
            reason,
        )
    elif codes.GUIDELINE_REVIEW_DATE_PASSED in fired and g.review_date is not None:
        dates = _both(g.review_date)
        yield Decision(
            "review-guideline",
            Text(
                "Laat de richtlijn sociale media herzien en stel de nieuwe versie vast"
                f" {gov.staff_step.nl}.",
                "Have the social media guideline reviewed and adopt the new version"
                f" {gov.staff_step.en}.",
            ),
            Text(
                f"De herziening stond gepland op {dates['nl']}.",
                f"The review was due on {dates['en']}.",
            ),
        )


def _adopt_after_review(
    gov: Governance, reason: Text, model: int, rules: int, *, after: bool
) -> Decision:
    """Adopt a guideline whose rules are still mostly the sector's model texts: review
    them with staff first. Where staff have no body of their own, that review is the
    discussion with the staff, so it is not asked twice."""
    step = after and gov.staff is not StaffRepresentation.NONE
    texts = Text(
        "Alle regels van de richtlijn zijn"
        if model == rules
        else f"{model} van de {rules} regels van de richtlijn zijn",
        "All the guideline's rules are"
        if model == rules
        else f"{model} of the guideline's {rules} rules are",
    )
    return Decision(
        "adopt-guideline",
        Text(
            "Laat de modeltekst van de richtlijn sociale media samen met medewerkers"
            " doornemen en aanpassen, en stel de richtlijn daarna vast"
            + (f", {gov.staff_step.nl}." if step else "."),
            "Have the model text of the social media guideline reviewed and adapted"
            " together with staff, then adopt the guideline"
            + (f" {gov.staff_step.en}." if step else "."),
        ),
        Text(
            f"{reason.nl} {texts.nl} nog modelteksten voor de sector die niemand heeft nagelopen.",
            f"{reason.en} {texts.en} still model texts for the sector that nobody has reviewed.",
        ),
    )


def _kartrekker(fired: set[str]) -> Iterator[Decision]:
    if codes.NO_KARTREKKER in fired:
        yield Decision(
            "appoint-kartrekker",
            Text(
                "Wijs een kartrekker aan die sociale media blijvend op de agenda houdt, met"
                " tijd en mandaat daarvoor.",
                "Appoint a lead (kartrekker) who keeps social media on the agenda, with the"
                " time and mandate to do so.",
            ),
            Text(
                "Niemand is verantwoordelijk om het onderwerp onder de aandacht te houden.",
                "Nobody is responsible for keeping the topic on the agenda.",
            ),
        )


def _hours(value: float, language: Language) -> str:
    text = fmt.number(value, language, digits=1)
    if language == "nl":
        return f"{text} uur"
    return f"{text} hour" if value == 1 else f"{text} hours"


def _webcare(strategy: Strategy, report: Report) -> Iterator[Decision]:
    indexes: list[int] = []
    for finding in report.findings:
        match = _CHANNEL_PATH.match(finding.path)
        if (
            finding.code == codes.RESPONSE_TIME_NOT_COVERED
            and match
            and int(match[1]) not in indexes
        ):
            indexes.append(int(match[1]))
    channels = [strategy.channels[i] for i in indexes if i < len(strategy.channels)]
    if not channels:
        return
    names = {
        language: "; ".join(
            f"{c.name or c.kind.label(language)} ({_hours(c.response_hours or 0, language)})"
            for c in channels
        )
        for language in LANGUAGES
    }
    if governance(strategy.organisation).small:
        # Too small to staff evenings and weekends: promise what working days can keep.
        text = Text(
            "Stel de beloofde reactietijd bij tot wat op werkdagen haalbaar is en laat op"
            " het kanaal zetten wanneer er gereageerd wordt.",
            "Adjust the promised response time to what working days can keep, and have"
            " the channel say when it is answered.",
        )
    else:
        text = Text(
            "Stel capaciteit beschikbaar voor webcare in de avonden en weekenden, of stel"
            " de beloofde reactietijd bij.",
            "Approve webcare capacity for evenings and weekends, or adjust the promised"
            " response time.",
        )
    yield Decision(
        "webcare-capacity",
        text,
        Text(
            "Buiten de bezettingstijden is de beloofde reactietijd niet waar te maken bij: "
            f"{names['nl']}.",
            f"Outside the moderation hours the promised response time cannot be kept on: "
            f"{names['en']}.",
        ),
    )


def _crisis(strategy: Strategy, fired: set[str], today: dt.date) -> Iterator[Decision]:
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
    by = _both(today + DRILL_WITHIN)
    last = last_drill(strategy.crisis)  # a scenario's drill is a drill of the plan
    if last is None:
        reason = Text("Het plan is nog nooit geoefend.", "The plan has never been rehearsed.")
    else:
        dates = _both(last)
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


def _action_plan(strategy: Strategy, fired: set[str], today: dt.date) -> Iterator[Decision]:
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
        last = _both(max(dues))
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


def _review(strategy: Strategy, fired: set[str], today: dt.date) -> Decision:
    planned = strategy.meta.next_review
    if planned is not None and planned >= today and codes.REVIEW_DATE_PASSED not in fired:
        dates = _both(planned)
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
    proposed = _both(years_later(today, 1))
    if planned is None:
        reason = Text("Er is geen evaluatiedatum vastgelegd.", "No review date has been set.")
    else:
        dates = _both(planned)
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


__all__ = ["DRILL_WITHIN", "Decision", "decisions"]
