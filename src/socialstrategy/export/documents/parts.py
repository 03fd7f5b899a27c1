"""One part of the plan as the documents show it, for reading it whole in the planner.

The planner edits long texts in table cells that show a line each; a manager who must
review a model text before adopting it reads it here instead, in the words, order and
layout the employee guideline, the report and the pocket card will give it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from socialstrategy.export import markdown, outline
from socialstrategy.export.documents._base import DASH, Sources, pairs
from socialstrategy.export.documents.sections import crisis, guidelines
from socialstrategy.model import Role

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Callable

    from socialstrategy.i18n import Language
    from socialstrategy.model import Strategy
    from socialstrategy.scoring import Report


def _rules(src: Sources) -> list[outline.Block]:
    lang = src.language
    everyone = src.t("report.guidelines.everyone")
    out: list[outline.Block] = []
    for rule in src.strategy.guidelines.rules:
        out.append(outline.Heading(rule.topic.label(lang), 3))
        out += pairs(
            [
                (src.t("report.guidelines.rule"), rule.rule or DASH),
                (src.t("report.guidelines.why"), rule.why or DASH),
                (src.t("report.guidelines.for"), src.names(Role, rule.roles) or everyone),
            ]
        )
    return out


def _guideline(src: Sources) -> list[outline.Block]:
    """The employee guideline's rules, the consent policy and the media guidance."""
    return [
        outline.Heading(src.t("report.guidelines.rules"), 2),
        *_rules(src),
        *guidelines.consent_blocks(src),
        *guidelines.media_guidance_blocks(src),
    ]


def _crisis_own(src: Sources) -> list[outline.Block]:
    """The crisis plan's own texts: monitoring, account access, the first hour,
    prevention and evaluation."""
    c = src.strategy.crisis
    out = pairs(
        [
            (src.t("report.crisis.monitoring"), c.monitoring),
            (src.t("report.crisis.access"), c.account_access),
            (src.t("report.crisis.evaluation"), c.evaluation),
        ]
    )
    for key, items in (
        ("report.crisis.first_hour", c.first_hour),
        ("report.crisis.prevention", c.prevention),
    ):
        if items:
            out += [outline.Heading(src.t(key), 3), outline.Bullets(items)]
    return out


def _scenarios(src: Sources) -> list[outline.Block]:
    return [b for s in src.strategy.crisis.scenarios for b in crisis.scenario_blocks(src, s)]


def _stakeholders(src: Sources) -> list[outline.Block]:
    return [
        outline.Paragraph(src.t("report.crisis.stakeholders.note"), "note"),
        crisis.stakeholder_table(src),
    ]


#: The parts that can hold model texts, each as the blocks a reader sees of it.
PARTS: Final[dict[str, Callable[[Sources], list[outline.Block]]]] = {
    "guidelines.rules": _rules,
    "guidelines.consent": lambda src: guidelines.consent_blocks(src)[1:],
    "media_guidance": lambda src: guidelines.media_guidance_blocks(src)[1:],
    "crisis": _crisis_own,
    "crisis.triage": lambda src: [crisis.triage_list(src)],
    "crisis.responses": lambda src: [crisis.response_table(src)],
    "crisis.escalation": lambda src: [crisis.escalation_table(src)],
    "crisis.scenarios": _scenarios,
    "crisis.stakeholders": _stakeholders,
    "crisis.principles": lambda src: [crisis.principle_pairs(src)],
    "guidelines.all": _guideline,
    "crisis.all": lambda src: crisis.blocks(src)[1:],  # the whole plan, as the report has it
}


def part_blocks(src: Sources, part: str) -> list[outline.Block]:
    """*part* of the plan (a key of :data:`PARTS`) as a document shows it."""
    return PARTS[part](src)


def part_markdown(
    strategy: Strategy, report: Report, part: str, language: Language, today: dt.date
) -> str:
    """*part* of *strategy* as Markdown, as the documents word and order it."""
    src = Sources(strategy, report, language, today)
    return markdown.render_blocks(part_blocks(src, part), language)
