"""Organisation and processes: who we are, and which care processes goals must serve."""

from __future__ import annotations

import attrs
import streamlit as st

from socialstrategy.model import Organisation, Process, Role
from socialstrategy.model.governance import assumed as assumed_governance
from socialstrategy.planner import state, tables, widgets
from socialstrategy.planner.markup import inert
from socialstrategy.planner.steps import BY_KEY
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

step = BY_KEY["organisation"]
lang = language()


def show_example() -> None:
    sample = widgets.example()
    org = sample.organisation
    st.markdown(
        t(
            "org.example",
            name=inert(org.name),
            sector=org.sector.label(lang),
            processes=inert(", ".join(p.name for p in org.primary_processes)),
        )
    )


widgets.header(step, show_example)
strategy = widgets.require_strategy()
meta, org = strategy.meta, strategy.organisation

sections = {
    "organisation": t("org.section.organisation"),
    "organisation.processes": t("org.section.processes"),
    "meta": t("org.section.document"),
}
section = widgets.section(
    t("org.section"),
    sections,
    "organisation.section",
    holds={"organisation.roles": "organisation.processes"},
)

# What a section that is not shown contributes: the plan as it is.
name, sector, region, mission = org.name, org.sector, org.region, org.mission
employees, locations = org.employees, org.locations
funders, referrers, bodies = org.funders, org.referrers, org.bodies
adopted_by, staff, clients = org.adopted_by, org.staff_representation, org.client_participation
processes, roles = org.processes, org.roles
title, author, revision = meta.title, meta.author, meta.revision
last_reviewed, next_review = meta.last_reviewed, meta.next_review

if section == "organisation":
    st.subheader(t("org.organisation"))
    left, right = st.columns(2)
    with left:
        name = widgets.text(t("org.name"), org.name, "organisation.name")
        sector = widgets.term(t("org.sector"), list(Sector), org.sector, "organisation.sector")
        region = widgets.text(t("org.region"), org.region, "organisation.region")
    with right:
        employees = widgets.whole(t("org.employees"), org.employees, "organisation.employees")
        locations = widgets.whole(t("org.locations"), org.locations, "organisation.locations")
    mission = widgets.text(t("org.mission"), org.mission, "organisation.mission", area=True)
    widgets.findings(step, "organisation.name")

    st.subheader(t("org.stakeholders"))
    funders = widgets.terms(t("org.funders"), list(Funder), org.funders, "organisation.funders")
    referrers = widgets.terms(
        t("org.referrers"), list(Referrer), org.referrers, "organisation.referrers"
    )
    bodies = widgets.terms(
        t("org.bodies"), list(ParticipationBody), org.bodies, "organisation.bodies"
    )

    st.subheader(t("org.governance"), help=t("org.governance.help"))
    # What an empty choice means, for the sector, size and bodies as they now stand.
    now = attrs.evolve(org, sector=sector, employees=employees, bodies=bodies)

    def assumed(field: str) -> str:
        return t("org.governance.assumed", assumed=assumed_governance(now, field).get(lang))

    # One per row: the empty choice says in full what is assumed, and why.
    adopted_by = widgets.optional_term(
        t("org.adopted_by"),
        list(AdoptingBody),
        org.adopted_by,
        "organisation.adopted_by",
        empty=assumed("adopted_by"),
        help=t("org.adopted_by.help"),
    )
    staff = widgets.optional_term(
        t("org.staff_representation"),
        list(StaffRepresentation),
        org.staff_representation,
        "organisation.staff_representation",
        empty=assumed("staff_representation"),
        help=t("org.staff_representation.help"),
    )
    clients = widgets.optional_term(
        t("org.client_participation"),
        list(ClientParticipation),
        org.client_participation,
        "organisation.client_participation",
        empty=assumed("client_participation"),
        help=t("org.client_participation.help"),
    )
    for path in ("bodies", "adopted_by", "staff_representation", "client_participation"):
        widgets.findings(step, f"organisation.{path}")

if section == "organisation.processes":
    st.subheader(t("org.processes"), help=t("org.processes.help"))
    kinds = {k.label(lang): k for k in ProcessKind}
    processes = tables.edit(
        "organisation.processes",
        org.processes,
        [
            tables.Column(
                "name",
                st.column_config.TextColumn(t("org.col.name")),
                lambda p: p.name,
                needed=True,
            ),
            tables.Column(
                "kind",
                st.column_config.SelectboxColumn(t("org.col.kind"), options=list(kinds)),
                lambda p: p.kind.label(lang),
                needed=True,
            ),
            tables.Column(
                "description",
                st.column_config.TextColumn(t("org.col.description"), width="large"),
                lambda p: p.description,
            ),
        ],
        lambda row, old: Process(
            id=row["_id"] if old is None else old.id,
            name=tables.text(row["name"]),
            kind=kinds.get(tables.text(row["kind"]), ProcessKind.PRIMARY),
            description=tables.text(row["description"]),
        ),
        id_of=lambda p: p.id,
        name_column="name",
    )
    widgets.findings(step, "organisation.processes")

    st.subheader(t("org.roles"), help=t("org.roles.help"))
    roles = tables.edit(
        "organisation.roles",
        org.roles,
        [
            tables.Column(
                "name",
                st.column_config.TextColumn(t("org.col.name")),
                lambda r: r.name,
                needed=True,
            ),
            tables.Column(
                "description",
                st.column_config.TextColumn(t("org.col.description"), width="large"),
                lambda r: r.description,
            ),
        ],
        lambda row, old: Role(
            id=row["_id"] if old is None else old.id,
            name=tables.text(row["name"]),
            description=tables.text(row["description"]),
        ),
        id_of=lambda r: r.id,
        name_column="name",
    )
    widgets.findings(step, "organisation.roles")

if section == "meta":
    st.subheader(t("org.document"))
    left, right = st.columns(2)
    with left:
        title = widgets.text(t("org.title"), meta.title, "meta.title")
        author = widgets.text(t("org.author"), meta.author, "meta.author")
        revision = widgets.whole(t("org.revision"), meta.revision, "meta.revision") or 1
    with right:
        last_reviewed = widgets.date(
            t("org.last_reviewed"), meta.last_reviewed, "meta.last_reviewed"
        )
        next_review = widgets.date(
            t("org.next_review"),
            meta.next_review,
            "meta.next_review",
            help=t("org.next_review.help"),
        )
    widgets.findings(step, "meta")

new_meta = widgets.build(
    lambda: attrs.evolve(
        meta,
        title=title,
        author=author,
        revision=max(1, revision),
        last_reviewed=last_reviewed,
        next_review=next_review,
    ),
    meta,
)
new_org = widgets.build(
    lambda: Organisation(
        name=name,
        sector=sector,
        employees=employees,
        locations=locations,
        region=region,
        mission=mission,
        processes=processes,
        roles=roles,
        funders=funders,
        referrers=referrers,
        bodies=bodies,
        adopted_by=adopted_by,
        staff_representation=staff,
        client_participation=clients,
    ),
    org,
)
state.update(attrs.evolve(strategy, meta=new_meta, organisation=new_org))
widgets.findings(step)
widgets.step_links(step)
