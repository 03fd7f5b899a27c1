"""Cross-reference checks: one pass over the strategy that collects every problem.

A reference to something that does not exist names both ends: where the reference
stands (``goals[2].processes[0]``) and where the target should have been
(``organisation.processes``).
"""

from __future__ import annotations

import difflib
from collections import Counter
from typing import TYPE_CHECKING

from socialstrategy.errors import Problem
from socialstrategy.i18n import Text

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Sequence

    from socialstrategy.model.strategy import Strategy


def _duplicates(path: str, ids: Sequence[str], what: Text) -> Iterator[Problem]:
    counts = Counter(ids)
    seen: set[str] = set()
    for index, id_ in enumerate(ids):
        if counts[id_] > 1 and id_ in seen:
            yield Problem(
                path=f"{path}[{index}]",
                text=Text(
                    nl=f"'{id_}' komt meer dan eens voor in {what.nl}",
                    en=f"'{id_}' occurs more than once in {what.en}",
                ),
            )
        seen.add(id_)


class _Targets:
    """The ids one kind of reference may point at, and where they live."""

    def __init__(self, where: str, ids: Iterable[str]) -> None:
        self.where = where
        self.ids = tuple(ids)

    def check(self, path: str, value: str) -> Iterator[Problem]:
        if value in self.ids:
            return
        close = difflib.get_close_matches(value, self.ids, n=1, cutoff=0.6)
        hint = None
        if close:
            hint = Text(nl=f"bedoelde je '{close[0]}'?", en=f"did you mean '{close[0]}'?")
        yield Problem(
            path=path,
            text=Text(
                nl=f"'{value}' bestaat niet in {self.where}",
                en=f"'{value}' does not exist in {self.where}",
            ),
            hint=hint,
        )

    def check_all(self, path: str, values: Sequence[str]) -> Iterator[Problem]:
        for index, value in enumerate(values):
            yield from self.check(f"{path}[{index}]", value)
        yield from _duplicates(path, values, Text(nl="deze lijst", en="this list"))

    def check_optional(self, path: str, value: str) -> Iterator[Problem]:
        if value:
            yield from self.check(path, value)


def check_references(strategy: Strategy) -> tuple[Problem, ...]:
    """Every broken reference and duplicate id in *strategy*, in document order."""
    return tuple(_problems(strategy))


def _problems(s: Strategy) -> Iterator[Problem]:
    org = s.organisation
    collections: tuple[tuple[str, Sequence[str], Text], ...] = (
        ("organisation.processes", [p.id for p in org.processes], Text("processen", "processes")),
        ("organisation.roles", [r.id for r in org.roles], Text("rollen", "roles")),
        ("goals", [g.id for g in s.goals], Text("doelen", "goals")),
        ("audiences", [a.id for a in s.audiences], Text("doelgroepen", "audiences")),
        ("channels", [c.id for c in s.channels], Text("kanalen", "channels")),
        ("crisis.scenarios", [x.id for x in s.crisis.scenarios], Text("scenario's", "scenarios")),
        (
            "engagement.activities",
            [a.id for a in s.engagement.activities],
            Text("activiteiten", "activities"),
        ),
        ("actions", [a.id for a in s.actions], Text("acties", "actions")),
        (
            "consents",
            [c.id for c in s.consents],
            Text("het toestemmingsregister", "the consent register"),
        ),
    )
    for path, ids, what in collections:
        for problem in _duplicates(path, ids, what):
            yield Problem(path=f"{problem.path}.id", text=problem.text)
    yield from _duplicates(
        "readiness",
        [r.question.code for r in s.readiness],
        Text("de checkvragen", "the check questions"),
    )
    yield from _duplicates(
        "crisis.tiers", [t.level.code for t in s.crisis.tiers], Text("de niveaus", "the tiers")
    )

    processes = _Targets("organisation.processes", (p.id for p in org.processes))
    roles = _Targets("organisation.roles", (r.id for r in org.roles))
    goals = _Targets("goals", (g.id for g in s.goals))
    audiences = _Targets("audiences", (a.id for a in s.audiences))
    channels = _Targets("channels", (c.id for c in s.channels))

    for i, goal in enumerate(s.goals):
        yield from processes.check_all(f"goals[{i}].processes", goal.processes)
        yield from audiences.check_all(f"goals[{i}].audiences", goal.audiences)
    for i, channel in enumerate(s.channels):
        yield from audiences.check_all(f"channels[{i}].audiences", channel.audiences)
        yield from goals.check_all(f"channels[{i}].goals", channel.goals)
    for i, rule in enumerate(s.guidelines.rules):
        yield from roles.check_all(f"guidelines.rules[{i}].roles", rule.roles)
    crisis = s.crisis
    for i, tier in enumerate(crisis.tiers):
        yield from roles.check_optional(f"crisis.tiers[{i}].approver", tier.approver)
    for i, step in enumerate(crisis.escalation):
        yield from roles.check_optional(f"crisis.escalation[{i}].role", step.role)
        yield from roles.check_optional(f"crisis.escalation[{i}].backup", step.backup)
    for i, scenario in enumerate(crisis.scenarios):
        yield from roles.check_optional(f"crisis.scenarios[{i}].lead", scenario.lead)
    for i, clock in enumerate(crisis.legal_clocks):
        yield from roles.check_optional(f"crisis.legal_clocks[{i}].owner", clock.owner)
    for i, response in enumerate(crisis.responses):
        yield from roles.check_optional(f"crisis.responses[{i}].decides", response.decides)
    for i, stakeholder in enumerate(crisis.stakeholders):
        yield from roles.check_optional(f"crisis.stakeholders[{i}].informs", stakeholder.informs)
    for i, activity in enumerate(s.engagement.activities):
        yield from audiences.check_all(f"engagement.activities[{i}].audiences", activity.audiences)
    for i, need in enumerate(s.training):
        yield from roles.check_optional(f"training[{i}].role", need.role)
    for i, action in enumerate(s.actions):
        yield from goals.check_all(f"actions[{i}].goals", action.goals)
        yield from channels.check_all(f"actions[{i}].channels", action.channels)
    for i, record in enumerate(s.consents):
        yield from channels.check_all(f"consents[{i}].channels", record.channels)
        yield from channels.check_all(f"consents[{i}].published_on", record.published_on)
