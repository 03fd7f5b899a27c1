"""Training: per role, what must be learnt to be digitally skilled and media literate."""

from __future__ import annotations

import attrs
import streamlit as st

from socialstrategy.model import Role, TrainingNeed
from socialstrategy.model.names import names_by_id
from socialstrategy.planner import state, tables, widgets
from socialstrategy.planner.markup import inert
from socialstrategy.planner.steps import BY_KEY
from socialstrategy.planner.widgets import language, t
from socialstrategy.vocab import Skill

step = BY_KEY["training"]
lang = language()


def show_example() -> None:
    sample = widgets.example()
    names = {r.id: r.name for r in sample.organisation.roles}
    short = {
        Skill.DIGITAL_SKILLS: t("training.col.digital"),
        Skill.MEDIA_LITERACY: t("training.col.media"),
    }
    st.markdown(
        "\n".join(
            t(
                "training.example",
                role=inert(names.get(need.role, need.role)),
                skills=", ".join(short[s].lower() for s in need.skills),
                need=inert(need.need),
                format=inert(need.format),
            )
            for need in sample.training[:3]
        )
    )


widgets.header(step, show_example)
strategy = widgets.require_strategy()

# Roles are chosen by name; an id no role has any more stays visible as itself.
role_names = names_by_id(strategy, Role, language())
# The options' order must not change with an edit: it is part of the table's identity.
unknown = {n.role: n.role for n in strategy.training if n.role and n.role not in role_names}
role_label = widgets.unique_labels({**role_names, **unknown})
role_id = {label: i for i, label in role_label.items()}

if not role_names:
    st.info(t("training.no_roles"), icon=":material/badge:")
    widgets.link(BY_KEY["organisation"], t("training.to_roles"), "organisation.roles")

st.subheader(t("training.needs"))
st.markdown(
    t(
        "training.intro",
        digital=Skill.DIGITAL_SKILLS.label(lang),
        media=Skill.MEDIA_LITERACY.label(lang),
    )
)
needs = tables.edit(
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
        tables.Column(
            "digital",
            st.column_config.CheckboxColumn(
                t("training.col.digital"), help=Skill.DIGITAL_SKILLS.label(lang), width=100
            ),
            lambda n: Skill.DIGITAL_SKILLS in n.skills,
            dtype="boolean",
        ),
        tables.Column(
            "media",
            st.column_config.CheckboxColumn(
                t("training.col.media"), help=Skill.MEDIA_LITERACY.label(lang), width=100
            ),
            lambda n: Skill.MEDIA_LITERACY in n.skills,
            dtype="boolean",
        ),
        tables.Column(
            "need",
            st.column_config.TextColumn(
                t("training.col.need"), help=t("training.col.need.help"), width=250
            ),
            lambda n: n.need,
        ),
        tables.Column(
            "format",
            st.column_config.TextColumn(
                t("training.col.format"), help=t("training.col.format.help"), width=150
            ),
            lambda n: n.format,
        ),
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
        skills=tuple(
            skill
            for skill, column in (
                (Skill.DIGITAL_SKILLS, "digital"),
                (Skill.MEDIA_LITERACY, "media"),
            )
            if tables.clean(row[column])
        ),
        need=tables.text(row["need"]),
        format=tables.text(row["format"]),
        due=tables.day(row["due"]),
    ),
)
state.update(attrs.evolve(strategy, training=needs))
widgets.findings(step)
widgets.step_links(step)
