"""A new strategy for a sector, started from what is true for that sector."""

from __future__ import annotations

from socialstrategy.i18n import DEFAULT_LANGUAGE, Language, Text
from socialstrategy.model.audiences import Audience
from socialstrategy.model.meta import Meta
from socialstrategy.model.organisation import Organisation, Process, Role
from socialstrategy.model.readiness import ReadinessAnswer
from socialstrategy.model.strategy import Strategy
from socialstrategy.vocab import (
    PRESETS,
    CheckQuestion,
    ProcessKind,
    Sector,
)
from socialstrategy.vocab.starters.crisis import crisis_starter

_TITLE = Text(nl="Sociale-mediastrategie", en="Social media strategy")
# The roles the starter crisis plan refers to. A stand-in until the sector role table
# (vocab/starters) names them per sector.
_ROLES = (
    ("communication", Text("Communicatieadviseur", "Communications adviser")),
    ("board", Text("Bestuurder", "Board member")),
    ("privacy_officer", Text("Privacyfunctionaris", "Privacy officer")),
    ("care_manager", Text("Leidinggevende van dienst", "Manager on duty")),
    ("hr", Text("HR-adviseur", "HR adviser")),
    ("complaints_officer", Text("Klachtenfunctionaris", "Complaints officer")),
)


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
            roles=tuple(Role(id=id_, name=name.get(language)) for id_, name in _ROLES),
        ),
        readiness=tuple(ReadinessAnswer(question=q) for q in CheckQuestion),
        audiences=tuple(
            Audience(id=kind.code, kind=kind, name=kind.label(language))
            for kind in preset.audiences
        ),
        crisis=crisis_starter(sector, language),
    )
