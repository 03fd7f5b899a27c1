"""The employee social media guideline and media guidance for clients."""

from __future__ import annotations

import datetime as dt

import attrs

from socialstrategy.model._fields import day, doc, line, refs, starter_mark, text
from socialstrategy.model.organisation import Role
from socialstrategy.vocab import GuidelineTopic


@attrs.frozen(kw_only=True)
class GuidelineRule:
    """One rule of the guideline, in plain words, with the reason it exists."""

    topic: GuidelineTopic = doc("The topic this rule covers.")
    rule: str = text("The rule in plain words.")
    why: str = text("Why the rule exists.")
    roles: tuple[str, ...] = refs("the roles this rule is for (empty: everyone)", target=Role)
    model_text: bool = starter_mark()


@attrs.frozen(kw_only=True)
class ConsentPolicy:
    """How consent for photos and video of clients is asked and recorded."""

    recorded_in: str = text("Where consent is recorded, e.g. the client file (ECD).")
    parents_under_16: bool = doc("Parents consent for children under 16.", default=False)
    legal_representative: bool = doc(
        "The legal representative consents where there is one.", default=False
    )
    withdrawal: str = text("How consent is withdrawn and what happens to the images.")
    model_text: bool = starter_mark()


@attrs.frozen(kw_only=True)
class Guidelines:
    """The social media guideline for employees."""

    title: str = line("Title of the guideline.")
    owner: str = line("Who keeps the guideline up to date.")
    contact: str = text("Who employees ask when in doubt.")
    report_to: str = text("Where employees report an incident or something wrong.")
    works_council_advice: dt.date | None = day("When the works council (OR) gave its advice.")
    adopted: dt.date | None = day("When the board adopted the guideline.")
    review_date: dt.date | None = day("When the guideline is reviewed next.")
    consent: ConsentPolicy = doc("Consent for images of clients.", factory=ConsentPolicy)
    rules: tuple[GuidelineRule, ...] = doc("The rules, by topic.", default=())

    @property
    def topics(self) -> frozenset[GuidelineTopic]:
        """The topics covered: a rule with no text written out covers nothing."""
        return frozenset(rule.topic for rule in self.rules if rule.rule.strip())


@attrs.frozen(kw_only=True)
class MediaGuidance:
    """Media guidance for clients (mediabegeleiding): the vision and how it is done."""

    vision: str = text("Our vision on the media use of the people in our care.")
    approach: str = text("How employees guide clients: risks and opportunities.")
    owner: str = text("Who is responsible for media guidance.")
    in_care_plan: bool = doc("Media use is part of the care plan.", default=False)
    in_risk_inventory: bool = doc(
        "Online safety is part of the risk inventory ('how safe is your client online?').",
        default=False,
    )
    risks: str = text("The online risks we see for our clients.")
    opportunities: str = text("The online opportunities we see for our clients.")
    model_text: bool = starter_mark()
