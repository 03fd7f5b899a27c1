"""Advice sends the manager to the step and field where the fix is made."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import pytest

import socialstrategy as ss
from socialstrategy.planner.steps import BY_KEY, step_of
from socialstrategy.scoring import RULES, Rule, score
from tests.planner.conftest import PAGES
from tests.scoring.test_rules import REFERENCE

TODAY = dt.date(2026, 11, 23)


@pytest.fixture(scope="module")
def reference() -> ss.Strategy:
    return ss.load(REFERENCE)


def _findings(rule: Rule, reference: ss.Strategy) -> list[ss.scoring.Finding]:
    found = score(rule.fires(reference), today=TODAY).findings
    return [f for f in found if f.code == rule.code]


def _source(file: str) -> str:
    """A page's source, with its step's sections (``planner/sections/<step>.py``) and the
    components it or they draw a part by (``consent_register.show(...)``,
    ``moderation.show(...)``): their widgets are the page's."""
    planner = PAGES.parent
    texts = [(PAGES / file).read_text(encoding="utf-8")]
    section = planner / "sections" / file
    if section.is_file():
        texts.append(section.read_text(encoding="utf-8"))
    # A step's further sections (``sections/review_status.py``).
    texts += [
        extra.read_text(encoding="utf-8")
        for extra in sorted((planner / "sections").glob(f"{Path(file).stem}_*.py"))
    ]
    names = {name for text in texts for name in re.findall(r"\b(\w+)\.show\(", text)}
    parts = [
        folder / f"{name}.py" for name in names for folder in (planner, planner / "components")
    ]
    return "\n".join([*texts, *(p.read_text(encoding="utf-8") for p in parts if p.is_file())])


def _edits(page: str, path: str) -> bool:
    """Whether the page's source names the last field of *path* as a path does:
    ``f"{p}.goals"``, ``"channels"``, ``"crisis.escalation"``."""
    field = re.sub(r"\[\d+\]", "", path).rsplit(".", 1)[-1]
    return re.search(rf"[\"'.]{re.escape(field)}[\"'\[.]", page) is not None


@pytest.mark.parametrize("rule", list(RULES.values()), ids=lambda r: r.code)
def test_every_fix_is_made_on_a_step_with_a_widget_for_it(
    rule: Rule, reference: ss.Strategy
) -> None:
    findings = _findings(rule, reference)
    assert findings
    for finding in findings:
        step = step_of(finding.where)
        # The review step has no area of its own; it keeps the acceptances of findings,
        # and the plan's status and adoption.
        on_review = finding.where.startswith(("meta.accepted", "lifecycle"))
        assert step.area is not None or on_review, f"{finding.where} is not edited on any step"
        page = _source(step.file)
        assert _edits(page, finding.where), f"{step.file} has no widget for {finding.where}"


@pytest.mark.parametrize(
    "rule", [r for r in RULES.values() if r.fix_path is not None], ids=lambda r: r.code
)
def test_a_fix_made_on_another_step_names_that_step(rule: Rule, reference: ss.Strategy) -> None:
    for finding in _findings(rule, reference):
        there = step_of(finding.where)
        if there != step_of(finding.path):
            assert f"op de stap {there.title.nl}".lower() in finding.fix.nl.lower()
            assert f"on the {there.title.en} step".lower() in finding.fix.en.lower()


@pytest.mark.parametrize(
    ("code", "about", "fixed_on"),
    [
        ("GOAL007", "goals", "channels"),  # the goal's form has no channel field
        ("AUD007", "audiences", "channels"),
        ("ACT008", "goals", "actions"),
        ("TRAIN002", "crisis", "training"),
        ("TRAIN007", "guidelines", "training"),
        ("READ007", "readiness", "audiences"),
        ("READ012", "readiness", "crisis"),
    ],
)
def test_the_step_differs_where_it_must(
    code: str, about: str, fixed_on: str, reference: ss.Strategy
) -> None:
    for finding in _findings(RULES[code], reference):
        assert step_of(finding.path) is BY_KEY[about]
        assert step_of(finding.where) is BY_KEY[fixed_on]


def test_a_goal_without_a_channel_is_fixed_at_a_channels_goals(reference: ss.Strategy) -> None:
    (finding, *_) = _findings(RULES["GOAL007"], reference)
    assert finding.fix.nl.startswith("Kies op de stap Kanalen bij een kanaal welk doel het dient")
    assert finding.where == "channels"
    assert _edits(_source("channels.py"), "channels[0].goals")
    assert not _edits(_source("goals.py"), "goals[0].channels")


def test_the_sidebar_links_to_where_the_fix_is_made(open_text: Any, reference: ss.Strategy) -> None:
    """ACT008 is about a goal no action serves; actions are planned on the Action plan
    step, so the next-step link goes there, not to the goal."""
    example = RULES["ACT008"].fires(reference)
    next_step = score(example).next_step
    assert next_step is not None
    assert next_step.code == "ACT008"
    assert next_step.path.startswith("goals[")
    at, _ = open_text("goals", ss.dumps(example))
    links = [link.proto for link in at.sidebar.get("page_link")]
    assert [(p.page, p.query_string) for p in links] == [("actions", "focus=actions&d=draft-text")]


def test_the_step_the_link_leads_to_says_the_next_step_is_here(
    open_text: Any, reference: ss.Strategy
) -> None:
    """Following the next-step link to where the fix is made, that step says so at its top
    (it compared the link with the finding's own place, another step's)."""
    example = RULES["ACT008"].fires(reference)
    at, _ = open_text("actions", ss.dumps(example))
    at.query_params["focus"] = "actions"
    at.run()
    assert any("Hier ligt de volgende stap" in i.value for i in at.info)
