"""The tables of the crisis step: levels, triage, the decision tree, escalation, who is
informed, message principles and legal clocks.

Each draws its section's table and returns the crisis plan evolved by that one field,
so a field of the plan no table shows is kept.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeVar

import attrs
import streamlit as st

from socialstrategy.model import (
    EscalationStep,
    LegalClock,
    Principle,
    Response,
    Stakeholder,
    Tier,
    TriageRule,
)
from socialstrategy.planner import tables, widgets
from socialstrategy.planner.widgets import language, t
from socialstrategy.vocab import (
    LegalClockKind,
    MessagePrinciple,
    ResponseKind,
    Severity,
    StakeholderKind,
    TriageCriterion,
    stakeholder_label,
)

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    from socialstrategy.i18n import Language
    from socialstrategy.model import CrisisPlan, Strategy
    from socialstrategy.planner.widgets import FindingSlots

TermT = TypeVar("TermT", Severity, LegalClockKind, TriageCriterion, ResponseKind, MessagePrinciple)


@attrs.frozen
class Roles:
    """The roles a table cell can name: each id's label (unique), and each label's id."""

    label: dict[str, str]
    ids: dict[str, str]

    @classmethod
    def of(cls, strategy: Strategy, names: dict[str, str]) -> Roles:
        """The roles of *strategy* by their *names*; an id the crisis plan names that no
        role has any more stays visible as itself."""
        plan = strategy.crisis
        used = [x.approver for x in plan.tiers] + [x.owner for x in plan.legal_clocks]
        used += [x.lead for x in plan.scenarios]
        used += [x for s in plan.escalation for x in (s.role, s.backup)]
        used += [x.decides for x in plan.responses] + [x.informs for x in plan.stakeholders]
        label = widgets.unique_labels({**names, **{i: i for i in used if i and i not in names}})
        return cls(label, {name: i for i, name in label.items()})

    def column(self, label: str, *, width: int = 180) -> Any:
        # The options' order must not change with an edit: it is part of the table's identity.
        return st.column_config.SelectboxColumn(
            label, options=list(self.label.values()), width=width
        )


def _terms(kind: type[TermT], lang: Language) -> dict[str, TermT]:
    """A vocabulary's terms by their labels."""
    return {term.label(lang): term for term in kind}


def _hours_column(label: str, help: str, read: Callable[[Any], float | None]) -> Any:
    return tables.number_column("hours", label, read, help=help, width=110)


def _term_column(
    lang: Language, name: str, label: str, options: Iterable[str], width: int | None = 220
) -> Any:
    """A column to choose a vocabulary term by its label; a row needs one."""
    return tables.Column(
        name,
        st.column_config.SelectboxColumn(label, options=list(options), width=width),
        lambda x: getattr(x, name).label(lang),
        needed=True,
    )


def tiers(strategy: Strategy, roles: Roles, beside: FindingSlots) -> CrisisPlan:
    """The levels: incident, calamity, crisis, with what raises them and who decides."""
    lang, plan = language(), strategy.crisis
    levels = _terms(Severity, lang)
    st.caption(t("crisis.tiers.intro"))
    tiers = tables.edit(
        "crisis.tiers",
        plan.tiers,
        [
            _term_column(lang, "level", t("crisis.col.level"), levels, width=None),
            tables.Column(
                "trigger",
                st.column_config.TextColumn(t("crisis.col.trigger"), width="large"),
                lambda x: x.trigger,
            ),
            tables.Column(
                "approver",
                roles.column(t("crisis.col.approver")),
                lambda x: roles.label.get(x.approver),
            ),
            _hours_column(
                t("crisis.col.hours"), t("crisis.col.hours.help"), lambda x: x.response_hours
            ),
        ],
        lambda row, _: Tier(
            level=levels.get(tables.text(row["level"]), Severity.INCIDENT),
            trigger=tables.text(row["trigger"]),
            approver=roles.ids.get(tables.text(row["approver"]), ""),
            response_hours=tables.figure(row["hours"]),
        ),
    )
    beside.here("crisis.tiers")
    return attrs.evolve(plan, tiers=tiers)


def triage(strategy: Strategy, roles: Roles, beside: FindingSlots) -> CrisisPlan:
    """The questions that decide the level of what happens."""
    lang, plan = language(), strategy.crisis
    levels = _terms(Severity, lang)
    criteria = _terms(TriageCriterion, lang)
    st.caption(t("crisis.triage.intro"))
    widgets.starter_notice(strategy, "crisis.triage")
    triage = tables.edit(
        "crisis.triage",
        plan.triage,
        [
            _term_column(lang, "criterion", t("crisis.col.criterion"), criteria, width=190),
            tables.Column(
                "question",
                st.column_config.TextColumn(t("crisis.col.question"), width="large"),
                lambda x: x.question,
            ),
            _term_column(lang, "raises_to", t("crisis.col.raises_to"), levels, width=130),
        ],
        lambda row, _: TriageRule(
            criterion=criteria.get(tables.text(row["criterion"]), TriageCriterion.OTHER),
            question=tables.text(row["question"]),
            raises_to=levels.get(tables.text(row["raises_to"]), Severity.INCIDENT),
        ),
    )
    beside.here("crisis.triage")
    return attrs.evolve(plan, triage=triage)


def responses(strategy: Strategy, roles: Roles, beside: FindingSlots) -> CrisisPlan:
    """The decision tree: which answer, when, decided by whom."""
    lang, plan = language(), strategy.crisis
    answers = _terms(ResponseKind, lang)
    st.caption(t("crisis.responses.intro"))
    widgets.starter_notice(strategy, "crisis.responses")
    responses = tables.edit(
        "crisis.responses",
        plan.responses,
        [
            _term_column(lang, "kind", t("crisis.col.answer"), answers),
            tables.Column(
                "when",
                st.column_config.TextColumn(t("crisis.col.when"), width=260),
                lambda x: x.when,
            ),
            tables.Column(
                "decides",
                roles.column(t("crisis.col.decides"), width=170),
                lambda x: roles.label.get(x.decides),
            ),
            tables.Column(
                "action",
                st.column_config.TextColumn(t("crisis.col.action"), width=260),
                lambda x: x.action,
            ),
        ],
        lambda row, _: Response(
            kind=answers.get(tables.text(row["kind"]), ResponseKind.MONITOR),
            when=tables.text(row["when"]),
            decides=roles.ids.get(tables.text(row["decides"]), ""),
            action=tables.text(row["action"]),
        ),
    )
    beside.here("crisis.responses")
    return attrs.evolve(plan, responses=responses)


def escalation(strategy: Strategy, roles: Roles, beside: FindingSlots) -> CrisisPlan:
    """Who is called, in order, and from which level."""
    lang, plan = language(), strategy.crisis
    levels = _terms(Severity, lang)
    st.caption(t("crisis.escalation.intro"))
    widgets.starter_notice(strategy, "crisis.escalation")
    escalation = tables.edit(
        "crisis.escalation",
        plan.escalation,
        [
            tables.Column(
                "role",
                roles.column(t("crisis.col.role")),
                lambda x: roles.label.get(x.role),
                needed=True,
            ),
            tables.Column(
                "reach",
                st.column_config.TextColumn(t("crisis.col.reach"), width=300),
                lambda x: x.reach,
            ),
            tables.Column(
                "backup",
                roles.column(t("crisis.col.backup")),
                lambda x: roles.label.get(x.backup),
            ),
            tables.Column(
                "day_and_night",
                st.column_config.CheckboxColumn(
                    t("crisis.col.day_and_night"), help=t("crisis.col.day_and_night.help")
                ),
                lambda x: x.day_and_night,
                dtype="boolean",
            ),
            _term_column(lang, "from_level", t("crisis.col.from_level"), levels, width=130),
        ],
        lambda row, _: EscalationStep(
            role=roles.ids.get(tables.text(row["role"]), ""),
            reach=tables.text(row["reach"]),
            backup=roles.ids.get(tables.text(row["backup"]), ""),
            day_and_night=bool(tables.clean(row["day_and_night"])),
            from_level=levels.get(tables.text(row["from_level"]), Severity.COMPLAINT),
        ),
        ordered=True,
    )
    beside.here("crisis.escalation")
    return attrs.evolve(plan, escalation=escalation)


def stakeholders(strategy: Strategy, roles: Roles, beside: FindingSlots) -> CrisisPlan:
    """Who is informed, by whom and within how many hours."""
    lang, plan = language(), strategy.crisis
    sector = strategy.organisation.sector
    audiences = {stakeholder_label(k, sector, lang): k for k in StakeholderKind}
    st.caption(t("crisis.stakeholders.intro"))
    widgets.starter_notice(strategy, "crisis.stakeholders")
    stakeholders = tables.edit(
        "crisis.stakeholders",
        plan.stakeholders,
        [
            tables.Column(
                "kind",
                st.column_config.SelectboxColumn(
                    t("crisis.col.stakeholder"), options=list(audiences), width=240
                ),
                lambda x: stakeholder_label(x.kind, sector, lang),
                needed=True,
            ),
            tables.Column(
                "informs",
                roles.column(t("crisis.col.informs"), width=170),
                lambda x: roles.label.get(x.informs),
            ),
            tables.number_column(
                "within_hours",
                t("crisis.col.within"),
                lambda x: x.within_hours,
                help=t("crisis.col.within.help"),
                width=110,
            ),
            tables.Column(
                "how",
                st.column_config.TextColumn(t("crisis.col.how"), width=280),
                lambda x: x.how,
            ),
        ],
        lambda row, _: Stakeholder(
            kind=audiences.get(tables.text(row["kind"]), StakeholderKind.OTHER),
            informs=roles.ids.get(tables.text(row["informs"]), ""),
            within_hours=tables.figure(row["within_hours"]),
            how=tables.text(row["how"]),
        ),
    )
    beside.here("crisis.stakeholders")
    return attrs.evolve(plan, stakeholders=stakeholders)


def principles(strategy: Strategy, roles: Roles, beside: FindingSlots) -> CrisisPlan:
    """The principles every message keeps to."""
    lang, plan = language(), strategy.crisis
    principle_terms = _terms(MessagePrinciple, lang)
    st.caption(t("crisis.principles.intro"))
    widgets.starter_notice(strategy, "crisis.principles")
    principles = tables.edit(
        "crisis.principles",
        plan.principles,
        [
            _term_column(lang, "principle", t("crisis.col.principle"), principle_terms, width=260),
            tables.Column(
                "meaning",
                st.column_config.TextColumn(t("crisis.col.meaning"), width="large"),
                lambda x: x.meaning,
            ),
        ],
        lambda row, _: Principle(
            principle=principle_terms.get(tables.text(row["principle"]), MessagePrinciple.BE_RIGHT),
            meaning=tables.text(row["meaning"]),
        ),
    )
    beside.here("crisis.principles")
    return attrs.evolve(plan, principles=principles)


def legal_clocks(strategy: Strategy, roles: Roles, beside: FindingSlots) -> CrisisPlan:
    """The deadlines the law sets (a data breach within 72 hours), with who reports."""
    lang, plan = language(), strategy.crisis
    clock_kinds = _terms(LegalClockKind, lang)
    st.caption(t("crisis.clocks.intro"))
    legal_clocks = tables.edit(
        "crisis.legal_clocks",
        plan.legal_clocks,
        [
            _term_column(lang, "kind", t("crisis.col.clock"), clock_kinds, width=280),
            _hours_column(
                t("crisis.col.deadline"), t("crisis.col.deadline.help"), lambda x: x.deadline_hours
            ),
            tables.Column(
                "authority",
                st.column_config.TextColumn(t("crisis.col.authority"), width=180),
                lambda x: x.authority,
            ),
            tables.Column(
                "owner",
                roles.column(t("crisis.col.owner"), width=160),
                lambda x: roles.label.get(x.owner),
            ),
            tables.Column(
                "procedure",
                st.column_config.TextColumn(t("crisis.col.procedure"), width=200),
                lambda x: x.procedure,
            ),
        ],
        lambda row, _: LegalClock(
            kind=clock_kinds.get(tables.text(row["kind"]), LegalClockKind.OTHER),
            deadline_hours=tables.figure(row["hours"]),
            authority=tables.text(row["authority"]),
            owner=roles.ids.get(tables.text(row["owner"]), ""),
            procedure=tables.text(row["procedure"]),
        ),
    )
    beside.here("crisis.legal_clocks")
    return attrs.evolve(plan, legal_clocks=legal_clocks)


#: The sections drawn by a table, by their paths.
SECTIONS: dict[str, Callable[[Strategy, Roles, FindingSlots], CrisisPlan]] = {
    "crisis.tiers": tiers,
    "crisis.triage": triage,
    "crisis.responses": responses,
    "crisis.escalation": escalation,
    "crisis.stakeholders": stakeholders,
    "crisis.principles": principles,
    "crisis.legal_clocks": legal_clocks,
}


def show(section: str, strategy: Strategy, roles: Roles, beside: FindingSlots) -> CrisisPlan:
    """The table of *section* (one of :data:`SECTIONS`); the plan as edited there."""
    return SECTIONS[section](strategy, roles, beside)
