"""The governance in effect: what a plan records wins; what it leaves empty follows from
sector and size, and never assumes a works council or client council it cannot know of."""

from __future__ import annotations

import pytest

import socialstrategy as ss
from socialstrategy.model.governance import assumed
from socialstrategy.vocab import (
    AdoptingBody,
    ClientParticipation,
    ParticipationBody,
    Sector,
    StaffRepresentation,
)

A, S, C = AdoptingBody, StaffRepresentation, ClientParticipation


@pytest.mark.parametrize(
    ("sector", "employees", "expected"),
    [
        # GP care: the partners; no client council assumed at any size
        (Sector.GP_CARE, None, (A.PARTNERS, None, C.NONE)),
        (Sector.GP_CARE, 38, (A.PARTNERS, None, C.NONE)),
        (Sector.GP_CARE, 8, (A.PARTNERS, S.NONE, C.NONE)),
        (Sector.GP_CARE, 120, (A.PARTNERS, S.WORKS_COUNCIL, C.NONE)),
        # size unknown: a board of directors, but no works council assumed
        (Sector.HOSPITAL, None, (A.BOARD_OF_DIRECTORS, None, C.CLIENT_COUNCIL)),
        (Sector.HOSPITAL, 2850, (A.BOARD_OF_DIRECTORS, S.WORKS_COUNCIL, C.CLIENT_COUNCIL)),
        # small: the management; a PVT is voluntary, so not known from 10 to 49
        (Sector.DISABILITY_CARE, 49, (A.MANAGEMENT, None, C.CLIENT_COUNCIL)),
        (Sector.DISABILITY_CARE, 50, (A.BOARD_OF_DIRECTORS, S.WORKS_COUNCIL, C.CLIENT_COUNCIL)),
        # Wmcz 2018: a client council only where more than 10 give care
        (Sector.ELDERLY_CARE, 10, (A.MANAGEMENT, None, C.NONE)),
        (Sector.ELDERLY_CARE, 9, (A.MANAGEMENT, S.NONE, C.NONE)),
        (Sector.ELDERLY_CARE, 11, (A.MANAGEMENT, None, C.CLIENT_COUNCIL)),
        # welfare work is outside the Wmcz
        (Sector.WELFARE, 300, (A.BOARD_OF_DIRECTORS, S.WORKS_COUNCIL, C.NONE)),
    ],
)
def test_what_follows_from_sector_and_size(
    sector: Sector,
    employees: int | None,
    expected: tuple[AdoptingBody, StaffRepresentation | None, ClientParticipation],
) -> None:
    g = ss.governance(ss.Organisation(sector=sector, employees=employees))
    assert (g.adopted_by, g.staff, g.client) == expected
    assert g.recorded == frozenset()


def test_what_the_plan_records_wins() -> None:
    """A 60-person practice that says it has no works council is taken at its word."""
    org = ss.Organisation(
        sector=Sector.HOSPITAL,
        employees=60,
        bodies=(ParticipationBody.WORKS_COUNCIL, ParticipationBody.CLIENT_COUNCIL),
        adopted_by=A.BOARD,
        staff_representation=S.NONE,
        client_participation=C.OTHER_FORM,
    )
    g = ss.governance(org)
    assert (g.adopted_by, g.staff, g.client) == (A.BOARD, S.NONE, C.OTHER_FORM)
    assert g.recorded == {"adopted_by", "staff_representation", "client_participation"}


def test_bodies_named_in_the_plan_count() -> None:
    """A works council or youth council among the bodies exists, whatever the size."""
    org = ss.Organisation(
        sector=Sector.YOUTH_CARE,
        employees=30,
        bodies=(ParticipationBody.WORKS_COUNCIL, ParticipationBody.YOUTH_COUNCIL),
    )
    g = ss.governance(org)
    assert (g.staff, g.client) == (S.WORKS_COUNCIL, C.CLIENT_COUNCIL)


@pytest.mark.parametrize(
    ("org", "words"),
    [
        (
            ss.Organisation(sector=Sector.GP_CARE, employees=38, staff_representation=S.NONE),
            {
                "adopter": "de maatschap",
                "staff_step": "na bespreking met de medewerkers",
                "client_voice": "een patiëntenpanel",
                "records": "het HIS",
                "advice": "Besproken met de medewerkers",
            },
        ),
        (
            ss.Organisation(sector=Sector.HOSPITAL, employees=2850),
            {
                "adopter": "de raad van bestuur",
                "Adopter": "De raad van bestuur",
                "staff_step": "na advies van de OR",
                "client_voice": "de cliëntenraad",
                "records": "het EPD",
                "advice": "Advies van de OR",
            },
        ),
        (
            ss.Organisation(
                sector=Sector.ELDERLY_CARE,
                employees=30,
                staff_representation=S.STAFF_REPRESENTATIVES,
            ),
            {
                "adopter": "de directie",
                "staff_step": "na overleg met de PVT",
                "records": "het ECD",
                "advice": "Advies van de PVT",
            },
        ),
        (
            ss.Organisation(sector=Sector.DISABILITY_CARE),
            {"staff_step": "na advies van de medezeggenschap", "staff_short": "de medezeggenschap"},
        ),
    ],
)
def test_the_words_texts_use(org: ss.Organisation, words: dict[str, str]) -> None:
    said = ss.governance(org).placeholders()["nl"]
    assert {key: said[key] for key in words} == words


def test_the_empty_choice_says_what_is_assumed_and_why() -> None:
    org = ss.Organisation(sector=Sector.GP_CARE, employees=38, adopted_by=A.BOARD)
    assert assumed(org, "adopted_by").nl == "De maatschap (huisartsenzorg: meestal een maatschap)"
    assert assumed(org, "staff_representation").nl.startswith("Onbekend: een PVT is vrijwillig")
    assert "25 zorgverleners" in assumed(org, "client_participation").nl
    unknown = ss.Organisation(sector=Sector.HOSPITAL)
    assert assumed(unknown, "staff_representation").en == (
        "Not known yet: fill in the number of employees"
    )


def test_small_is_below_fifty_known_employees() -> None:
    assert ss.governance(ss.Organisation(employees=49)).small
    assert not ss.governance(ss.Organisation(employees=50)).small
    assert not ss.governance(ss.Organisation()).small
