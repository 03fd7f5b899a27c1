"""Scoring: run every rule, turn findings into area scores, a level and a next step.

Scores are computed from the findings alone: an area's score is 100 minus the points
of its findings, so every point lost is explained by a finding. Findings the plan
accepts (``[[meta.accepted]]``, see :mod:`scoring.accepted`) cost nothing and are kept
apart in :attr:`Report.accepted`, so every report can list them.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

import attrs

from socialstrategy.i18n import Text
from socialstrategy.scoring.accepted import Accepted, split
from socialstrategy.scoring.areas import AREA_WEIGHTS, Area, Level
from socialstrategy.scoring.context import Context
from socialstrategy.scoring.findings import Finding
from socialstrategy.scoring.maturity import Maturity, maturity_for
from socialstrategy.scoring.rule import RULES, Hit, Rule

if TYPE_CHECKING:
    from collections.abc import Iterable

    from socialstrategy.model import Strategy


@attrs.frozen
class AreaScore:
    area: Area
    score: float
    findings: tuple[Finding, ...]

    @property
    def lost(self) -> float:
        return 100 - self.score


@attrs.frozen
class Report:
    """The outcome of scoring one strategy."""

    findings: tuple[Finding, ...]
    areas: dict[Area, AreaScore]
    overall: float
    maturity: Maturity
    #: Why the level is lower than the overall score reaches (critical findings, or a
    #: weak area), or None.
    capped: Text | None
    next_step: Finding | None
    #: Findings the plan accepts for now, with the acceptance (reason, until): they cost
    #: no points, and are listed apart.
    accepted: tuple[Accepted, ...] = ()

    def by_level(self, level: Level) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.level is level)

    def top_steps(self, count: int, *, one_per_rule: bool = False) -> tuple[Finding, ...]:
        """The *count* most useful things to do, most useful first.

        *one_per_rule*: a rule that fires on nine check questions is one thing to do, not
        three of the top three; its most useful finding stands for it.
        """
        ranked = sorted(self.findings, key=_usefulness)
        if one_per_rule:
            first: dict[str, Finding] = {}
            for found in ranked:
                first.setdefault(found.code, found)
            ranked = list(first.values())
        return tuple(ranked[:count])

    def to_dict(self) -> dict[str, Any]:
        """Plain data for JSON: every finding with its path, in both languages."""

        def finding(f: Finding) -> dict[str, Any]:
            return {
                "code": f.code,
                "area": f.area.code,
                "level": f.level.code,
                "path": f.path,
                "where": f.where,
                "points": round(f.points, 2),
                "title": attrs.asdict(f.title),
                "message": attrs.asdict(f.message),
                "fix": attrs.asdict(f.fix),
            }

        return {
            "overall": round(self.overall, 1),
            "maturity": {
                "level": self.maturity.level,
                "name": attrs.asdict(self.maturity.name),
                "description": attrs.asdict(self.maturity.description),
                "capped_because": attrs.asdict(self.capped) if self.capped else None,
            },
            "areas": {
                a.code: {"score": round(s.score, 1), "weight": AREA_WEIGHTS[a]}
                for a, s in self.areas.items()
            },
            "next_step": finding(self.next_step) if self.next_step else None,
            "findings": [finding(f) for f in self.findings],
            "accepted": [
                {
                    **finding(a.finding),
                    "reason": a.acceptance.reason,
                    "until": a.acceptance.until.isoformat() if a.acceptance.until else None,
                }
                for a in self.accepted
            ],
        }


def _usefulness(finding: Finding) -> tuple[int, int, float, str]:
    # Critical first; then the earliest step in the planner (think before doing); then
    # whatever frees the most points; the path keeps ties deterministic.
    return (finding.level.rank, finding.area.order, -finding.points, finding.path)


def _findings(rule: Rule, ctx: Context) -> list[Finding]:
    hits: list[Hit] = list(rule.check(ctx))
    if not hits:
        return []
    words = ctx.governance.placeholders()
    if rule.mode == "once":
        costs = [rule.weight / len(hits)] * len(hits)
    elif rule.mode == "each":
        costs = [rule.weight] * len(hits)
    else:
        assert rule.population is not None
        population = max(rule.population(ctx), sum(hit.items for hit in hits))
        costs = [rule.weight * hit.items / population for hit in hits]
    return [
        Finding(
            code=rule.code,
            area=rule.area,
            level=rule.level,
            path=hit.path,
            title=rule.render_title(words),
            message=rule.render(hit, words),
            fix=rule.render_fix(hit, words),
            points=cost,
            fix_path=rule.fix_path,
        )
        for hit, cost in zip(hits, costs, strict=True)
    ]


def _area_scores(findings: Iterable[Finding]) -> tuple[list[Finding], dict[Area, AreaScore]]:
    by_area: dict[Area, list[Finding]] = {area: [] for area in Area}
    for f in findings:
        by_area[f.area].append(f)
    out: list[Finding] = []
    areas: dict[Area, AreaScore] = {}
    for area, raw in by_area.items():
        lost = sum(f.points for f in raw)
        found = raw
        if lost > 100:
            # More wrong than an area can lose: every finding keeps its share of 100.
            found = [attrs.evolve(f, points=f.points * 100 / lost) for f in raw]
            lost = sum(f.points for f in found)
        out.extend(found)
        # max(): scaling can leave a rounding residue just below zero.
        areas[area] = AreaScore(area=area, score=max(0.0, 100 - lost), findings=tuple(found))
    return out, areas


def score(strategy: Strategy, *, today: dt.date | None = None) -> Report:
    """Score *strategy* against every registered rule.

    Pure and deterministic for a given *today* (default: the current date, used only
    for dates that have passed, like a review date).
    """
    ctx = Context(strategy=strategy, today=today or dt.date.today())
    raw = [finding for rule in RULES.values() for finding in _findings(rule, ctx)]
    counting, accepted = split(raw, strategy.meta.accepted, ctx.today)
    findings, areas = _area_scores(counting)
    findings.sort(key=lambda f: (f.area.order, f.level.rank, f.code, f.path))
    overall = sum(areas[a].score * w for a, w in AREA_WEIGHTS.items()) / sum(AREA_WEIGHTS.values())
    has_errors = any(f.level is Level.ERROR for f in findings)
    weakest = min(areas.values(), key=lambda a: (a.score, a.area.order))
    maturity, capped = maturity_for(overall, has_errors, (weakest.area.text, weakest.score))
    next_step = min(findings, key=_usefulness) if findings else None
    return Report(
        findings=tuple(findings),
        areas=areas,
        overall=overall,
        maturity=maturity,
        capped=capped,
        next_step=next_step,
        accepted=tuple(sorted(accepted, key=lambda a: (a.finding.code, a.finding.path))),
    )
