"""The organisation: sector, size, processes, roles, funders, referrers and councils."""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from socialstrategy.model._fields import count, doc, id_field, line, text
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
    from collections.abc import Iterable


@attrs.frozen(kw_only=True)
class Process:
    """A primary (care) or supporting process that goals must serve."""

    id: str = id_field("process")
    name: str = line("Name of the process, e.g. 'Intake en aanmelding'.")
    kind: ProcessKind = doc("Primary or supporting.", default=ProcessKind.PRIMARY)
    description: str = text("What happens in this process.")


@attrs.frozen(kw_only=True)
class Role:
    """A role in the organisation (crisis team, training, guidelines per role)."""

    id: str = id_field("role")
    name: str = line("Name of the role, e.g. 'Woordvoerder'.")
    description: str = text("What the role does in this strategy.")


@attrs.frozen(kw_only=True)
class Organisation:
    """The organisation the strategy is for."""

    name: str = line("Name of the organisation.")
    sector: Sector = doc("Care or welfare sector.", default=Sector.OTHER)
    employees: int | None = count("Number of employees.")
    locations: int | None = count("Number of locations.")
    region: str = line("Region the organisation works in.")
    mission: str = text("Mission or core task, in a sentence or two.")
    processes: tuple[Process, ...] = doc("Primary and supporting processes.", default=())
    roles: tuple[Role, ...] = doc("Roles named in the strategy.", default=())
    funders: tuple[Funder, ...] = doc("Who pays for the care.", default=())
    referrers: tuple[Referrer, ...] = doc("Who refers clients.", default=())
    bodies: tuple[ParticipationBody, ...] = doc("Participation bodies.", default=())
    adopted_by: AdoptingBody | None = doc(
        "Who adopts policy (empty: follows from sector and size).", default=None
    )
    staff_representation: StaffRepresentation | None = doc(
        "Works council, staff representatives or none (empty: follows from size).",
        default=None,
    )
    client_participation: ClientParticipation | None = doc(
        "Client council, another form or none (empty: follows from sector and size).",
        default=None,
    )

    @property
    def primary_processes(self) -> tuple[Process, ...]:
        return tuple(p for p in self.processes if p.kind is ProcessKind.PRIMARY)

    def primary_among(self, ids: Iterable[str]) -> tuple[Process, ...]:
        """The primary processes among *ids*, in their order: what a goal linked to
        *ids* serves (none: a goal in itself)."""
        primary = {p.id: p for p in self.primary_processes}
        return tuple(primary[i] for i in ids if i in primary)
