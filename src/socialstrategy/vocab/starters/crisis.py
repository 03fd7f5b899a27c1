"""The crisis plan a new plan for a sector starts with: model texts for all twelve parts.

The words live in ``crisis.toml`` beside this module, Dutch next to English, with the
sector's words filled in here (patiënten or cliënten, EPD or ECD, the IGJ or the
municipality's supervisor). Every record made from them carries the starter mark until
a person edits or accepts it. What only the organisation can know is left to it: how to
reach each role, who is reachable day and night, the plan's owner and names.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any, Final

from socialstrategy import fmt
from socialstrategy.i18n import Language, Text
from socialstrategy.model.crisis import (
    CrisisPlan,
    EscalationStep,
    LegalClock,
    Principle,
    Response,
    Scenario,
    Stakeholder,
    Tier,
    TriageRule,
)
from socialstrategy.vocab.crisis import (
    NO_INSPECTORATE,
    STATUTORY_HOURS,
    TYPICAL_TRIGGERS,
    LegalClockKind,
    MessagePrinciple,
    ResponseKind,
    ScenarioKind,
    Severity,
    StakeholderKind,
    TriageCriterion,
)
from socialstrategy.vocab.presets import PRESETS
from socialstrategy.vocab.starters._texts import table, words

if TYPE_CHECKING:
    from socialstrategy.vocab.organisation import Sector

#: The crisis plan's own plain fields the starter fills (CrisisPlan.model_texts).
MODEL_TEXT_FIELDS: Final = (
    "first_hour",
    "monitoring",
    "account_access",
    "prevention",
    "evaluation",
)
#: How a reach that is still to be filled in begins: the chain names the roles, the
#: organisation adds the phone numbers or roster.
TO_FILL_IN: Final = Text(nl="Vul in:", en="Fill in:")

_AUTHORITIES: Final = {
    LegalClockKind.DATA_LEAK_AUTHORITY: Text(
        nl="Autoriteit Persoonsgegevens (AP)", en="Dutch Data Protection Authority (AP)"
    ),
    LegalClockKind.CALAMITY_INSPECTORATE: Text(
        nl="Inspectie Gezondheidszorg en Jeugd (IGJ)",
        en="Health and Youth Care Inspectorate (IGJ)",
    ),
    LegalClockKind.COMPLAINTS_OFFICER: Text(nl="Klachtenfunctionaris", en="Complaints officer"),
}
#: Who sees to each legal clock, by the role a new plan has.
_CLOCK_OWNERS: Final = {
    LegalClockKind.DATA_LEAK_AUTHORITY: "privacy_officer",
    LegalClockKind.CALAMITY_INSPECTORATE: "board",
    LegalClockKind.COMPLAINTS_OFFICER: "complaints_officer",
}


def is_to_fill_in(value: str) -> bool:
    """Whether *value* is still the starter's instruction to fill in, in either language."""
    stripped = value.strip()
    return stripped.startswith((TO_FILL_IN.nl, TO_FILL_IN.en))


def _data() -> dict[str, Any]:
    return table("crisis")


@functools.cache
def _words(sector: Sector, language: Language) -> dict[str, str]:
    """Every starter text's words for *sector* (:func:`_texts.words`), and the crisis
    plan's own (the supervisor, the plan word), each also with a capital letter."""
    own: dict[str, str] = _data()["sectors"][sector.code][language]
    return (
        words(sector, language)
        | own
        | {name.capitalize(): fmt.capital(value) for name, value in own.items()}
    )


class _Filler:
    """Fills the placeholders of one sector and language."""

    def __init__(self, sector: Sector, language: Language) -> None:
        self.language = language
        self.words = _words(sector, language)

    def __call__(self, text: str) -> str:
        return text.format_map(self.words)

    def each(self, texts: list[str]) -> tuple[str, ...]:
        return tuple(self(text) for text in texts)


def _tiers(language: Language) -> tuple[Tier, ...]:
    table = _data()["tiers"]
    return tuple(
        Tier(
            level=level,
            trigger=trigger.get(language),
            approver=table[level.code]["approver"],
            response_hours=float(table[level.code]["response_hours"]),
        )
        for level, trigger in TYPICAL_TRIGGERS.items()
    )


def _escalation(language: Language) -> tuple[EscalationStep, ...]:
    reach = _data()["reach"][language]
    return tuple(
        EscalationStep(
            role=step["role"],
            reach=reach,
            backup=step["backup"],
            from_level=Severity.parse(step["from_level"]),
            model_text=True,
        )
        for step in _data()["escalation"]
    )


def scenario_starter(kind: ScenarioKind, sector: Sector, language: Language) -> Scenario:
    """The model scenario of *kind* for *sector*: level, lead, holding statement, steps."""
    fill = _Filler(sector, language)
    entry = _data()["scenarios"][kind.code]
    words = entry[language]
    return Scenario(
        id=kind.code,
        kind=kind,
        title=kind.label(language),
        level=Severity.parse(entry["level"]),
        lead=entry["lead"],
        response_hours=float(entry["response_hours"]),
        holding_statement=fill(words["holding_statement"]),
        steps=fill.each(words["steps"]),
        prevention=fill(words["prevention"]),
        model_text=True,
    )


def _legal_clocks(sector: Sector, language: Language) -> tuple[LegalClock, ...]:
    kinds = [
        kind
        for kind in LegalClockKind
        if kind in _AUTHORITIES
        and not (kind is LegalClockKind.CALAMITY_INSPECTORATE and sector in NO_INSPECTORATE)
    ]
    return tuple(
        LegalClock(
            kind=kind,
            deadline_hours=STATUTORY_HOURS.get(kind),
            authority=_AUTHORITIES[kind].get(language),
            owner=_CLOCK_OWNERS[kind],
        )
        for kind in kinds
    )


def crisis_starter(sector: Sector, language: Language) -> CrisisPlan:
    """The crisis plan a new plan for *sector* starts with, in *language*.

    Every part is filled with the sector's model text, marked as such; the preset's
    scenarios each get a holding statement, first steps and prevention. How each role
    is reached, who is on call day and night, and the plan's owner are left to fill in.
    """
    data = _data()
    fill = _Filler(sector, language)
    plan = data["plan"][language]
    return CrisisPlan(
        monitoring=fill(plan["monitoring"]),
        account_access=fill(plan["account_access"]),
        first_hour=fill.each(data["first_hour"][language]),
        prevention=fill.each(plan["prevention"]),
        evaluation=fill(plan["evaluation"]),
        tiers=_tiers(language),
        escalation=_escalation(language),
        scenarios=tuple(
            scenario_starter(kind, sector, language) for kind in PRESETS[sector].scenarios
        ),
        legal_clocks=_legal_clocks(sector, language),
        triage=tuple(
            TriageRule(
                criterion=criterion,
                question=fill(data["triage"][criterion.code][language]),
                raises_to=Severity.parse(data["triage"][criterion.code]["raises_to"]),
                model_text=True,
            )
            for criterion in TriageCriterion
            if criterion is not TriageCriterion.OTHER
        ),
        responses=tuple(
            Response(
                kind=kind,
                when=fill(data["responses"][kind.code][language]["when"]),
                decides=data["responses"][kind.code]["decides"],
                action=fill(data["responses"][kind.code][language]["action"]),
                model_text=True,
            )
            for kind in ResponseKind
        ),
        stakeholders=tuple(
            Stakeholder(
                kind=StakeholderKind.parse(code),
                informs=entry["informs"],
                within_hours=float(entry["within_hours"]),
                how=fill(entry[language]),
                model_text=True,
            )
            for code, entry in data["stakeholders"].items()
        ),
        principles=tuple(
            Principle(
                principle=principle,
                meaning=fill(data["principles"][principle.code][language]),
                model_text=True,
            )
            for principle in MessagePrinciple
        ),
        model_texts=MODEL_TEXT_FIELDS,
    )
