"""Decisions about people and hours: a kartrekker, webcare capacity for evenings and weekends."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from socialstrategy import fmt
from socialstrategy.i18n import LANGUAGES, Language, Text
from socialstrategy.model.governance import governance
from socialstrategy.scoring import codes
from socialstrategy.scoring.decisions._decision import Decision

if TYPE_CHECKING:
    from collections.abc import Iterator

    from socialstrategy.model import Strategy
    from socialstrategy.scoring.report import Report

_CHANNEL_PATH: Final = re.compile(r"^channels\[(\d+)\]")


def kartrekker(fired: set[str]) -> Iterator[Decision]:
    if codes.NO_KARTREKKER in fired:
        yield Decision(
            "appoint-kartrekker",
            Text(
                "Wijs een kartrekker aan die sociale media blijvend op de agenda houdt, met"
                " tijd en mandaat daarvoor.",
                "Appoint a lead (kartrekker) who keeps social media on the agenda, with the"
                " time and mandate to do so.",
            ),
            Text(
                "Niemand is verantwoordelijk om het onderwerp onder de aandacht te houden.",
                "Nobody is responsible for keeping the topic on the agenda.",
            ),
        )


def _hours(value: float, language: Language) -> str:
    text = fmt.number(value, language, digits=1)
    if language == "nl":
        return f"{text} uur"
    return f"{text} hour" if value == 1 else f"{text} hours"


def webcare(strategy: Strategy, report: Report) -> Iterator[Decision]:
    indexes: list[int] = []
    for finding in report.findings:
        match = _CHANNEL_PATH.match(finding.path)
        if (
            finding.code == codes.RESPONSE_TIME_NOT_COVERED
            and match
            and int(match[1]) not in indexes
        ):
            indexes.append(int(match[1]))
    channels = [strategy.channels[i] for i in indexes if i < len(strategy.channels)]
    if not channels:
        return
    names = {
        language: "; ".join(
            f"{c.name or c.kind.label(language)} ({_hours(c.response_hours or 0, language)})"
            for c in channels
        )
        for language in LANGUAGES
    }
    if governance(strategy.organisation).small:
        # Too small to staff evenings and weekends: promise what working days can keep.
        text = Text(
            "Stel de beloofde reactietijd bij tot wat op werkdagen haalbaar is en laat op"
            " het kanaal zetten wanneer er gereageerd wordt.",
            "Adjust the promised response time to what working days can keep, and have"
            " the channel say when it is answered.",
        )
    else:
        text = Text(
            "Stel capaciteit beschikbaar voor webcare in de avonden en weekenden, of stel"
            " de beloofde reactietijd bij.",
            "Approve webcare capacity for evenings and weekends, or adjust the promised"
            " response time.",
        )
    yield Decision(
        "webcare-capacity",
        text,
        Text(
            "Buiten de bezettingstijden is de beloofde reactietijd niet waar te maken bij: "
            f"{names['nl']}.",
            f"Outside the moderation hours the promised response time cannot be kept on: "
            f"{names['en']}.",
        ),
    )


__all__ = ["kartrekker", "webcare"]
