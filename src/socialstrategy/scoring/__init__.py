"""Scoring: a linter for strategies, with rules as data and findings that explain
every point."""

from socialstrategy.scoring import rules as _rules  # noqa: F401 - registers the rules
from socialstrategy.scoring.accepted import Accepted
from socialstrategy.scoring.areas import AREA_WEIGHTS, Area, Level
from socialstrategy.scoring.decisions import Decision, decisions
from socialstrategy.scoring.findings import Finding
from socialstrategy.scoring.maturity import LEVELS, Maturity
from socialstrategy.scoring.report import AreaScore, Report, score
from socialstrategy.scoring.rule import RULES, Hit, Rule
from socialstrategy.scoring.thinking import Gap, unfinished_thinking

__all__ = [
    "AREA_WEIGHTS",
    "LEVELS",
    "RULES",
    "Accepted",
    "Area",
    "AreaScore",
    "Decision",
    "Finding",
    "Gap",
    "Hit",
    "Level",
    "Maturity",
    "Report",
    "Rule",
    "decisions",
    "score",
    "unfinished_thinking",
]
