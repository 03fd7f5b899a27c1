"""The crisis pocket card: one page to keep at hand when something goes wrong online.

What counts as an incident, a calamity or a crisis, and the triage questions that tell;
whether and how to respond, and who decides; whom to call in which order, day and night;
the response times; the first holding statement; the first-hour checklist; who is
informed by whom and when; how we speak; and the legal clocks. Where the plan is silent,
the card says what the law and good practice say, marked as such, so the card is never
empty when it is needed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from socialstrategy.export import outline
from socialstrategy.export.documents._base import DASH, Sources, pairs
from socialstrategy.export.documents.sections.crisis import (
    clock_headings,
    escalation_table,
    principle_pairs,
    response_table,
    stakeholder_table,
    tier_table,
    triage_list,
)
from socialstrategy.model import Channel, Role, Tier
from socialstrategy.vocab import (
    NO_INSPECTORATE,
    STATUTORY_HOURS,
    LegalClockKind,
    Purpose,
    ScenarioKind,
    Severity,
)

if TYPE_CHECKING:
    import datetime as dt

    from socialstrategy.i18n import Language
    from socialstrategy.model import Scenario, Strategy
    from socialstrategy.scoring import Report

#: Which scenario's holding statement goes on the card: the one most likely to be
#: needed first online, most likely first.
RELEVANCE: Final = (
    ScenarioKind.NEGATIVE_VIRAL,
    ScenarioKind.PRIVACY_BREACH,
    ScenarioKind.NEGATIVE_REVIEW,
    ScenarioKind.MISINFORMATION,
    ScenarioKind.DATA_LEAK,
    ScenarioKind.EMPLOYEE_MISCONDUCT,
    ScenarioKind.ACCOUNT_HACKED,
    ScenarioKind.THREAT,
    ScenarioKind.CLIENT_ONLINE_HARM,
    ScenarioKind.CALAMITY,
    ScenarioKind.OTHER,
)


def build(
    strategy: Strategy, report: Report, language: Language, today: dt.date
) -> outline.Document:
    src = Sources(strategy, report, language, today)
    c = strategy.crisis
    blocks: list[outline.Block] = [outline.Heading(src.t("pocket.levels"), 1)]
    general = general_tiers(src)
    if general:
        blocks.append(outline.Paragraph(src.t("pocket.general"), "note"))
    blocks.append(tier_table(src, general))
    blocks += _triage(src)
    blocks += _responses(src)
    blocks.append(outline.Heading(src.t("pocket.call"), 1))
    if c.escalation:
        blocks.append(escalation_table(src))
    else:
        blocks.append(outline.Paragraph(src.t("pocket.call.none"), "note"))
    blocks += _response_times(src)
    blocks += _holding_statement(src)
    blocks.append(outline.Heading(src.t("pocket.first_hour"), 1))
    if c.first_hour:
        blocks.append(outline.Bullets(c.first_hour))
    else:
        blocks.append(outline.Paragraph(src.t("pocket.default"), "note"))
        blocks.append(outline.Bullets(tuple(src.t("pocket.first_hour.default").split("\n"))))
    blocks += _stakeholders(src)
    blocks += _principles(src)
    blocks.append(outline.Heading(src.t("pocket.clocks"), 1))
    blocks.append(_clocks(src))
    blocks += pairs(
        [
            (src.t("pocket.access"), c.account_access),
            (src.t("pocket.owner"), c.owner),
        ]
    )
    return src.document(
        kind="pocket",
        title=src.t("pocket.title"),
        subtitle=strategy.organisation.name,
        cover=(
            (src.t("common.revision"), str(strategy.meta.revision)),
            (src.t("common.date"), src.date(today)),
        ),
        blocks=blocks,
        one_page=True,
        two_sided=True,
    )


def general_tiers(src: Sources) -> list[Tier]:
    """What incident, calamity and crisis mean in general, for the levels the plan does
    not define (a calamity only where the Wkkgz applies): a card must say all three."""
    defined = {tier.level for tier in src.strategy.crisis.tiers}
    core = [Severity.INCIDENT, Severity.CRISIS]
    if src.strategy.organisation.sector not in NO_INSPECTORATE:
        core.insert(1, Severity.CALAMITY)
    return [
        Tier(
            level=level,
            trigger=src.t("pocket.tier.general", text=src.t(f"pocket.tier.{level.code}")),
        )
        for level in core
        if level not in defined
    ]


def _triage(src: Sources) -> list[outline.Block]:
    """The questions that tell how serious a message is; good practice's when the plan
    has none, marked as such (client safety and privacy first: that is care)."""
    out: list[outline.Block] = [outline.Heading(src.t("pocket.triage"), 1)]
    if src.strategy.crisis.triage:
        out.append(triage_list(src))
    else:
        out.append(outline.Paragraph(src.t("pocket.default"), "note"))
        # A client in danger is a calamity where the Wkkgz applies, else a crisis.
        safety = (
            Severity.CRISIS
            if src.strategy.organisation.sector in NO_INSPECTORATE
            else Severity.CALAMITY
        )
        level = safety.label(src.language).lower()
        out.append(
            outline.Bullets(
                (
                    src.t("pocket.triage.safety", level=level),
                    *src.t("pocket.triage.default").split("\n"),
                )
            )
        )
    return out


def _responses(src: Sources) -> list[outline.Block]:
    """The decision tree, compact: the answer, when, and who decides. Left out when the
    plan has none: the escalation chain below then says whom to ask."""
    if not src.strategy.crisis.responses:
        return []
    return [outline.Heading(src.t("pocket.responses"), 1), response_table(src, card=True)]


def _stakeholders(src: Sources) -> list[outline.Block]:
    """Who is informed, by whom, within how long: inside first, each by time."""
    if not src.strategy.crisis.stakeholders:
        return []
    return [
        outline.Heading(src.t("pocket.stakeholders"), 1),
        stakeholder_table(src, card=True),
    ]


def _principles(src: Sources) -> list[outline.Block]:
    """How we speak; CERC's principles in a line when the plan has none of its own."""
    out: list[outline.Block] = [outline.Heading(src.t("pocket.principles"), 1)]
    if src.strategy.crisis.principles:
        out.append(principle_pairs(src))
    else:
        out.append(outline.Paragraph(src.t("pocket.default"), "note"))
        out.append(outline.Paragraph(src.t("pocket.principles.default")))
    return out


def _response_times(src: Sources) -> list[outline.Block]:
    promising = [c for c in src.strategy.channels if c.response_hours is not None]
    if not promising:
        return []
    return [
        outline.Heading(src.t("pocket.response"), 1),
        outline.Table(
            (
                src.t("report.channels.channel"),
                src.t("report.channels.response"),
                src.t("report.channels.moderation"),
            ),
            tuple(
                (
                    src.name(Channel, c.id),
                    src.within(c.response_hours),
                    src.moderation(c.moderation),
                )
                for c in promising
            ),
            widths=(3, 1.5, 3.5),
        ),
    ]


def first_statement(strategy: Strategy) -> Scenario | None:
    """The scenario whose holding statement the card shows: the most relevant one."""
    ready = [s for s in strategy.crisis.scenarios if s.holding_statement.strip()]
    if not ready:
        return None
    return min(ready, key=lambda s: RELEVANCE.index(s.kind))


def _holding_statement(src: Sources) -> list[outline.Block]:
    out: list[outline.Block] = [outline.Heading(src.t("pocket.holding"), 1)]
    scenario = first_statement(src.strategy)
    if scenario is not None:
        out.append(
            outline.Paragraph(
                src.t(
                    "pocket.holding.scenario",
                    scenario=src.called(scenario),
                ),
                "note",
            )
        )
        out.append(outline.Paragraph(scenario.holding_statement, "lead"))
        return out
    out.append(outline.Paragraph(src.t("pocket.holding.template.note"), "note"))
    out.append(outline.Paragraph(process_message(src), "lead"))
    return out


def process_message(src: Sources) -> str:
    """A generic process message built from the plan: who, when, where more follows."""
    s = src.strategy
    incident = [t for t in s.crisis.tiers if t.level is Severity.INCIDENT and t.response_hours]
    when = (
        src.t("pocket.holding.within", time=src.hours(incident[0].response_hours))
        if incident
        else src.t("pocket.holding.today")
    )
    where = src.t("pocket.holding.website")
    for purpose in (Purpose.CRISIS, Purpose.WEBCARE):
        chosen = [c for c in s.channels if purpose in c.purposes]
        if chosen:
            where = src.name(Channel, chosen[0].id)
            break
    return src.t(
        "pocket.holding.template",
        organisation=s.organisation.name or src.t("guideline.we"),
        when=when,
        where=where,
    )


def _clocks(src: Sources) -> outline.Table:
    s = src.strategy
    lang = src.language
    rows = [
        (
            clock.kind.label(lang),
            clock.authority or DASH,
            src.within(clock.deadline_hours),
            src.name(Role, clock.owner) or DASH,
        )
        for clock in s.crisis.legal_clocks
    ]
    kinds = {clock.kind for clock in s.crisis.legal_clocks}
    leak = LegalClockKind.DATA_LEAK_AUTHORITY
    if leak not in kinds:
        rows.append(
            (
                leak.label(lang),
                src.t("pocket.clock.ap"),
                src.within(STATUTORY_HOURS[leak]),
                src.t("pocket.clock.unassigned"),
            )
        )
    calamity = LegalClockKind.CALAMITY_INSPECTORATE
    if calamity not in kinds and s.organisation.sector not in NO_INSPECTORATE:
        rows.append(
            (
                calamity.label(lang),
                src.t("pocket.clock.igj"),
                src.t("pocket.clock.without_delay"),
                src.t("pocket.clock.unassigned"),
            )
        )
    return outline.Table(
        clock_headings(src),
        tuple(rows),
        widths=(3.4, 2.6, 1.4, 1.8),
    )
