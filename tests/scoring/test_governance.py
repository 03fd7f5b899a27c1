"""Rules and board decisions follow the governance in effect (model/governance.py):
who adopts, whether a works council, PVT or client council exists, and what a small
organisation can promise on its channels."""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs
import pytest

import socialstrategy as ss
from socialstrategy.scoring import Finding, score
from socialstrategy.scoring.decisions import decisions
from socialstrategy.scoring.examples import EXAMPLE_BASE
from socialstrategy.vocab import (
    AdoptingBody,
    ClientParticipation,
    EngagementKind,
    ParticipationBody,
    Sector,
    StaffRepresentation,
)

REFERENCE = EXAMPLE_BASE
TODAY = dt.date(2026, 11, 23)


@pytest.fixture(scope="module")
def reference() -> ss.Strategy:
    """A disability-care organisation of 900 with a client council and a works council."""
    return ss.load(REFERENCE)


def _org(s: ss.Strategy, **changes: Any) -> ss.Strategy:
    return attrs.evolve(s, organisation=attrs.evolve(s.organisation, **changes))


def _guideline(s: ss.Strategy, **changes: Any) -> ss.Strategy:
    return attrs.evolve(s, guidelines=attrs.evolve(s.guidelines, **changes))


def _found(s: ss.Strategy, code: str) -> list[Finding]:
    return [f for f in score(s, today=TODAY).findings if f.code == code]


def test_participation_bodies_are_asked_only_of_those_who_have_them(
    reference: ss.Strategy,
) -> None:
    """PROF006: a large care organisation without bodies is told which it has; a small
    practice that records none of either is not."""
    (found,) = _found(_org(reference, bodies=()), "PROF006")
    assert found.message.nl.endswith(
        "terwijl de organisatie de ondernemingsraad (OR) en een cliëntenraad heeft."
    )
    practice = _org(
        reference,
        bodies=(),
        sector=Sector.GP_CARE,
        employees=12,
        staff_representation=StaffRepresentation.NONE,
    )
    assert _found(practice, "PROF006") == []


def test_a_works_council_is_asked_for_where_it_exists(reference: ss.Strategy) -> None:
    """PROF009: 900 employees without the OR among the bodies; recorded as none, it is
    not asked; recorded as present with the size unknown, it is, without a size."""
    client_council_only = _org(reference, bodies=(ParticipationBody.CLIENT_COUNCIL,))
    (found,) = _found(client_council_only, "PROF009")
    assert "(verplicht met 900 medewerkers)" in found.message.nl
    none = _org(client_council_only, staff_representation=StaffRepresentation.NONE)
    assert _found(none, "PROF009") == []
    recorded = _org(
        client_council_only,
        employees=None,
        staff_representation=StaffRepresentation.WORKS_COUNCIL,
    )
    (found,) = _found(recorded, "PROF009")
    assert found.message.nl.startswith("De organisatie heeft een ondernemingsraad, maar")


def test_advice_on_the_guideline_comes_from_the_body_in_effect(reference: ss.Strategy) -> None:
    """GUID006: the OR, the PVT, staff participation with the size unknown, or nobody."""
    unadvised = _guideline(reference, works_council_advice=None, adopted=None)
    titles = {
        StaffRepresentation.WORKS_COUNCIL: ["Geen advies van de OR"],
        StaffRepresentation.STAFF_REPRESENTATIVES: ["Geen advies van de PVT"],
        StaffRepresentation.NONE: [],
    }
    for staff, expected in titles.items():
        plan = _org(unadvised, staff_representation=staff)
        assert [f.title.nl for f in _found(plan, "GUID006")] == expected
    unknown = _org(unadvised, employees=None, bodies=())
    assert [f.title.nl for f in _found(unknown, "GUID006")] == [
        "Geen advies van de medezeggenschap"
    ]


def test_adoption_names_who_adopts(reference: ss.Strategy) -> None:
    """GUID005 and the board's decision: the partners adopt after discussing it with
    the staff; the board of directors after the works council's advice."""
    unadopted = _guideline(reference, works_council_advice=None, adopted=None)
    partners = _org(
        unadopted,
        adopted_by=AdoptingBody.PARTNERS,
        staff_representation=StaffRepresentation.NONE,
    )
    (found,) = _found(partners, "GUID005")
    assert found.fix.en == (
        "Have the partners adopt the guideline after discussing it with the staff, and"
        " record the date."
    )
    report = score(partners, today=TODAY)
    texts = {d.code: d.text.nl for d in decisions(partners, report, today=TODAY)}
    assert texts["adopt-guideline"] == "Stel de richtlijn sociale media voor medewerkers vast."
    report = score(unadopted, today=TODAY)
    texts = {d.code: d.text.nl for d in decisions(unadopted, report, today=TODAY)}
    assert texts["adopt-guideline"].endswith(", na advies van de OR.")
    unwritten = _guideline(partners, rules=())
    report = score(unwritten, today=TODAY)
    texts = {d.code: d.text.nl for d in decisions(unwritten, report, today=TODAY)}
    assert texts["draft-guideline"].endswith("en die met de medewerkers te bespreken.")


def test_clients_are_heard_where_there_is_no_client_council(reference: ss.Strategy) -> None:
    """ENG003: without a client council a patient panel counts; with one, only the
    council does."""

    heard = {EngagementKind.CLIENT_COUNCIL, EngagementKind.CLIENT_PANEL}

    def with_only(plan: ss.Strategy, kind: EngagementKind) -> ss.Strategy:
        activities = tuple(
            attrs.evolve(a, kind=kind) if a.kind in heard else a for a in plan.engagement.activities
        )
        return attrs.evolve(plan, engagement=attrs.evolve(plan.engagement, activities=activities))

    panel = with_only(reference, EngagementKind.CLIENT_PANEL)
    (found,) = _found(panel, "ENG003")
    assert found.fix.nl.startswith("Bespreek het onderwerp met de cliëntenraad")
    no_council = _org(
        panel,
        bodies=(ParticipationBody.WORKS_COUNCIL,),
        client_participation=ClientParticipation.OTHER_FORM,
    )
    assert _found(no_council, "ENG003") == []
    unheard = with_only(no_council, EngagementKind.WORKSHOP)
    (found,) = _found(unheard, "ENG003")
    assert found.fix.nl.startswith("Bespreek het onderwerp met een cliëntenpanel")


def test_a_small_organisation_promises_on_working_days(reference: ss.Strategy) -> None:
    """CHAN006: 24 hours with the weekdays watched is a promise a practice keeps ('we
    reageren op werkdagen binnen 24 uur') and a large organisation does not."""
    weekdays = ss.Moderation(weekdays=ss.Span(start=dt.time(8, 30), end=dt.time(17)))
    channels = tuple(
        attrs.evolve(c, response_hours=24, moderation=weekdays) if c.id == "facebook" else c
        for c in reference.channels
    )
    plan = attrs.evolve(reference, channels=channels)
    (found,) = _found(plan, "CHAN006")
    assert "avond en het weekend" in found.fix.nl
    assert _found(_org(plan, employees=38), "CHAN006") == []
    shorter = attrs.evolve(
        plan,
        channels=tuple(
            attrs.evolve(c, response_hours=1) if c.id == "facebook" else c for c in plan.channels
        ),
    )
    (found,) = _found(_org(shorter, employees=38), "CHAN006")
    assert "'we reageren op werkdagen binnen 24 uur'" in found.fix.nl
    assert "avond" not in found.fix.nl
    report = score(_org(shorter, employees=38), today=TODAY)
    (decision,) = [
        d
        for d in decisions(_org(shorter, employees=38), report, today=TODAY)
        if d.code == "webcare-capacity"
    ]
    assert decision.text.en.startswith("Adjust the promised response time")


def test_a_small_organisation_needs_a_telephone_number_not_a_rota(
    reference: ss.Strategy,
) -> None:
    """CRIS005's remedy for 38 employees."""
    crisis = reference.crisis
    plan = attrs.evolve(
        reference,
        crisis=attrs.evolve(
            crisis,
            escalation=tuple(attrs.evolve(e, day_and_night=False) for e in crisis.escalation),
        ),
    )
    (large,) = _found(plan, "CRIS005")
    (small,) = _found(_org(plan, employees=38, adopted_by=AdoptingBody.PARTNERS), "CRIS005")
    assert "piketdienst" in large.fix.nl
    assert small.fix.nl.startswith("Spreek af wie van de maatschap")


def test_a_new_gp_plan_names_no_client_council() -> None:
    """The GP preset pre-fills no council, and a fresh plan is not asked for one."""
    plan = ss.new_strategy(Sector.GP_CARE, "Huisartsenpraktijk Noord")
    assert plan.organisation.bodies == ()
    said = " ".join(
        part.nl for f in score(plan, today=TODAY).findings for part in (f.title, f.message, f.fix)
    )
    assert "cliëntenraad" not in said
    assert "raad van bestuur" not in said


def test_recorded_governance_that_contradicts_the_bodies_is_found(
    reference: ss.Strategy,
) -> None:
    """PROF014: a works council among the bodies while 'none' is recorded, and a client
    council while 'another form' is; each one finding, at the choice that says so."""
    plan = _org(
        reference,
        staff_representation=StaffRepresentation.NONE,
        client_participation=ClientParticipation.OTHER_FORM,
    )
    found = {f.path: f for f in _found(plan, "PROF014")}
    assert sorted(found) == [
        "organisation.client_participation",
        "organisation.staff_representation",
    ]
    assert found["organisation.client_participation"].message.nl.startswith(
        "De medezeggenschap noemt een cliëntenraad, maar bij wie meepraat staat"
        " 'andere vorm (panel, spreekuur, enquête)'"
    )
