"""The crisis and incident plan: tiers, escalation, scenarios and legal clocks."""

from __future__ import annotations

from typing import TYPE_CHECKING

from socialstrategy.export import outline
from socialstrategy.export.documents._base import DASH, pairs

if TYPE_CHECKING:
    from collections.abc import Iterable

    from socialstrategy.export.documents._base import Sources
    from socialstrategy.model import Scenario, Tier


def blocks(src: Sources) -> list[outline.Block]:
    c = src.strategy.crisis
    out: list[outline.Block] = [outline.Heading(src.t("report.crisis"), 1)]
    out += pairs(
        [
            (src.t("report.crisis.owner"), c.owner),
            (src.t("report.crisis.monitoring"), c.monitoring),
            (src.t("report.crisis.access"), c.account_access),
            (src.t("report.crisis.evaluation"), c.evaluation),
            (src.t("report.crisis.last_drill"), src.date(c.last_drill)),
        ]
    )
    out.append(outline.Heading(src.t("report.crisis.tiers"), 2))
    out.append(tier_table(src) if c.tiers else outline.Paragraph(src.t("report.none"), "note"))
    out.append(outline.Heading(src.t("report.crisis.escalation"), 2))
    out.append(
        escalation_table(src) if c.escalation else outline.Paragraph(src.t("report.none"), "note")
    )
    out.append(outline.Heading(src.t("report.crisis.first_hour"), 2))
    out.append(
        outline.Bullets(c.first_hour)
        if c.first_hour
        else outline.Paragraph(src.t("report.none"), "note")
    )
    out.append(outline.Heading(src.t("report.crisis.scenarios"), 2))
    if not c.scenarios:
        out.append(outline.Paragraph(src.t("report.none"), "note"))
    for scenario in c.scenarios:
        out += scenario_blocks(src, scenario)
    out.append(outline.Heading(src.t("report.crisis.prevention"), 2))
    out.append(
        outline.Bullets(c.prevention)
        if c.prevention
        else outline.Paragraph(src.t("report.none"), "note")
    )
    out.append(outline.Heading(src.t("report.crisis.clocks"), 2))
    if c.legal_clocks:
        out.append(
            outline.Table(
                (
                    src.t("report.crisis.clock"),
                    src.t("report.crisis.authority"),
                    src.t("report.crisis.deadline"),
                    src.t("report.crisis.clock_owner"),
                    src.t("report.crisis.procedure"),
                ),
                tuple(
                    (
                        clock.kind.label(src.language),
                        clock.authority or DASH,
                        src.within(clock.deadline_hours),
                        src.name("role", clock.owner) or DASH,
                        clock.procedure or DASH,
                    )
                    for clock in c.legal_clocks
                ),
                widths=(2.2, 1.8, 1.2, 1.6, 4),
            )
        )
    else:
        out.append(outline.Paragraph(src.t("report.none"), "note"))
    return out


def tier_table(src: Sources, extra: Iterable[Tier] = ()) -> outline.Table:
    """The plan's severity levels, low to high, with any *extra* levels merged in."""
    tiers = sorted((*src.strategy.crisis.tiers, *extra), key=lambda tier: tier.level.rank)
    return outline.Table(
        (
            src.t("report.crisis.level"),
            src.t("report.crisis.trigger"),
            src.t("report.crisis.approver"),
            src.t("report.crisis.response"),
        ),
        tuple(
            (
                tier.level.label(src.language),
                tier.trigger or DASH,
                src.name("role", tier.approver) or DASH,
                src.within(tier.response_hours),
            )
            for tier in tiers
        ),
        widths=(1.4, 4.6, 1.8, 1.3),
    )


def escalation_table(src: Sources) -> outline.Table:
    return outline.Table(
        (
            "#",
            src.t("report.crisis.role"),
            src.t("report.crisis.reach"),
            src.t("report.crisis.backup"),
            src.t("report.crisis.day_and_night"),
            src.t("report.crisis.from_level"),
        ),
        tuple(
            (
                str(number),
                src.name("role", step.role) or DASH,
                step.reach or DASH,
                src.name("role", step.backup) or DASH,
                src.t("report.crisis.around_the_clock") if step.day_and_night else DASH,
                step.from_level.label(src.language),
            )
            for number, step in enumerate(src.strategy.crisis.escalation, start=1)
        ),
        widths=(0.4, 1.8, 3.4, 1.6, 1.2, 1.4),
    )


def scenario_blocks(src: Sources, scenario: Scenario) -> list[outline.Block]:
    lang = src.language
    out: list[outline.Block] = [outline.Heading(scenario.title or scenario.kind.label(lang), 3)]
    out += pairs(
        [
            (src.t("report.crisis.kind"), scenario.kind.label(lang)),
            (src.t("report.crisis.level"), scenario.level.label(lang)),
            (src.t("report.crisis.lead"), src.name("role", scenario.lead) or DASH),
            (src.t("report.crisis.response"), src.within(scenario.response_hours)),
            (src.t("report.crisis.holding"), scenario.holding_statement or DASH),
            (src.t("report.crisis.scenario_prevention"), scenario.prevention),
        ]
    )
    if scenario.steps:
        out.append(outline.Paragraph(src.t("report.crisis.steps"), "note"))
        out.append(outline.Bullets(scenario.steps))
    return out
