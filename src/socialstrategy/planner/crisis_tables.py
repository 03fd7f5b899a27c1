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
from socialstrategy.planner.columns import text_column
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
    from collections.abc import Callable, Iterable, Mapping, Sequence

    from socialstrategy.i18n import Language
    from socialstrategy.model import CrisisPlan, Strategy
    from socialstrategy.planner.widgets import FindingSlots

TermT = TypeVar("TermT", Severity, LegalClockKind, TriageCriterion, ResponseKind, MessagePrinciple)
ItemT = TypeVar("ItemT")


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

    def pick(self, name: str, label: str, *, width: int = 180, needed: bool = False) -> Any:
        """A column to choose the role in field *name* of a row by its label."""
        return tables.Column(
            name,
            self.column(label, width=width),
            lambda x: self.label.get(getattr(x, name)),
            needed=needed,
        )

    def read(self, row: Mapping[str, Any], name: str) -> str:
        """The id of the role chosen in cell *name* ('' for none)."""
        return self.ids.get(tables.text(row[name]), "")


def _terms(kind: type[TermT], lang: Language) -> dict[str, TermT]:
    """A vocabulary's terms by their labels."""
    return {term.label(lang): term for term in kind}


def _term(row: Mapping[str, Any], name: str, terms: dict[str, TermT], default: TermT) -> TermT:
    """The term chosen in cell *name*, or *default*."""
    return terms.get(tables.text(row[name]), default)


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


def _section(
    strategy: Strategy,
    beside: FindingSlots,
    field: str,
    columns: Sequence[tables.Column[ItemT]],
    build: Callable[[Mapping[str, Any], ItemT | None], ItemT],
    *,
    intro: str | None = None,
    starter: bool = True,
    ordered: bool = False,
) -> CrisisPlan:
    """The table of the plan's list *field* under its intro (and, for a list that can
    hold starter text, the notice saying so); the plan evolved by that one field."""
    path = f"crisis.{field}"
    st.caption(t(intro or f"{path}.intro"))
    if starter:
        widgets.starter_notice(strategy, path)
    items = tables.edit(path, getattr(strategy.crisis, field), columns, build, ordered=ordered)
    beside.here(path)
    edited: dict[str, Any] = {field: items}
    return attrs.evolve(strategy.crisis, **edited)


def tiers(strategy: Strategy, roles: Roles, beside: FindingSlots) -> CrisisPlan:
    """The levels: incident, calamity, crisis, with what raises them and who decides."""
    lang = language()
    levels = _terms(Severity, lang)
    columns = [
        _term_column(lang, "level", t("crisis.col.level"), levels, width=None),
        text_column("trigger", t("crisis.col.trigger"), width="large"),
        roles.pick("approver", t("crisis.col.approver")),
        _hours_column(
            t("crisis.col.hours"), t("crisis.col.hours.help"), lambda x: x.response_hours
        ),
    ]
    return _section(
        strategy,
        beside,
        "tiers",
        columns,
        lambda row, _: Tier(
            level=_term(row, "level", levels, Severity.INCIDENT),
            trigger=tables.text(row["trigger"]),
            approver=roles.read(row, "approver"),
            response_hours=tables.figure(row["hours"]),
        ),
        starter=False,
    )


def triage(strategy: Strategy, roles: Roles, beside: FindingSlots) -> CrisisPlan:
    """The questions that decide the level of what happens."""
    lang = language()
    levels = _terms(Severity, lang)
    criteria = _terms(TriageCriterion, lang)
    columns = [
        _term_column(lang, "criterion", t("crisis.col.criterion"), criteria, width=190),
        text_column("question", t("crisis.col.question"), width="large"),
        _term_column(lang, "raises_to", t("crisis.col.raises_to"), levels, width=130),
    ]
    return _section(
        strategy,
        beside,
        "triage",
        columns,
        lambda row, _: TriageRule(
            criterion=_term(row, "criterion", criteria, TriageCriterion.OTHER),
            question=tables.text(row["question"]),
            raises_to=_term(row, "raises_to", levels, Severity.INCIDENT),
        ),
    )


def responses(strategy: Strategy, roles: Roles, beside: FindingSlots) -> CrisisPlan:
    """The decision tree: which answer, when, decided by whom."""
    lang = language()
    answers = _terms(ResponseKind, lang)
    columns = [
        _term_column(lang, "kind", t("crisis.col.answer"), answers),
        text_column("when", t("crisis.col.when"), width=260),
        roles.pick("decides", t("crisis.col.decides"), width=170),
        text_column("action", t("crisis.col.action"), width=260),
    ]
    return _section(
        strategy,
        beside,
        "responses",
        columns,
        lambda row, _: Response(
            kind=_term(row, "kind", answers, ResponseKind.MONITOR),
            when=tables.text(row["when"]),
            decides=roles.read(row, "decides"),
            action=tables.text(row["action"]),
        ),
    )


def escalation(strategy: Strategy, roles: Roles, beside: FindingSlots) -> CrisisPlan:
    """Who is called, in order, and from which level."""
    lang = language()
    levels = _terms(Severity, lang)
    columns = [
        roles.pick("role", t("crisis.col.role"), needed=True),
        text_column("reach", t("crisis.col.reach"), width=300),
        roles.pick("backup", t("crisis.col.backup")),
        tables.Column(
            "day_and_night",
            st.column_config.CheckboxColumn(
                t("crisis.col.day_and_night"), help=t("crisis.col.day_and_night.help")
            ),
            lambda x: x.day_and_night,
            dtype="boolean",
        ),
        _term_column(lang, "from_level", t("crisis.col.from_level"), levels, width=130),
    ]
    return _section(
        strategy,
        beside,
        "escalation",
        columns,
        lambda row, _: EscalationStep(
            role=roles.read(row, "role"),
            reach=tables.text(row["reach"]),
            backup=roles.read(row, "backup"),
            day_and_night=bool(tables.clean(row["day_and_night"])),
            from_level=_term(row, "from_level", levels, Severity.COMPLAINT),
        ),
        ordered=True,
    )


def stakeholders(strategy: Strategy, roles: Roles, beside: FindingSlots) -> CrisisPlan:
    """Who is informed, by whom and within how many hours."""
    lang, sector = language(), strategy.organisation.sector
    audiences = {stakeholder_label(k, sector, lang): k for k in StakeholderKind}
    columns = [
        tables.Column(
            "kind",
            st.column_config.SelectboxColumn(
                t("crisis.col.stakeholder"), options=list(audiences), width=240
            ),
            lambda x: stakeholder_label(x.kind, sector, lang),
            needed=True,
        ),
        roles.pick("informs", t("crisis.col.informs"), width=170),
        tables.number_column(
            "within_hours",
            t("crisis.col.within"),
            lambda x: x.within_hours,
            help=t("crisis.col.within.help"),
            width=110,
        ),
        text_column("how", t("crisis.col.how"), width=280),
    ]
    return _section(
        strategy,
        beside,
        "stakeholders",
        columns,
        lambda row, _: Stakeholder(
            kind=audiences.get(tables.text(row["kind"]), StakeholderKind.OTHER),
            informs=roles.read(row, "informs"),
            within_hours=tables.figure(row["within_hours"]),
            how=tables.text(row["how"]),
        ),
    )


def principles(strategy: Strategy, roles: Roles, beside: FindingSlots) -> CrisisPlan:
    """The principles every message keeps to."""
    lang = language()
    terms = _terms(MessagePrinciple, lang)
    columns = [
        _term_column(lang, "principle", t("crisis.col.principle"), terms, width=260),
        text_column("meaning", t("crisis.col.meaning"), width="large"),
    ]
    return _section(
        strategy,
        beside,
        "principles",
        columns,
        lambda row, _: Principle(
            principle=_term(row, "principle", terms, MessagePrinciple.BE_RIGHT),
            meaning=tables.text(row["meaning"]),
        ),
    )


def legal_clocks(strategy: Strategy, roles: Roles, beside: FindingSlots) -> CrisisPlan:
    """The deadlines the law sets (a data breach within 72 hours), with who reports."""
    lang = language()
    kinds = _terms(LegalClockKind, lang)
    columns = [
        _term_column(lang, "kind", t("crisis.col.clock"), kinds, width=280),
        _hours_column(
            t("crisis.col.deadline"), t("crisis.col.deadline.help"), lambda x: x.deadline_hours
        ),
        text_column("authority", t("crisis.col.authority"), width=180),
        roles.pick("owner", t("crisis.col.owner"), width=160),
        text_column("procedure", t("crisis.col.procedure"), width=200),
    ]
    return _section(
        strategy,
        beside,
        "legal_clocks",
        columns,
        lambda row, _: LegalClock(
            kind=_term(row, "kind", kinds, LegalClockKind.OTHER),
            deadline_hours=tables.figure(row["hours"]),
            authority=tables.text(row["authority"]),
            owner=roles.read(row, "owner"),
            procedure=tables.text(row["procedure"]),
        ),
        intro="crisis.clocks.intro",
        starter=False,
    )


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
