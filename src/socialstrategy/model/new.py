"""A new strategy for a sector, started from what is true for that sector."""

from __future__ import annotations

from socialstrategy import fmt
from socialstrategy.i18n import DEFAULT_LANGUAGE, Language, Text
from socialstrategy.model.audiences import Audience
from socialstrategy.model.meta import Meta
from socialstrategy.model.organisation import Organisation, Process
from socialstrategy.model.readiness import ReadinessAnswer
from socialstrategy.model.strategy import Strategy
from socialstrategy.vocab import (
    PRESETS,
    SECTOR_WORDS,
    AudienceKind,
    CheckQuestion,
    ProcessKind,
    Sector,
)
from socialstrategy.vocab.starters import (
    starter_guidelines,
    starter_media_guidance,
    starter_roles,
)
from socialstrategy.vocab.starters.crisis import crisis_starter

_TITLE = Text(nl="Sociale-mediastrategie", en="Social media strategy")


def _audience_name(kind: AudienceKind, sector: Sector, language: Language) -> str:
    """The audience as the sector calls it: the clients are "Patiënten" in a hospital."""
    if kind is AudienceKind.CLIENTS:
        return fmt.capital(SECTOR_WORDS[sector].clients.get(language))
    return kind.label(language)


def new_strategy(sector: Sector, name: str = "", language: Language = DEFAULT_LANGUAGE) -> Strategy:
    """A new strategy for *sector*, filled with the sector's preset and starter texts.

    The preset gives the processes, funders, referrers, councils, audiences and
    scenarios; the starter texts give the roles, the employee guideline (every topic,
    and the consent policy), media guidance and the crisis plan (escalation chain,
    holding statements, triage, decision tree, stakeholders, message principles), each
    marked as a model text
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
            Audience(id=kind.code, kind=kind, name=_audience_name(kind, sector, language))
            for kind in preset.audiences
        ),
        guidelines=starter_guidelines(sector, language, name),
        media_guidance=starter_media_guidance(sector, language),
        crisis=crisis_starter(sector, language),
    )
