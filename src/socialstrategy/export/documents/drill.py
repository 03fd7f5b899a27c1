"""Crisis drill cards: per scenario of the plan, one card for a table-top exercise.

A card holds what the exercise leader reads out (three injects on a clock, with the
questions for each), a timer strip to note when each was read, what the plan itself says
for the scenario (lead, holding statement, first steps, the escalation chain, the legal
clocks), and an evaluation to fill in. Where the plan is silent the card says what to
do in the exercise instead, so a team can drill a plan that is still being written.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Final

from socialstrategy.export import outline
from socialstrategy.export.documents._base import DASH, Sources, cover, pairs
from socialstrategy.export.pdf import render
from socialstrategy.export.texts import T
from socialstrategy.files import safe_filename
from socialstrategy.model import Role
from socialstrategy.scoring import score
from socialstrategy.vocab import NO_INSPECTORATE, STATUTORY_HOURS, LegalClockKind
from socialstrategy.vocab.drills import CLOCKS, drill

if TYPE_CHECKING:
    from socialstrategy.i18n import Language
    from socialstrategy.model import Scenario, Strategy
    from socialstrategy.scoring import Report

#: Blank lines in a write-in cell of the evaluation, and rows of it.
_WRITE_IN: Final = "\n\n\n"
_EVALUATION_ROWS: Final = 3


def build(
    strategy: Strategy, report: Report, language: Language, today: dt.date
) -> outline.Document:
    """Every scenario's card, after a page on how to run the exercise."""
    src = Sources(strategy, report, language, today)
    blocks: list[outline.Block] = [
        outline.Heading(src.t("drills.how"), 1),
        outline.Paragraph(src.t("drills.purpose"), "lead"),
        outline.Bullets(tuple(src.t("drills.how.steps").split("\n"))),
        outline.Paragraph(src.t("drills.how.duration"), "note"),
        outline.Heading(src.t("drills.overview"), 2),
    ]
    scenarios = strategy.crisis.scenarios
    if scenarios:
        blocks.append(_overview(src))
    else:
        blocks.append(outline.Paragraph(src.t("drills.none"), "note"))
    for scenario in scenarios:
        blocks += card_blocks(src, scenario)
    return src.document(
        kind="drills",
        title=src.t("drills.title"),
        subtitle=strategy.organisation.name,
        cover=cover(src),
        blocks=blocks,
    )


def card(
    strategy: Strategy, scenario_id: str, report: Report, language: Language, today: dt.date
) -> outline.Document:
    """The one-page card of the scenario with id *scenario_id* (a KeyError when unknown)."""
    src = Sources(strategy, report, language, today)
    by_id = {s.id: s for s in strategy.crisis.scenarios}
    scenario = by_id[scenario_id]
    blocks = card_blocks(src, scenario)[1:]  # the title band names the scenario
    return src.document(
        kind="drills",
        title=_title(src, scenario),
        subtitle=src.t("drills.title"),
        cover=((src.t("common.date"), src.date(today)),),
        blocks=blocks,
        one_page=True,
        two_sided=True,
    )


def card_pdf(
    strategy: Strategy, scenario_id: str, *, language: Language, today: dt.date | None = None
) -> bytes:
    """The printable card of one scenario, as PDF (the planner's download)."""
    day = today or dt.date.today()
    return render(card(strategy, scenario_id, score(strategy, today=day), language, day))


def card_file_name(strategy: Strategy, scenario: Scenario, language: Language) -> str:
    """``zorggroep-de-linde-oefenkaart-datalek.pdf``."""
    name = strategy.organisation.name or strategy.meta.title or "strategie"
    card_word = T("drills.file.card", language)
    return safe_filename(f"{name} {card_word} {scenario.id}", "pdf")


def _title(src: Sources, scenario: Scenario) -> str:
    return src.called(scenario)


def _overview(src: Sources) -> outline.Table:
    return outline.Table(
        (
            src.t("drills.overview.scenario"),
            src.t("drills.overview.level"),
            src.t("drills.overview.lead"),
            src.t("drills.overview.last"),
        ),
        tuple(
            (
                _title(src, s),
                s.level.label(src.language),
                src.name(Role, s.lead) or DASH,
                src.short_date(s.last_drilled) if s.last_drilled else src.t("drills.never"),
            )
            for s in src.strategy.crisis.scenarios
        ),
        widths=(4, 1.4, 2.2, 1.6),
    )


def card_blocks(src: Sources, scenario: Scenario) -> list[outline.Block]:
    """One scenario's card: title, timer strip, injects, the plan, the evaluation."""
    lang = src.language
    s = src.strategy
    injects = drill(scenario.kind, s.organisation.sector, s.organisation.name, lang)
    last = src.date(scenario.last_drilled) if scenario.last_drilled else src.t("drills.never")
    out: list[outline.Block] = [
        outline.Heading(_title(src, scenario), 1),
        outline.Paragraph(
            src.t(
                "drills.meta",
                kind=scenario.kind.label(lang),
                level=scenario.level.label(lang).lower(),
                last=last,
            ),
            "note",
        ),
        outline.Heading(src.t("drills.timer"), 2),
        outline.Paragraph(src.t("drills.timer.note"), "note"),
        outline.Table(
            (
                *(
                    src.t("drills.timer.inject", clock=inject.clock, n=n)
                    for n, inject in enumerate(injects, 1)
                ),
                src.t("drills.timer.end"),
            ),
            (
                (
                    src.t("drills.timer.started"),
                    src.t("drills.timer.read"),
                    src.t("drills.timer.read"),
                    src.t("drills.timer.stopped"),
                ),
            ),
        ),
    ]
    for n, inject in enumerate(injects, 1):
        out.append(outline.Heading(src.t("drills.inject", n=n, clock=inject.clock), 2))
        out.append(outline.Paragraph(inject.situation, "lead"))
        out.append(outline.Bullets(inject.questions))
    out.append(outline.PageBreak())  # the back of the card: the plan's answers
    out += _plan(src, scenario)
    out += [
        outline.Heading(src.t("drills.evaluation"), 2),
        outline.Table(
            (
                src.t("drills.evaluation.good"),
                src.t("drills.evaluation.better"),
                src.t("drills.evaluation.action"),
            ),
            ((_WRITE_IN, "", ""),) * _EVALUATION_ROWS,
        ),
        outline.Paragraph(src.t("drills.evaluation.who"), "note"),
    ]
    return out


def _plan(src: Sources, scenario: Scenario) -> list[outline.Block]:
    """What the plan says for *scenario*, or what to settle in the exercise where it is silent."""
    out: list[outline.Block] = [outline.Heading(src.t("drills.plan"), 2)]
    out += pairs(
        [
            (
                src.t("drills.plan.lead"),
                src.name(Role, scenario.lead) or src.t("drills.plan.unassigned"),
            ),
            (src.t("drills.plan.response"), src.within(scenario.response_hours).replace(DASH, "")),
            (src.t("drills.plan.chain"), chain(src, scenario) or src.t("drills.plan.no_chain")),
            (src.t("drills.plan.clocks"), "\n".join(clocks(src, scenario))),
        ]
    )
    out.append(outline.Heading(src.t("drills.holding"), 3))
    if scenario.holding_statement.strip():
        out.append(outline.Paragraph(scenario.holding_statement, "lead"))
    else:
        out.append(outline.Paragraph(src.t("drills.holding.none"), "note"))
        out.append(outline.Table((src.t("drills.holding.draft"),), ((_WRITE_IN,),)))
    out.append(outline.Heading(src.t("drills.steps"), 3))
    if scenario.steps:
        out.append(outline.Bullets(scenario.steps))
    else:
        out.append(outline.Paragraph(src.t("drills.steps.none"), "note"))
    return out


def chain(src: Sources, scenario: Scenario) -> str:
    """The roles of the escalation chain involved at *scenario*'s level, in order:
    ``1. Communicatieadviseur → 2. Bestuurder``."""
    steps = [
        step
        for step in src.strategy.crisis.escalation
        if step.role and step.from_level.rank <= scenario.level.rank
    ]
    return " → ".join(f"{n}. {src.name(Role, step.role)}" for n, step in enumerate(steps, 1))


def clocks(src: Sources, scenario: Scenario) -> list[str]:
    """The legal clocks that may start in *scenario*: the plan's own, else the law's."""
    s = src.strategy
    lang = src.language
    kinds = CLOCKS[scenario.kind]
    lines = [
        src.t(
            "drills.plan.clock" if clock.deadline_hours else "drills.plan.clock.open",
            kind=clock.kind.label(lang),
            deadline=src.within(clock.deadline_hours),
            owner=src.name(Role, clock.owner) or src.t("pocket.clock.unassigned"),
        )
        for clock in s.crisis.legal_clocks
        if clock.kind in kinds
    ]
    planned = {clock.kind for clock in s.crisis.legal_clocks}
    leak = LegalClockKind.DATA_LEAK_AUTHORITY
    if leak in kinds and leak not in planned:
        lines.append(
            src.t(
                "drills.plan.clock.law",
                kind=leak.label(lang),
                deadline=src.within(STATUTORY_HOURS[leak]),
            )
        )
    calamity = LegalClockKind.CALAMITY_INSPECTORATE
    if (
        calamity in kinds
        and calamity not in planned
        and s.organisation.sector not in NO_INSPECTORATE
    ):
        lines.append(
            src.t(
                "drills.plan.clock.law",
                kind=calamity.label(lang),
                deadline=src.t("pocket.clock.without_delay"),
            )
        )
    return lines
