"""The employee guideline (rules, consent) and media guidance for clients."""

from __future__ import annotations

from typing import TYPE_CHECKING

from socialstrategy.export import outline
from socialstrategy.export.documents._base import DASH, pairs, pairs_or_none
from socialstrategy.model import Role
from socialstrategy.scoring import codes

if TYPE_CHECKING:
    from socialstrategy.export.documents._base import Sources


def blocks(src: Sources) -> list[outline.Block]:
    g = src.strategy.guidelines
    lang = src.language
    out: list[outline.Block] = [outline.Heading(src.t("report.guidelines"), 1)]
    out += pairs(
        [
            (src.t("report.guidelines.title"), g.title),
            (src.t("report.guidelines.owner"), g.owner),
            (src.t("report.guidelines.contact"), g.contact),
            (src.t("report.guidelines.report_to"), g.report_to),
            (
                src.t("report.guidelines.works_council"),
                src.date(g.works_council_advice, "report.not_asked"),
            ),
            (src.t("report.guidelines.adopted"), src.date(g.adopted, "report.not_adopted")),
            (src.t("report.guidelines.review"), src.date(g.review_date, "report.not_planned")),
        ]
    )
    out.append(outline.Heading(src.t("report.guidelines.rules"), 2))
    if g.rules:
        everyone = src.t("report.guidelines.everyone")
        out.append(
            outline.Table(
                (
                    src.t("report.guidelines.topic"),
                    src.t("report.guidelines.rule"),
                    src.t("report.guidelines.why"),
                    src.t("report.guidelines.for"),
                ),
                tuple(
                    (
                        rule.topic.label(lang),
                        rule.rule or DASH,
                        rule.why or DASH,
                        src.names(Role, rule.roles) or everyone,
                    )
                    for rule in g.rules
                ),
                widths=(1.8, 4, 3.4, 1.6),
            )
        )
    else:
        out.append(outline.Paragraph(src.t("report.guidelines.no_rules"), "note"))
    out += consent_blocks(src)
    out += media_guidance_blocks(src)
    return out


def consent_blocks(src: Sources) -> list[outline.Block]:
    """Where consent is recorded and who gives it; who gives it is shown where it
    applies: when arranged, or when a rule says it is missing for this sector."""
    c = src.strategy.guidelines.consent
    fired = {f.code for f in src.report.findings}
    missing = src.t("report.consent.missing")
    items = [(src.t("report.consent.recorded_in"), c.recorded_in or DASH)]
    for arranged, code, key in (
        (c.parents_under_16, codes.PARENTS_CONSENT_MISSING, "report.consent.parents"),
        (
            c.legal_representative,
            codes.REPRESENTATIVE_CONSENT_MISSING,
            "report.consent.representative",
        ),
    ):
        if arranged or code in fired:
            items.append((src.t(key), src.yes_no(True) if arranged else missing))
    items.append((src.t("report.consent.withdrawal"), c.withdrawal or DASH))
    return [outline.Heading(src.t("report.consent"), 2), pairs_or_none(src, items)]


def media_guidance_blocks(src: Sources) -> list[outline.Block]:
    m = src.strategy.media_guidance
    return [
        outline.Heading(src.t("report.media"), 2),
        pairs_or_none(
            src,
            (
                (src.t("report.media.vision"), m.vision),
                (src.t("report.media.approach"), m.approach),
                (src.t("report.media.owner"), m.owner),
                (src.t("report.media.care_plan"), src.yes_no(m.in_care_plan)),
                (src.t("report.media.risk_inventory"), src.yes_no(m.in_risk_inventory)),
                (src.t("report.media.risks"), m.risks),
                (src.t("report.media.opportunities"), m.opportunities),
            ),
        ),
    ]
