"""The employee social media guideline, for the staff handbook or the intranet.

The rules in plain words, each with why it exists, grouped by topic: first the rules
for everyone, then a section per role that has rules of its own. Then consent for
images, media guidance for clients, who to ask, how to report, and when the guideline
was adopted and is reviewed.

The guideline is one text for a handbook, not a report of chapters: its parts are
sections (level 2) and topics (level 3), so renderers do not start each on a new page.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from socialstrategy.export import outline
from socialstrategy.export.documents._base import DASH, Sources, pairs
from socialstrategy.vocab import GuidelineTopic

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Sequence

    from socialstrategy.i18n import Language
    from socialstrategy.model import GuidelineRule, Role, Strategy
    from socialstrategy.scoring import Report

SECTION: Final = 2
TOPIC: Final = 3


def build(
    strategy: Strategy, report: Report, language: Language, today: dt.date
) -> outline.Document:
    src = Sources(strategy, report, language, today)
    g = strategy.guidelines
    name = strategy.organisation.name or src.t("guideline.we")
    blocks: list[outline.Block] = [
        outline.Paragraph(src.t("guideline.intro", organisation=name), "lead"),
        outline.Paragraph(src.t("guideline.intro.doubt")),
    ]
    general = [rule for rule in g.rules if not rule.roles]
    blocks.append(outline.Heading(src.t("guideline.everyone"), SECTION))
    blocks += (
        _by_topic(src, general)
        if general
        else [outline.Paragraph(src.t("guideline.no_rules"), "note")]
    )
    for role in roles_with_rules(strategy):
        own = [rule for rule in g.rules if role.id in rule.roles]
        blocks.append(outline.Heading(src.t("guideline.role", role=src.called(role)), SECTION))
        if role.description:
            blocks.append(outline.Paragraph(role.description, "note"))
        blocks.append(outline.Paragraph(src.t("guideline.role.also")))
        blocks += _by_topic(src, own)
    blocks += _consent(src)
    blocks += _media_guidance(src)
    blocks += _ask_and_report(src)
    blocks.append(outline.Heading(src.t("guideline.about"), SECTION))
    blocks += pairs(
        [
            (
                src.t("guideline.about.adopted"),
                src.date(g.adopted) if g.adopted else src.t("guideline.about.not_adopted"),
            ),
            (src.t("guideline.about.works_council"), src.date(g.works_council_advice)),
            (src.t("guideline.about.owner"), g.owner or DASH),
            (src.t("guideline.about.review"), src.date(g.review_date)),
        ]
    )
    return src.document(
        kind="guideline",
        title=g.title or src.t("guideline.title"),
        subtitle=src.t("guideline.subtitle")
        + ("" if g.adopted else " · " + src.t("guideline.draft")),
        cover=_cover(src),
        blocks=blocks,
    )


def roles_with_rules(strategy: Strategy) -> list[Role]:
    """The roles that have rules of their own, in the organisation's order."""
    named = {role for rule in strategy.guidelines.rules for role in rule.roles}
    return [role for role in strategy.organisation.roles if role.id in named]


def _cover(src: Sources) -> tuple[tuple[str, str], ...]:
    g = src.strategy.guidelines
    lines = [
        (src.t("common.organisation"), src.strategy.organisation.name),
        (src.t("guideline.about.adopted"), src.date(g.adopted) if g.adopted else ""),
        (src.t("guideline.about.review"), src.date(g.review_date) if g.review_date else ""),
        (src.t("common.date"), src.date(src.today)),
    ]
    return tuple((label, value) for label, value in lines if value)


def _by_topic(src: Sources, rules: Sequence[GuidelineRule]) -> list[outline.Block]:
    """The rules under their topic's heading, topics in the order care guidelines use."""
    out: list[outline.Block] = []
    for topic in GuidelineTopic:
        chosen = [rule for rule in rules if rule.topic is topic]
        if not chosen:
            continue
        out.append(outline.Heading(topic.label(src.language), TOPIC))
        for rule in chosen:
            out.append(outline.Paragraph(rule.rule or DASH))
            if rule.why:
                out.append(outline.Paragraph(src.t("guideline.why", why=rule.why), "note"))
    return out


def _consent(src: Sources) -> list[outline.Block]:
    c = src.strategy.guidelines.consent
    lines = [src.t("guideline.consent.always")]
    if c.recorded_in:
        lines.append(src.t("guideline.consent.recorded", where=c.recorded_in))
    if c.parents_under_16:
        lines.append(src.t("guideline.consent.parents"))
    if c.legal_representative:
        lines.append(src.t("guideline.consent.representative"))
    if c.withdrawal:
        lines.append(src.t("guideline.consent.withdrawal", how=c.withdrawal))
    return [outline.Heading(src.t("guideline.consent"), SECTION), outline.Bullets(tuple(lines))]


def _media_guidance(src: Sources) -> list[outline.Block]:
    m = src.strategy.media_guidance
    if not (m.vision or m.approach):
        return []
    out: list[outline.Block] = [outline.Heading(src.t("guideline.media"), SECTION)]
    out += [outline.Paragraph(text) for text in (m.vision, m.approach) if text]
    out += pairs([(src.t("guideline.media.owner"), m.owner)])
    return out


def _ask_and_report(src: Sources) -> list[outline.Block]:
    g = src.strategy.guidelines
    missing = src.t("guideline.ask.missing")
    return [
        outline.Heading(src.t("guideline.ask"), SECTION),
        outline.Pairs(
            (
                (src.t("guideline.ask.contact"), g.contact or missing),
                (src.t("guideline.ask.report_to"), g.report_to or missing),
            )
        ),
        outline.Paragraph(src.t("guideline.ask.how")),
    ]
