"""A new strategy for a sector, started from what is true for that sector."""

from __future__ import annotations

from socialstrategy.i18n import DEFAULT_LANGUAGE, Language, Text
from socialstrategy.model.audiences import Audience
from socialstrategy.model.crisis import CrisisPlan, LegalClock, Scenario, Tier
from socialstrategy.model.meta import Meta
from socialstrategy.model.organisation import Organisation, Process
from socialstrategy.model.readiness import ReadinessAnswer
from socialstrategy.model.strategy import Strategy
from socialstrategy.vocab import (
    PRESETS,
    STATUTORY_HOURS,
    TYPICAL_TRIGGERS,
    CheckQuestion,
    LegalClockKind,
    ProcessKind,
    Sector,
)

_TITLE = Text(nl="Sociale-mediastrategie", en="Social media strategy")
_AUTHORITIES = {
    LegalClockKind.DATA_LEAK_AUTHORITY: Text(
        nl="Autoriteit Persoonsgegevens (AP)", en="Dutch Data Protection Authority (AP)"
    ),
    LegalClockKind.CALAMITY_INSPECTORATE: Text(
        nl="Inspectie Gezondheidszorg en Jeugd (IGJ)",
        en="Health and Youth Care Inspectorate (IGJ)",
    ),
    LegalClockKind.COMPLAINTS_OFFICER: Text(nl="Klachtenfunctionaris", en="Complaints officer"),
}
#: Sectors outside the Wkkgz, where calamities go to the municipality's supervisor instead.
_NO_INSPECTORATE = frozenset({Sector.WELFARE, Sector.OTHER})


def new_strategy(sector: Sector, name: str = "", language: Language = DEFAULT_LANGUAGE) -> Strategy:
    """A blank strategy for *sector*, filled with the sector's preset.

    Everything a manager still has to decide is left empty: there are no goals,
    channels or actions yet, and the nine check questions stand at "don't know".
    """
    preset = PRESETS[sector]
    processes = tuple(
        Process(id=p.id, name=p.name.get(language), kind=kind)
        for kind, group in (
            (ProcessKind.PRIMARY, preset.primary_processes),
            (ProcessKind.SUPPORTING, preset.supporting_processes),
        )
        for p in group
    )
    clocks = [
        kind
        for kind in LegalClockKind
        if kind in _AUTHORITIES
        and not (kind is LegalClockKind.CALAMITY_INSPECTORATE and sector in _NO_INSPECTORATE)
    ]
    title = _TITLE.get(language) + (f" {name}" if name else "")
    return Strategy(
        meta=Meta(title=title, language=language),
        organisation=Organisation(
            name=name,
            sector=sector,
            processes=processes,
            funders=preset.funders,
            referrers=preset.referrers,
            bodies=preset.bodies,
        ),
        readiness=tuple(ReadinessAnswer(question=q) for q in CheckQuestion),
        audiences=tuple(
            Audience(id=kind.code, kind=kind, name=kind.label(language))
            for kind in preset.audiences
        ),
        crisis=CrisisPlan(
            # Incident, calamity and crisis told apart from the start: the scenarios
            # below are set at these levels. Who approves and how fast is for the plan.
            tiers=tuple(
                Tier(level=level, trigger=trigger.get(language))
                for level, trigger in TYPICAL_TRIGGERS.items()
            ),
            scenarios=tuple(
                Scenario(id=kind.code, kind=kind, title=kind.label(language))
                for kind in preset.scenarios
            ),
            legal_clocks=tuple(
                LegalClock(
                    kind=kind,
                    deadline_hours=STATUTORY_HOURS.get(kind),
                    authority=_AUTHORITIES[kind].get(language),
                )
                for kind in clocks
            ),
        ),
    )
