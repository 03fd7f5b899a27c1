"""Table-top exercises per scenario kind: the situation in three injects, and the questions
the team answers at each.

A table-top exercise (*table-top oefening*) runs a scenario on paper against the clock: the
leader reads an inject, the team answers its questions with the plan on the table, and
what the plan did not answer becomes an action. Three injects follow how an incident
online grows in care: a first message, spread and the press, then the people close to it
(relatives, staff, a regulator). No exercise names a real person; ``{client}``,
``{clients}``, ``{records}``, ``{representative}`` and ``{organisation}`` are filled in
with the sector's words and the plan's name (:func:`drill`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from socialstrategy.i18n import Text
from socialstrategy.vocab.crisis import LegalClockKind, ScenarioKind
from socialstrategy.vocab.drills import _people, _privacy, _reputation
from socialstrategy.vocab.drills._inject import DrillInject, Inject
from socialstrategy.vocab.sector_words import SECTOR_WORDS

if TYPE_CHECKING:
    from socialstrategy.i18n import Language
    from socialstrategy.vocab.organisation import Sector

#: Every scenario kind's exercise, in the order of the vocabulary.
_ALL: Final = {**_privacy.EXERCISES, **_reputation.EXERCISES, **_people.EXERCISES}
DRILLS: Final[dict[ScenarioKind, tuple[Inject, Inject, Inject]]] = {
    kind: _ALL[kind] for kind in ScenarioKind
}

#: The legal and procedural clocks that may start running in each scenario.
CLOCKS: Final[dict[ScenarioKind, tuple[LegalClockKind, ...]]] = {
    ScenarioKind.DATA_LEAK: (LegalClockKind.DATA_LEAK_AUTHORITY,),
    ScenarioKind.PRIVACY_BREACH: (
        LegalClockKind.DATA_LEAK_AUTHORITY,
        LegalClockKind.COMPLAINTS_OFFICER,
    ),
    ScenarioKind.NEGATIVE_VIRAL: (LegalClockKind.COMPLAINTS_OFFICER,),
    ScenarioKind.NEGATIVE_REVIEW: (
        LegalClockKind.RATING_SITE_RESPONSE,
        LegalClockKind.COMPLAINTS_OFFICER,
    ),
    ScenarioKind.EMPLOYEE_MISCONDUCT: (
        LegalClockKind.COMPLAINTS_OFFICER,
        LegalClockKind.DATA_LEAK_AUTHORITY,
    ),
    ScenarioKind.CALAMITY: (LegalClockKind.CALAMITY_INSPECTORATE,),
    ScenarioKind.MISINFORMATION: (),
    ScenarioKind.ACCOUNT_HACKED: (LegalClockKind.DATA_LEAK_AUTHORITY,),
    ScenarioKind.THREAT: (),
    ScenarioKind.CLIENT_ONLINE_HARM: (),
    ScenarioKind.OTHER: tuple(LegalClockKind),
}

_WE: Final = Text("de organisatie", "the organisation")


def drill(
    kind: ScenarioKind, sector: Sector, organisation: str, language: Language
) -> tuple[DrillInject, ...]:
    """The three injects of *kind*'s exercise in *language*, in the sector's words."""
    words = SECTOR_WORDS[sector]
    fill = {
        "client": words.client.get(language),
        "clients": words.clients.get(language),
        "records": words.records.get(language),
        "representative": words.representatives.get(language),
        "organisation": organisation or _WE.get(language),
    }
    return tuple(
        DrillInject(
            inject.minute,
            inject.situation.get(language).format(**fill),
            tuple(q.get(language).format(**fill) for q in inject.questions),
        )
        for inject in DRILLS[kind]
    )


__all__ = ["CLOCKS", "DRILLS", "DrillInject", "Inject", "drill"]
