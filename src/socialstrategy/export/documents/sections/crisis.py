"""The crisis and incident plan, in the order of its skeleton: tiers, triage, the decision
tree, escalation, the first hour, scenarios, who is informed, message principles,
prevention and legal clocks."""

from __future__ import annotations

from typing import TYPE_CHECKING

from socialstrategy.export import outline
from socialstrategy.export.documents._base import DASH, pairs
from socialstrategy.model import Role
from socialstrategy.vocab import stakeholder_label

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
            (src.t("report.crisis.last_drill"), src.date(c.last_drill, "report.not_drilled")),
        ]
    )
    if not _has_parts(src):
        # Ten headings each over "nothing recorded" tell a board less than one line.
        out.append(outline.Paragraph(src.t("report.crisis.none"), "note"))
        return out
    out.append(outline.Heading(src.t("report.crisis.tiers"), 2))
    out.append(tier_table(src) if c.tiers else outline.Paragraph(src.t("report.none"), "note"))
    out += decision_blocks(src, 2)
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
    out += informing_blocks(src, 2)
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
                (*clock_headings(src), src.t("report.crisis.procedure")),
                tuple(
                    (
                        clock.kind.label(src.language),
                        clock.authority or DASH,
                        src.within(clock.deadline_hours),
                        src.name(Role, clock.owner) or DASH,
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


def clock_headings(src: Sources) -> tuple[str, ...]:
    """The columns of a table of legal clocks: which, reported to whom, within how long,
    by whom (the report adds the procedure; the crisis card has none)."""
    return (
        src.t("report.crisis.clock"),
        src.t("report.crisis.authority"),
        src.t("report.crisis.deadline"),
        src.t("report.crisis.clock_owner"),
    )


def _has_parts(src: Sources) -> bool:
    """Whether the crisis plan holds anything of its own beyond its owner and texts."""
    c = src.strategy.crisis
    return any(
        (
            c.tiers,
            c.triage,
            c.responses,
            c.escalation,
            c.first_hour,
            c.scenarios,
            c.stakeholders,
            c.principles,
            c.prevention,
            c.legal_clocks,
        )
    )


def decision_blocks(src: Sources, level: int) -> list[outline.Block]:
    """Triage as its questions, and the decision tree as a table, under headings of
    *level*; a part the plan does not have yet says so."""
    c = src.strategy.crisis
    none = outline.Paragraph(src.t("report.none"), "note")
    out: list[outline.Block] = [outline.Heading(src.t("report.crisis.triage"), level)]
    out.append(triage_list(src) if c.triage else none)
    out.append(outline.Heading(src.t("report.crisis.responses"), level))
    out.append(response_table(src) if c.responses else none)
    return out


def informing_blocks(src: Sources, level: int) -> list[outline.Block]:
    """Who is informed, and how we speak, under headings of *level*."""
    c = src.strategy.crisis
    none = outline.Paragraph(src.t("report.none"), "note")
    out: list[outline.Block] = [outline.Heading(src.t("report.crisis.stakeholders"), level)]
    if c.stakeholders:
        out.append(outline.Paragraph(src.t("report.crisis.stakeholders.note"), "note"))
        out.append(stakeholder_table(src))
    else:
        out.append(none)
    out.append(outline.Heading(src.t("report.crisis.principles"), level))
    out.append(principle_pairs(src) if c.principles else none)
    return out


def triage_list(src: Sources) -> outline.Bullets:
    """Each triage question with the level a yes raises a message to."""
    lang = src.language
    return outline.Bullets(
        tuple(
            src.t(
                "report.crisis.triage.item",
                question=rule.question.strip() or rule.criterion.label(lang),
                level=rule.raises_to.label(lang).lower(),
            )
            for rule in src.strategy.crisis.triage
        )
    )


def response_table(src: Sources, *, card: bool = False) -> outline.Table:
    """The decision tree: the answer, when, who decides and what is done; on the crisis
    *card*, without what is done (the card has room for the first three)."""
    lang = src.language
    table = outline.Table(
        (
            src.t("report.crisis.answer"),
            src.t("report.crisis.when"),
            src.t("report.crisis.decides"),
            src.t("report.crisis.action"),
        ),
        tuple(
            (
                response.kind.label(lang),
                response.when or DASH,
                src.name(Role, response.decides) or DASH,
                response.action or DASH,
            )
            for response in src.strategy.crisis.responses
        ),
        widths=(1.7, 3, 1.6, 3),
    )
    return _without_last(table, (2.2, 4.6, 2)) if card else table


def stakeholder_table(src: Sources, *, card: bool = False) -> outline.Table:
    """Who hears it, from whom and when: inside first, then outside, each by time; on
    the crisis *card*, without how."""
    lang = src.language
    ordered = sorted(
        src.strategy.crisis.stakeholders,
        key=lambda k: (not k.kind.internal, k.within_hours is None, k.within_hours or 0),
    )
    table = outline.Table(
        (
            src.t("report.crisis.who"),
            src.t("report.crisis.side"),
            src.t("report.crisis.informs"),
            src.t("report.crisis.when_informed"),
            src.t("report.crisis.how"),
        ),
        tuple(
            (
                stakeholder_label(k.kind, src.strategy.organisation.sector, lang),
                src.t("report.crisis.inside" if k.kind.internal else "report.crisis.outside"),
                src.name(Role, k.informs) or DASH,
                src.within(k.within_hours),
                k.how or DASH,
            )
            for k in ordered
        ),
        widths=(1.9, 1.2, 1.6, 1.75, 3),
    )
    return _without_last(table, (3.2, 1.4, 2.6, 1.6)) if card else table


def _without_last(table: outline.Table, widths: tuple[float, ...]) -> outline.Table:
    """*table* without its last column, at *widths*."""
    return outline.Table(table.columns[:-1], tuple(row[:-1] for row in table.rows), widths=widths)


def principle_pairs(src: Sources) -> outline.Pairs:
    lang = src.language
    return outline.Pairs(
        tuple(
            (p.principle.label(lang), p.meaning.strip() or DASH)
            for p in src.strategy.crisis.principles
        )
    )


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
                src.name(Role, tier.approver) or DASH,
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
                src.name(Role, step.role) or DASH,
                step.reach or DASH,
                src.name(Role, step.backup) or DASH,
                src.t("report.crisis.around_the_clock") if step.day_and_night else DASH,
                step.from_level.label(src.language),
            )
            for number, step in enumerate(src.strategy.crisis.escalation, start=1)
        ),
        widths=(0.4, 1.8, 3.4, 1.6, 1.2, 1.4),
    )


def scenario_blocks(src: Sources, scenario: Scenario) -> list[outline.Block]:
    lang = src.language
    out: list[outline.Block] = [outline.Heading(src.called(scenario), 3)]
    out += pairs(
        [
            (src.t("report.crisis.kind"), scenario.kind.label(lang)),
            (src.t("report.crisis.level"), scenario.level.label(lang)),
            (src.t("report.crisis.lead"), src.name(Role, scenario.lead) or DASH),
            (src.t("report.crisis.response"), src.within(scenario.response_hours)),
            (src.t("report.crisis.holding"), scenario.holding_statement or DASH),
            (src.t("report.crisis.scenario_prevention"), scenario.prevention),
        ]
    )
    if scenario.steps:
        out.append(outline.Paragraph(src.t("report.crisis.steps"), "note"))
        out.append(outline.Bullets(scenario.steps))
    return out
