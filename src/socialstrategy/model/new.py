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
from socialstrategy.vocab.starters import (
    starter_guidelines,
    starter_media_guidance,
    starter_roles,
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
    """A new strategy for *sector*, filled with the sector's preset and starter texts.

    The preset gives the processes, funders, referrers, councils, audiences and
    scenarios; the starter texts give the roles, the employee guideline (every topic,
    and the consent policy) and media guidance, each marked as a model text
    (``model_text``) until a person edits or accepts it. What only the organisation can
    decide is left empty: there are no goals, channels or actions yet, no dates of
    advice or adoption, and the nine check questions stand at "don't know".
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
            roles=starter_roles(sector, language),
        ),
        readiness=tuple(ReadinessAnswer(question=q) for q in CheckQuestion),
        audiences=tuple(
            Audience(id=kind.code, kind=kind, name=kind.label(language))
            for kind in preset.audiences
        ),
        guidelines=starter_guidelines(sector, language, name),
        media_guidance=starter_media_guidance(sector, language),
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
