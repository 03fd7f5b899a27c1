"""The starter texts of the employee guideline and of media guidance, per sector.

Every topic of :class:`~socialstrategy.vocab.GuidelineTopic` has a rule and its reason
(``guidelines.toml``), worded for the sector; every text comes marked as a model text
(``model_text``) until a person edits or accepts it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from socialstrategy.model.guidelines import ConsentPolicy, GuidelineRule, Guidelines, MediaGuidance
from socialstrategy.vocab.guidelines import GuidelineTopic
from socialstrategy.vocab.starters._texts import DEFAULT, for_sector, localised, table

if TYPE_CHECKING:
    from socialstrategy.i18n import Language
    from socialstrategy.vocab.organisation import Sector

_NOT_RULES = frozenset({"header", "consent"})


def starter_rules(sector: Sector, language: Language) -> tuple[GuidelineRule, ...]:
    """A rule with its reason for every guideline topic, in the topics' order, for *sector*."""
    entries = [
        for_sector(entry, sector)
        for key, entry in table("guidelines").items()
        if key not in _NOT_RULES
    ]
    order = list(GuidelineTopic)
    entries.sort(key=lambda e: order.index(GuidelineTopic.parse(e["topic"])))
    return tuple(
        GuidelineRule(
            topic=GuidelineTopic.parse(entry["topic"]),
            rule=localised(entry, "rule", sector, language),
            why=localised(entry, "why", sector, language),
            roles=tuple(entry.get("roles", ())),
            model_text=True,
        )
        for entry in entries
    )


def starter_consent(sector: Sector, language: Language) -> ConsentPolicy:
    """How consent for images is asked, recorded and withdrawn in *sector*."""
    entry = for_sector(table("guidelines")["consent"], sector)
    return ConsentPolicy(
        recorded_in=localised(entry, "recorded_in", sector, language),
        parents_under_16=bool(entry["parents_under_16"]),
        legal_representative=bool(entry["legal_representative"]),
        withdrawal=localised(entry, "withdrawal", sector, language),
        model_text=True,
    )


def starter_guidelines(sector: Sector, language: Language, name: str = "") -> Guidelines:
    """The employee guideline of a new plan for *sector*: its title, owner, contact and
    reporting route, the consent policy and every rule; dates are left to the plan.

    *name*: the organisation's name, put in the title when there is one.
    """
    header = for_sector(table("guidelines")["header"], sector)
    title = localised(header, "title", sector, language)
    if name:
        title += (" van " if language == "nl" else " of ") + name
    return Guidelines(
        title=title,
        owner=localised(header, "owner", sector, language),
        contact=localised(header, "contact", sector, language),
        report_to=localised(header, "report_to", sector, language),
        consent=starter_consent(sector, language),
        rules=starter_rules(sector, language),
    )


def starter_media_guidance(sector: Sector, language: Language) -> MediaGuidance:
    """Media guidance for the client groups of *sector*: vision, approach, who leads it,
    and the risks and opportunities seen. Whether it is in the care plan and the risk
    inventory is a fact about the organisation, left for it to tick."""
    data = table("media_guidance")
    entry = {**data[DEFAULT], **data.get(sector.code, {})}
    return MediaGuidance(
        vision=localised(entry, "vision", sector, language),
        approach=localised(entry, "approach", sector, language),
        owner=localised(entry, "owner", sector, language),
        risks=localised(entry, "risks", sector, language),
        opportunities=localised(entry, "opportunities", sector, language),
        model_text=True,
    )
