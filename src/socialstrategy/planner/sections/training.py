"""The training step's sections: which roles need training, and the table of needs."""

from __future__ import annotations

from typing import TYPE_CHECKING

import streamlit as st

from socialstrategy.model import Role, TrainingNeed
from socialstrategy.model.names import names_by_id
from socialstrategy.planner import tables, widgets
from socialstrategy.planner.steps import BY_KEY
from socialstrategy.planner.widgets import language, t
from socialstrategy.vocab import Skill

if TYPE_CHECKING:
    from socialstrategy.model import Strategy

#: The skills, each a checkbox column of its own.
SKILLS = ((Skill.DIGITAL_SKILLS, "digital"), (Skill.MEDIA_LITERACY, "media"))


def roles_notice(strategy: Strategy) -> None:
    """Where to name roles first, when the plan has none to train."""
    if not names_by_id(strategy, Role, language()):
        st.info(t("training.no_roles"), icon=":material/badge:")
        widgets.link(BY_KEY["organisation"], t("training.to_roles"), "organisation.roles")


def _role_labels(strategy: Strategy) -> dict[str, str]:
    """Role id → label. Roles are chosen by name; an id no role has any more stays
    visible as itself. The options' order must not change with an edit: it is part of
    the table's identity."""
    role_names = names_by_id(strategy, Role, language())
    unknown = {n.role: n.role for n in strategy.training if n.role and n.role not in role_names}
    return widgets.unique_labels({**role_names, **unknown})


def _skill_column(skill: Skill, column: str) -> tables.Column[TrainingNeed]:
    return tables.Column(
        column,
        st.column_config.CheckboxColumn(
            t(f"training.col.{column}"), help=skill.label(language()), width=100
        ),
        lambda n: skill in n.skills,
        dtype="boolean",
    )


def _text_column(column: str, width: int) -> tables.Column[TrainingNeed]:
    return tables.Column(
        column,
        st.column_config.TextColumn(
            t(f"training.col.{column}"), help=t(f"training.col.{column}.help"), width=width
        ),
        lambda n: getattr(n, column),
    )


def needs_table(strategy: Strategy) -> tuple[TrainingNeed, ...]:
    """The training needs, one row each: role, skills, need, format and when."""
    role_label = _role_labels(strategy)
    role_id = {label: i for i, label in role_label.items()}
    return tables.edit(
        "training",
        strategy.training,
        [
            tables.Column(
                "role",
                st.column_config.SelectboxColumn(
                    t("training.col.role"), options=list(role_label.values()), width=190
                ),
                lambda n: role_label.get(n.role),
                needed=True,
            ),
            *(_skill_column(skill, column) for skill, column in SKILLS),
            _text_column("need", 250),
            _text_column("format", 150),
            tables.date_column(
                "due",
                t("training.col.due"),
                lambda n: n.due,
                help=t("training.col.due.help"),
                width=110,
            ),
        ],
        lambda row, _: TrainingNeed(
            role=role_id.get(tables.text(row["role"]), ""),
            skills=tuple(skill for skill, column in SKILLS if tables.clean(row[column])),
            need=tables.text(row["need"]),
            format=tables.text(row["format"]),
            due=tables.day(row["due"]),
        ),
    )


__all__ = ["needs_table", "roles_notice"]
