"""The organisation step's sections: the organisation (with its stakeholders and who
adopts and advises), its processes and roles, and the document's own details."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol, TypeVar

import attrs
import streamlit as st

from socialstrategy.model import Process, Role
from socialstrategy.model.governance import assumed
from socialstrategy.planner import tables, widgets
from socialstrategy.planner.components import edited
from socialstrategy.planner.components.form import Form
from socialstrategy.planner.widgets import language, t
from socialstrategy.vocab import (
    AdoptingBody,
    ClientParticipation,
    Funder,
    ParticipationBody,
    ProcessKind,
    Referrer,
    Sector,
    StaffRepresentation,
)

if TYPE_CHECKING:
    from collections.abc import Callable

    from socialstrategy.model import Meta, Organisation
    from socialstrategy.planner.steps import Step
    from socialstrategy.vocab import Term


class _Named(Protocol):
    """A process or a role: named and described, referred to by id."""

    @property
    def id(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def description(self) -> str: ...


NamedT = TypeVar("NamedT", bound=_Named)

#: Who adopts, who speaks for the staff and for the clients: each an optional choice,
#: the model assuming what an empty one means.
GOVERNANCE: tuple[tuple[str, type[Term]], ...] = (
    ("adopted_by", AdoptingBody),
    ("staff_representation", StaffRepresentation),
    ("client_participation", ClientParticipation),
)


def _governance(org: Organisation) -> dict[str, Any]:
    """Who adopts and advises; an empty choice says what is assumed for *org* (its sector,
    size and bodies as they now stand), and why."""
    choices: dict[str, Any] = {}
    # One per row: the empty choice says in full what is assumed, and why.
    for field, vocabulary in GOVERNANCE:
        choices[field] = widgets.optional_term(
            t(f"org.{field}"),
            list(vocabulary),
            getattr(org, field),
            f"organisation.{field}",
            empty=t("org.governance.assumed", assumed=assumed(org, field).get(language())),
            help=t(f"org.{field}.help"),
        )
    return choices


def organisation(step: Step, org: Organisation) -> Organisation:
    """Who we are, the stakeholders, and who adopts and advises."""
    form = Form(org, "organisation", "org")
    st.subheader(t("org.organisation"))
    left, right = st.columns(2)
    with left:
        name = form.text("name")
        sector = form.term("sector", list(Sector))
        region = form.text("region")
    with right:
        employees = widgets.whole(t("org.employees"), org.employees, "organisation.employees")
        locations = widgets.whole(t("org.locations"), org.locations, "organisation.locations")
    mission = form.text("mission", area=True)
    widgets.findings(step, "organisation.name")

    st.subheader(t("org.stakeholders"))
    funders = form.terms("funders", list(Funder))
    referrers = form.terms("referrers", list(Referrer))
    bodies = form.terms("bodies", list(ParticipationBody))

    st.subheader(t("org.governance"), help=t("org.governance.help"))
    # What an empty choice means, for the sector, size and bodies as they now stand.
    governance = _governance(attrs.evolve(org, sector=sector, employees=employees, bodies=bodies))
    for path in ("bodies", *governance):
        widgets.findings(step, f"organisation.{path}")
    return edited.part(
        org,
        name=name,
        sector=sector,
        employees=employees,
        locations=locations,
        region=region,
        mission=mission,
        funders=funders,
        referrers=referrers,
        bodies=bodies,
        **governance,
    )


def _named_table(
    path: str,
    items: tuple[NamedT, ...],
    columns: list[tables.Column[NamedT]],
    make: Callable[..., NamedT],
) -> tuple[NamedT, ...]:
    """A table of parts others refer to by id: a name column first, a description last.

    A new row gets the id the table made for it; an edited row keeps its own.
    """
    return tables.edit(
        path,
        items,
        [
            tables.Column(
                "name",
                st.column_config.TextColumn(t("org.col.name")),
                lambda x: x.name,
                needed=True,
            ),
            *columns,
            tables.Column(
                "description",
                st.column_config.TextColumn(t("org.col.description"), width="large"),
                lambda x: x.description,
            ),
        ],
        lambda row, old: make(
            row,
            id=row["_id"] if old is None else old.id,
            name=tables.text(row["name"]),
            description=tables.text(row["description"]),
        ),
        id_of=lambda x: x.id,
        name_column="name",
    )


def processes_and_roles(step: Step, org: Organisation) -> Organisation:
    """The processes (primary or supporting) and the roles, each a table."""
    lang = language()
    st.subheader(t("org.processes"), help=t("org.processes.help"))
    kinds = {k.label(lang): k for k in ProcessKind}
    processes = _named_table(
        "organisation.processes",
        org.processes,
        [
            tables.Column(
                "kind",
                st.column_config.SelectboxColumn(t("org.col.kind"), options=list(kinds)),
                lambda p: p.kind.label(lang),
                needed=True,
            )
        ],
        lambda row, **fields: Process(
            kind=kinds.get(tables.text(row["kind"]), ProcessKind.PRIMARY), **fields
        ),
    )
    widgets.findings(step, "organisation.processes")

    st.subheader(t("org.roles"), help=t("org.roles.help"))
    roles = _named_table("organisation.roles", org.roles, [], lambda _, **fields: Role(**fields))
    widgets.findings(step, "organisation.roles")
    return edited.part(org, processes=processes, roles=roles)


def document(step: Step, meta: Meta) -> Meta:
    """The document's title, author, revision and review dates."""
    form = Form(meta, "meta", "org")
    st.subheader(t("org.document"))
    left, right = st.columns(2)
    with left:
        title = form.text("title")
        author = form.text("author")
        revision = widgets.whole(t("org.revision"), meta.revision, "meta.revision") or 1
    with right:
        last_reviewed = form.date("last_reviewed")
        next_review = form.date("next_review", help=True)
    widgets.findings(step, "meta")
    return edited.part(
        meta,
        title=title,
        author=author,
        revision=max(1, revision),
        last_reviewed=last_reviewed,
        next_review=next_review,
    )


__all__ = ["GOVERNANCE", "document", "organisation", "processes_and_roles"]
