"""Crisis and incident plan: levels, triage, the decision tree, escalation, scenarios with a
first response, who is informed, message principles and legal clocks."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs
import streamlit as st

from socialstrategy.model import (
    EscalationStep,
    LegalClock,
    Principle,
    Response,
    Role,
    Scenario,
    Stakeholder,
    Tier,
    TriageRule,
)
from socialstrategy.model.edit import new_scenario
from socialstrategy.model.names import names_by_id
from socialstrategy.planner import drills, state, tables, widgets
from socialstrategy.planner.components import list_editor
from socialstrategy.planner.markup import inert
from socialstrategy.planner.steps import BY_KEY
from socialstrategy.planner.widgets import language, t
from socialstrategy.vocab import (
    LegalClockKind,
    MessagePrinciple,
    ResponseKind,
    ScenarioKind,
    Severity,
    StakeholderKind,
    TriageCriterion,
    stakeholder_label,
)

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Sequence

step = BY_KEY["crisis"]
lang = language()


def show_example() -> None:
    sample = widgets.example()
    plan = sample.crisis
    if not plan.scenarios or not plan.tiers:
        return
    scenario = plan.scenarios[0]
    st.markdown(
        t(
            "crisis.example",
            org=sample.organisation.name,
            tiers=len(plan.tiers),
            low=plan.tiers[0].level.label(lang).lower(),
            high=plan.tiers[-1].level.label(lang).lower(),
            scenario=inert(scenario.title),
            statement=inert(scenario.holding_statement),
        )
    )


def lines(label: str, values: Sequence[str], path: str, help: str) -> tuple[str, ...]:
    """A list of short texts as a text area, one per line; the list as it is until edited.

    An item written by hand may hold a line break or spaces: only an edit splits it again.
    """
    shown = "\n".join(values)
    written = widgets.text(label, shown, path, area=True, help=help)
    if written == shown:
        return tuple(values)
    return tuple(line.strip() for line in written.splitlines() if line.strip())


widgets.header(step, show_example)
strategy = widgets.require_strategy()
beside = widgets.FindingSlots(step)
plan = strategy.crisis

# Roles are chosen by name; an id no role has any more stays visible as itself.
role_names = names_by_id(strategy, Role, language())
used = [x.approver for x in plan.tiers] + [x.owner for x in plan.legal_clocks]
used += [x.lead for x in plan.scenarios]
used += [x for s in plan.escalation for x in (s.role, s.backup)]
used += [x.decides for x in plan.responses] + [x.informs for x in plan.stakeholders]
# The options' order must not change with an edit: it is part of the table's identity.
role_label = widgets.unique_labels(
    {**role_names, **{i: i for i in used if i and i not in role_names}}
)
role_id = {label: i for i, label in role_label.items()}
role_options = list(role_label.values())
levels = {s.label(lang): s for s in Severity}
clock_kinds = {k.label(lang): k for k in LegalClockKind}
criteria = {k.label(lang): k for k in TriageCriterion}
answers = {k.label(lang): k for k in ResponseKind}
sector = strategy.organisation.sector
audiences = {stakeholder_label(k, sector, lang): k for k in StakeholderKind}
principle_terms = {k.label(lang): k for k in MessagePrinciple}

if not role_names:
    st.info(t("crisis.no_roles"), icon=":material/badge:")
    widgets.link(BY_KEY["organisation"], t("crisis.to_roles"), "organisation.roles")


def role_column(label: str, *, width: int = 180) -> Any:
    return st.column_config.SelectboxColumn(label, options=role_options, width=width)


def hours_column(label: str, help: str, read: Callable[[Any], float | None]) -> Any:
    return tables.number_column("hours", label, read, help=help, width=110)


def term_column(name: str, label: str, options: Iterable[str], width: int | None = 220) -> Any:
    """A column to choose a vocabulary term by its label; a row needs one."""
    return tables.Column(
        name,
        st.column_config.SelectboxColumn(label, options=list(options), width=width),
        lambda x: getattr(x, name).label(lang),
        needed=True,
    )


def edit_scenario(old: Scenario, path: str) -> Scenario:
    title = widgets.text(t("crisis.scenario.title"), old.title, f"{path}.title")
    kind_col, level_col, lead_col, hours_col = st.columns(4)
    with kind_col:
        kind = widgets.term(t("crisis.scenario.kind"), list(ScenarioKind), old.kind, f"{path}.kind")
    with level_col:
        level = widgets.term(t("crisis.scenario.level"), list(Severity), old.level, f"{path}.level")
    with lead_col:
        lead = widgets.ref(t("crisis.scenario.lead"), role_label, old.lead, f"{path}.lead")
    with hours_col:
        hours = widgets.number(
            t("crisis.scenario.hours"),
            old.response_hours,
            f"{path}.response_hours",
            help=t("crisis.scenario.hours.help"),
            minimum=0.0,
        )
    statement = widgets.text(
        t("crisis.scenario.statement"),
        old.holding_statement,
        f"{path}.holding_statement",
        area=True,
        help=t("crisis.scenario.statement.help"),
    )
    left, right = st.columns(2)
    with left:
        steps = lines(
            t("crisis.scenario.steps"), old.steps, f"{path}.steps", t("crisis.lines.help")
        )
    with right:
        prevent = widgets.text(
            t("crisis.scenario.prevention"),
            old.prevention,
            f"{path}.prevention",
            area=True,
        )
    drilled = drills.show(strategy, old, f"{path}.last_drilled")
    beside.here(path)
    return widgets.build(
        lambda: attrs.evolve(
            old,
            title=title,
            kind=kind,
            level=level,
            lead=lead,
            response_hours=hours,
            holding_statement=statement,
            steps=steps,
            prevention=prevent,
            last_drilled=drilled,
        ),
        old,
    )


# In the order of the plan's skeleton (DOMAIN.md): the general part holds monitoring,
# the first hour and aftercare.
sections = {
    "crisis": t("crisis.tab.general"),
    "crisis.tiers": t("crisis.tab.tiers"),
    "crisis.triage": t("crisis.tab.triage"),
    "crisis.responses": t("crisis.tab.responses"),
    "crisis.escalation": t("crisis.tab.escalation"),
    "crisis.scenarios": t("crisis.tab.scenarios"),
    "crisis.stakeholders": t("crisis.tab.stakeholders"),
    "crisis.principles": t("crisis.tab.principles"),
    "crisis.legal_clocks": t("crisis.tab.clocks"),
}
section = widgets.section(t("crisis.section"), sections, "crisis.section")

# Each section evolves the plan by the fields it shows; the rest stays as it is (a
# field this page does not show is kept, not dropped).
new_plan = plan

if section == "crisis":
    if plan.model_texts:  # the plan's own fields that still hold starter texts
        widgets.starter_notice(
            strategy, *(f"crisis.{name}" for name in plan.model_texts), read="crisis"
        )
    left, right = st.columns(2)
    with left:
        owner = widgets.who(
            t("crisis.owner"), plan.owner, "crisis.owner", help=t("crisis.owner.help")
        )
        monitoring = widgets.text(
            t("crisis.monitoring"),
            plan.monitoring,
            "crisis.monitoring",
            area=True,
            help=t("crisis.monitoring.help"),
        )
        account_access = widgets.text(
            t("crisis.account_access"),
            plan.account_access,
            "crisis.account_access",
            area=True,
            help=t("crisis.account_access.help"),
        )
    with right:
        evaluation = widgets.text(
            t("crisis.evaluation"),
            plan.evaluation,
            "crisis.evaluation",
            area=True,
            help=t("crisis.evaluation.help"),
        )
        last_drill = widgets.date(
            t("crisis.last_drill"),
            plan.last_drill,
            "crisis.last_drill",
            help=t("crisis.last_drill.help"),
        )
    left, right = st.columns(2)
    with left:
        first_hour = lines(
            t("crisis.first_hour"), plan.first_hour, "crisis.first_hour", t("crisis.lines.help")
        )
    with right:
        prevention = lines(
            t("crisis.prevention"), plan.prevention, "crisis.prevention", t("crisis.lines.help")
        )
    new_plan = widgets.build(
        lambda: attrs.evolve(
            plan,
            owner=owner,
            monitoring=monitoring,
            account_access=account_access,
            evaluation=evaluation,
            last_drill=last_drill,
            first_hour=first_hour,
            prevention=prevention,
        ),
        plan,
    )
    beside.here("crisis", exact=True)
    # One place for the fields above: a rule about several of them (their model texts)
    # is one box that names them, not a box per field.
    beside.here(
        *(
            f"crisis.{part}"
            for part in (
                "owner",
                "monitoring",
                "account_access",
                "evaluation",
                "last_drill",
                "first_hour",
                "prevention",
            )
        )
    )

if section == "crisis.tiers":
    st.caption(t("crisis.tiers.intro"))
    tiers = tables.edit(
        "crisis.tiers",
        plan.tiers,
        [
            term_column("level", t("crisis.col.level"), levels, width=None),
            tables.Column(
                "trigger",
                st.column_config.TextColumn(t("crisis.col.trigger"), width="large"),
                lambda x: x.trigger,
            ),
            tables.Column(
                "approver",
                role_column(t("crisis.col.approver")),
                lambda x: role_label.get(x.approver),
            ),
            hours_column(
                t("crisis.col.hours"), t("crisis.col.hours.help"), lambda x: x.response_hours
            ),
        ],
        lambda row, _: Tier(
            level=levels.get(tables.text(row["level"]), Severity.INCIDENT),
            trigger=tables.text(row["trigger"]),
            approver=role_id.get(tables.text(row["approver"]), ""),
            response_hours=tables.figure(row["hours"]),
        ),
    )
    new_plan = attrs.evolve(plan, tiers=tiers)
    beside.here("crisis.tiers")

if section == "crisis.triage":
    st.caption(t("crisis.triage.intro"))
    widgets.starter_notice(strategy, "crisis.triage")
    triage = tables.edit(
        "crisis.triage",
        plan.triage,
        [
            term_column("criterion", t("crisis.col.criterion"), criteria, width=190),
            tables.Column(
                "question",
                st.column_config.TextColumn(t("crisis.col.question"), width="large"),
                lambda x: x.question,
            ),
            term_column("raises_to", t("crisis.col.raises_to"), levels, width=130),
        ],
        lambda row, _: TriageRule(
            criterion=criteria.get(tables.text(row["criterion"]), TriageCriterion.OTHER),
            question=tables.text(row["question"]),
            raises_to=levels.get(tables.text(row["raises_to"]), Severity.INCIDENT),
        ),
    )
    new_plan = attrs.evolve(plan, triage=triage)
    beside.here("crisis.triage")

if section == "crisis.responses":
    st.caption(t("crisis.responses.intro"))
    widgets.starter_notice(strategy, "crisis.responses")
    responses = tables.edit(
        "crisis.responses",
        plan.responses,
        [
            term_column("kind", t("crisis.col.answer"), answers),
            tables.Column(
                "when",
                st.column_config.TextColumn(t("crisis.col.when"), width=260),
                lambda x: x.when,
            ),
            tables.Column(
                "decides",
                role_column(t("crisis.col.decides"), width=170),
                lambda x: role_label.get(x.decides),
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
            decides=role_id.get(tables.text(row["decides"]), ""),
            action=tables.text(row["action"]),
        ),
    )
    new_plan = attrs.evolve(plan, responses=responses)
    beside.here("crisis.responses")

if section == "crisis.escalation":
    st.caption(t("crisis.escalation.intro"))
    widgets.starter_notice(strategy, "crisis.escalation")
    escalation = tables.edit(
        "crisis.escalation",
        plan.escalation,
        [
            tables.Column(
                "role",
                role_column(t("crisis.col.role")),
                lambda x: role_label.get(x.role),
                needed=True,
            ),
            tables.Column(
                "reach",
                st.column_config.TextColumn(t("crisis.col.reach"), width=300),
                lambda x: x.reach,
            ),
            tables.Column(
                "backup",
                role_column(t("crisis.col.backup")),
                lambda x: role_label.get(x.backup),
            ),
            tables.Column(
                "day_and_night",
                st.column_config.CheckboxColumn(
                    t("crisis.col.day_and_night"), help=t("crisis.col.day_and_night.help")
                ),
                lambda x: x.day_and_night,
                dtype="boolean",
            ),
            term_column("from_level", t("crisis.col.from_level"), levels, width=130),
        ],
        lambda row, _: EscalationStep(
            role=role_id.get(tables.text(row["role"]), ""),
            reach=tables.text(row["reach"]),
            backup=role_id.get(tables.text(row["backup"]), ""),
            day_and_night=bool(tables.clean(row["day_and_night"])),
            from_level=levels.get(tables.text(row["from_level"]), Severity.COMPLAINT),
        ),
        ordered=True,
    )
    new_plan = attrs.evolve(plan, escalation=escalation)
    beside.here("crisis.escalation")

if section == "crisis.scenarios":
    st.caption(t("crisis.scenarios.intro"))
    widgets.starter_notice(strategy, "crisis.scenarios")
    beside.here("crisis.scenarios", exact=True)
    scenarios = list_editor.show(
        "crisis.scenarios",
        plan.scenarios,
        label=t("crisis.scenario.pick"),
        new=lambda: new_scenario(strategy),
        edit=edit_scenario,
    )
    new_plan = attrs.evolve(plan, scenarios=scenarios)

if section == "crisis.stakeholders":
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
                role_column(t("crisis.col.informs"), width=170),
                lambda x: role_label.get(x.informs),
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
            informs=role_id.get(tables.text(row["informs"]), ""),
            within_hours=tables.figure(row["within_hours"]),
            how=tables.text(row["how"]),
        ),
    )
    new_plan = attrs.evolve(plan, stakeholders=stakeholders)
    beside.here("crisis.stakeholders")

if section == "crisis.principles":
    st.caption(t("crisis.principles.intro"))
    widgets.starter_notice(strategy, "crisis.principles")
    principles = tables.edit(
        "crisis.principles",
        plan.principles,
        [
            term_column("principle", t("crisis.col.principle"), principle_terms, width=260),
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
    new_plan = attrs.evolve(plan, principles=principles)
    beside.here("crisis.principles")

if section == "crisis.legal_clocks":
    st.caption(t("crisis.clocks.intro"))
    legal_clocks = tables.edit(
        "crisis.legal_clocks",
        plan.legal_clocks,
        [
            term_column("kind", t("crisis.col.clock"), clock_kinds, width=280),
            hours_column(
                t("crisis.col.deadline"), t("crisis.col.deadline.help"), lambda x: x.deadline_hours
            ),
            tables.Column(
                "authority",
                st.column_config.TextColumn(t("crisis.col.authority"), width=180),
                lambda x: x.authority,
            ),
            tables.Column(
                "owner",
                role_column(t("crisis.col.owner"), width=160),
                lambda x: role_label.get(x.owner),
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
            owner=role_id.get(tables.text(row["owner"]), ""),
            procedure=tables.text(row["procedure"]),
        ),
    )
    new_plan = attrs.evolve(plan, legal_clocks=legal_clocks)
    beside.here("crisis.legal_clocks")

state.update(attrs.evolve(strategy, crisis=new_plan))
beside.fill()
widgets.findings(step)
widgets.step_links(step)
