"""Sector presets: what is true for a sector before anyone has written a word.

A new strategy for a sector starts from its preset: typical primary and supporting
processes, funders, referrers, participation bodies, the audiences it serves and the
incident scenarios it is most likely to meet. Presets are data; ``new_strategy`` in
:mod:`socialstrategy.model.new` turns one into a strategy.
"""

from __future__ import annotations

from typing import Final

import attrs

from socialstrategy.i18n import Text
from socialstrategy.vocab.audiences import AudienceKind as A
from socialstrategy.vocab.crisis import ScenarioKind as S
from socialstrategy.vocab.organisation import Funder, Referrer, Sector
from socialstrategy.vocab.organisation import ParticipationBody as P


@attrs.frozen
class ProcessPreset:
    id: str
    name: Text


@attrs.frozen
class SectorPreset:
    sector: Sector
    primary_processes: tuple[ProcessPreset, ...]
    supporting_processes: tuple[ProcessPreset, ...]
    funders: tuple[Funder, ...]
    referrers: tuple[Referrer, ...]
    bodies: tuple[P, ...]
    audiences: tuple[A, ...]
    scenarios: tuple[S, ...]


def _p(id_: str, nl: str, en: str) -> ProcessPreset:
    return ProcessPreset(id=id_, name=Text(nl=nl, en=en))


_SUPPORTING: Final = (
    _p("recruitment", "Werving en selectie", "Recruitment"),
    _p("communication", "Communicatie", "Communication"),
)
_CORE_AUDIENCES: Final = (A.CLIENTS, A.RELATIVES, A.EMPLOYEES, A.PROSPECTIVE_EMPLOYEES)
_CORE_SCENARIOS: Final = (S.DATA_LEAK, S.PRIVACY_BREACH, S.NEGATIVE_VIRAL, S.EMPLOYEE_MISCONDUCT)

PRESETS: Final[dict[Sector, SectorPreset]] = {
    Sector.HOSPITAL: SectorPreset(
        sector=Sector.HOSPITAL,
        primary_processes=(
            _p("referral", "Verwijzing en aanmelding", "Referral and registration"),
            _p("diagnosis", "Diagnostiek", "Diagnosis"),
            _p("treatment", "Behandeling en opname", "Treatment and admission"),
            _p("nursing", "Verpleging", "Nursing"),
            _p("aftercare", "Ontslag en nazorg", "Discharge and aftercare"),
        ),
        supporting_processes=_SUPPORTING,
        funders=(Funder.INSURER,),
        referrers=(Referrer.GP, Referrer.SPECIALIST),
        bodies=(P.CLIENT_COUNCIL, P.WORKS_COUNCIL, P.NURSING_COUNCIL),
        audiences=(*_CORE_AUDIENCES, A.REFERRERS, A.PRESS, A.PUBLIC),
        scenarios=(*_CORE_SCENARIOS, S.CALAMITY, S.NEGATIVE_REVIEW, S.MISINFORMATION),
    ),
    Sector.ELDERLY_CARE: SectorPreset(
        sector=Sector.ELDERLY_CARE,
        primary_processes=(
            _p("intake", "Aanmelding en intake", "Registration and intake"),
            _p("living", "Wonen en verblijf", "Living and residential care"),
            _p("care", "Zorg en verpleging", "Care and nursing"),
            _p("wellbeing", "Welzijn en dagbesteding", "Wellbeing and day activities"),
            _p("home_care", "Wijkverpleging en thuiszorg", "District nursing and home care"),
            _p("end_of_life", "Palliatieve zorg", "Palliative care"),
        ),
        supporting_processes=(*_SUPPORTING, _p("volunteers", "Vrijwilligersbeleid", "Volunteers")),
        funders=(Funder.CARE_OFFICE, Funder.INSURER, Funder.MUNICIPALITY_WMO),
        referrers=(Referrer.GP, Referrer.NEIGHBOURHOOD_TEAM, Referrer.CIZ),
        bodies=(P.CLIENT_COUNCIL, P.RELATIVES_COUNCIL, P.WORKS_COUNCIL),
        audiences=(*_CORE_AUDIENCES, A.VOLUNTEERS, A.REFERRERS, A.FUNDERS),
        scenarios=(*_CORE_SCENARIOS, S.CALAMITY, S.NEGATIVE_REVIEW),
    ),
    Sector.DISABILITY_CARE: SectorPreset(
        sector=Sector.DISABILITY_CARE,
        primary_processes=(
            _p("intake", "Aanmelding en intake", "Registration and intake"),
            _p("living", "Wonen", "Living"),
            _p("day_activities", "Dagbesteding en werk", "Day activities and work"),
            _p("support", "Begeleiding", "Support"),
            _p("treatment", "Behandeling", "Treatment"),
        ),
        supporting_processes=_SUPPORTING,
        funders=(Funder.CARE_OFFICE, Funder.MUNICIPALITY_WMO, Funder.MUNICIPALITY_YOUTH),
        referrers=(Referrer.CIZ, Referrer.NEIGHBOURHOOD_TEAM, Referrer.GP),
        bodies=(P.CLIENT_COUNCIL, P.RELATIVES_COUNCIL, P.WORKS_COUNCIL),
        audiences=(*_CORE_AUDIENCES, A.VOLUNTEERS, A.FUNDERS),
        scenarios=(*_CORE_SCENARIOS, S.CLIENT_ONLINE_HARM, S.CALAMITY),
    ),
    Sector.MENTAL_HEALTH: SectorPreset(
        sector=Sector.MENTAL_HEALTH,
        primary_processes=(
            _p("registration", "Aanmelding en triage", "Registration and triage"),
            _p("diagnosis", "Diagnostiek", "Diagnosis"),
            _p("treatment", "Behandeling", "Treatment"),
            _p("crisis_care", "Acute psychiatrie en crisisdienst", "Crisis services"),
            _p("recovery", "Herstel en nazorg", "Recovery and aftercare"),
        ),
        supporting_processes=_SUPPORTING,
        funders=(Funder.INSURER, Funder.MUNICIPALITY_WMO, Funder.CARE_OFFICE),
        referrers=(Referrer.GP, Referrer.NEIGHBOURHOOD_TEAM),
        bodies=(P.CLIENT_COUNCIL, P.RELATIVES_COUNCIL, P.WORKS_COUNCIL),
        audiences=(*_CORE_AUDIENCES, A.REFERRERS, A.PRESS),
        scenarios=(*_CORE_SCENARIOS, S.CALAMITY, S.THREAT, S.NEGATIVE_REVIEW),
    ),
    Sector.YOUTH_CARE: SectorPreset(
        sector=Sector.YOUTH_CARE,
        primary_processes=(
            _p("registration", "Aanmelding", "Registration"),
            _p("ambulant", "Ambulante hulp", "Outpatient support"),
            _p("residential", "Verblijf en pleegzorg", "Residential and foster care"),
            _p("treatment", "Behandeling", "Treatment"),
            _p("aftercare", "Nazorg en zelfstandigheid", "Aftercare and independence"),
        ),
        supporting_processes=_SUPPORTING,
        funders=(Funder.MUNICIPALITY_YOUTH,),
        referrers=(
            Referrer.GP,
            Referrer.NEIGHBOURHOOD_TEAM,
            Referrer.YOUTH_CONSULTANT,
            Referrer.CERTIFIED_INSTITUTION,
        ),
        bodies=(P.YOUTH_COUNCIL, P.CLIENT_COUNCIL, P.WORKS_COUNCIL),
        audiences=(*_CORE_AUDIENCES, A.REFERRERS, A.FUNDERS),
        scenarios=(*_CORE_SCENARIOS, S.CLIENT_ONLINE_HARM, S.THREAT),
    ),
    Sector.GP_CARE: SectorPreset(
        sector=Sector.GP_CARE,
        primary_processes=(
            _p("triage", "Triage en afspraken", "Triage and appointments"),
            _p("consultation", "Consult en behandeling", "Consultation and treatment"),
            _p("chronic_care", "Ketenzorg chronische aandoeningen", "Chronic care programmes"),
            _p("referral", "Verwijzing", "Referral"),
        ),
        supporting_processes=_SUPPORTING,
        funders=(Funder.INSURER,),
        referrers=(),
        # Most practices have no client council (the Wmcz 2018 asks one only above 25 care
        # workers per practice) and no works council: the plan names what it has.
        bodies=(),
        audiences=(A.CLIENTS, A.EMPLOYEES, A.PROSPECTIVE_EMPLOYEES, A.PARTNERS, A.PUBLIC),
        scenarios=(S.DATA_LEAK, S.PRIVACY_BREACH, S.NEGATIVE_REVIEW, S.MISINFORMATION),
    ),
    Sector.WELFARE: SectorPreset(
        sector=Sector.WELFARE,
        primary_processes=(
            _p("outreach", "Signaleren en outreach", "Outreach"),
            _p("information", "Informatie en advies", "Information and advice"),
            _p("support", "Ondersteuning en begeleiding", "Support"),
            _p("activities", "Activiteiten en ontmoeting", "Activities and meeting places"),
            _p("informal_care", "Mantelzorg- en vrijwilligersondersteuning", "Informal carers"),
        ),
        supporting_processes=(*_SUPPORTING, _p("volunteers", "Vrijwilligersbeleid", "Volunteers")),
        funders=(Funder.MUNICIPALITY_WMO, Funder.MUNICIPALITY_YOUTH, Funder.FUNDS),
        referrers=(Referrer.NEIGHBOURHOOD_TEAM, Referrer.WMO_CONSULTANT, Referrer.GP),
        bodies=(P.CLIENT_COUNCIL, P.WORKS_COUNCIL),
        audiences=(A.CLIENTS, A.RELATIVES, A.EMPLOYEES, A.VOLUNTEERS, A.PARTNERS, A.FUNDERS),
        scenarios=(*_CORE_SCENARIOS, S.CLIENT_ONLINE_HARM),
    ),
    Sector.OTHER: SectorPreset(
        sector=Sector.OTHER,
        primary_processes=(
            _p("intake", "Aanmelding en intake", "Registration and intake"),
            _p("care", "Zorg en ondersteuning", "Care and support"),
            _p("aftercare", "Nazorg", "Aftercare"),
        ),
        supporting_processes=_SUPPORTING,
        funders=(),
        referrers=(Referrer.GP,),
        bodies=(P.CLIENT_COUNCIL, P.WORKS_COUNCIL),
        audiences=_CORE_AUDIENCES,
        scenarios=_CORE_SCENARIOS,
    ),
}
