"""The employee guideline's decision: draft it, review its model text, adopt or review it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from socialstrategy.fmt import capital
from socialstrategy.i18n import Text
from socialstrategy.model.governance import Governance, governance
from socialstrategy.scoring import codes
from socialstrategy.scoring.decisions._decision import Decision, both
from socialstrategy.vocab import StaffRepresentation

if TYPE_CHECKING:
    from collections.abc import Iterator

    from socialstrategy.model import Strategy


def guideline(strategy: Strategy, fired: set[str]) -> Iterator[Decision]:
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
            dates = both(advice)
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
        dates = both(g.review_date)
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


__all__ = ["guideline"]
