"""Guideline: consent for images of clients."""

from __future__ import annotations

from typing import TYPE_CHECKING

from socialstrategy.scoring import codes
from socialstrategy.scoring.areas import Area, Level
from socialstrategy.scoring.rule import Hit, rule
from socialstrategy.scoring.rules._edit import chain, within
from socialstrategy.scoring.rules.guidelines._common import (
    _ADULTS_ONLY,
    _CONSENT,
    _consent,
    _written,
)
from socialstrategy.vocab import Sector

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from socialstrategy.model import ConsentPolicy
    from socialstrategy.scoring.context import Context


# --- consent for images of clients ------------------------------------------------------


def _consent_hit(
    ctx: Context, missing: Callable[[ConsentPolicy], bool], field: str
) -> Iterator[Hit]:
    if _written(ctx) and missing(ctx.strategy.guidelines.consent):
        yield Hit(f"guidelines.consent.{field}")


@rule(
    "GUID011",
    "consent-not-recorded",
    area=Area.GUIDELINES,
    level=Level.WARNING,
    title=("Toestemming niet vastgelegd", "Consent not recorded"),
    message=(
        "Er staat niet waar de toestemming voor foto's en video van {clients} wordt"
        " vastgelegd: bij twijfel kan niemand nagaan of het mocht.",
        "It does not say where consent for photos and video of {clients} is recorded: when"
        " in doubt, nobody can check it was given.",
    ),
    fix=(
        "Leg toestemming vooraf en per doel vast op één vaste plek, bijvoorbeeld in"
        " {records}, en controleer die vóór je iets plaatst.",
        "Record consent beforehand and per purpose in one place, such as {records}, and"
        " check it before posting anything.",
    ),
    source=_CONSENT,
    weight=12,
    fires=_consent(recorded_in=""),
    passes=_consent(recorded_in="Het elektronisch cliëntdossier (ECD)"),
)
def consent_not_recorded(ctx: Context) -> Iterator[Hit]:
    yield from _consent_hit(ctx, lambda c: not c.recorded_in.strip(), "recorded_in")


@rule(
    codes.PARENTS_CONSENT_MISSING,
    "parents-consent-missing",
    area=Area.GUIDELINES,
    level=Level.WARNING,
    title=("Toestemming ouders niet geregeld", "Parents' consent not arranged"),
    message=(
        "Voor kinderen onder de 16 is niet geregeld dat hun ouders toestemming geven voor beeld.",
        "For children under 16, it is not arranged that their parents consent to images.",
    ),
    fix=(
        "Vraag voor cliënten onder de 16 toestemming aan de ouders of voogd (en vanaf 12"
        " ook aan het kind zelf) en leg die vast.",
        "For clients under 16, ask the parents or guardian for consent (and from 12 the"
        " child too) and record it.",
    ),
    source=_CONSENT + "; AVG/UAVG art. 5 (consent under 16)",
    weight=8,
    fires=_consent(parents_under_16=False),
    passes=chain(
        _consent(parents_under_16=False), within("organisation", sector=Sector.ELDERLY_CARE)
    ),
)
def parents_consent_missing(ctx: Context) -> Iterator[Hit]:
    if ctx.strategy.organisation.sector in _ADULTS_ONLY:
        return
    yield from _consent_hit(ctx, lambda c: not c.parents_under_16, "parents_under_16")


@rule(
    codes.REPRESENTATIVE_CONSENT_MISSING,
    "representative-consent-missing",
    area=Area.GUIDELINES,
    level=Level.WARNING,
    title=(
        "Toestemming wettelijk vertegenwoordiger niet geregeld",
        "Legal representative's consent not arranged",
    ),
    message=(
        "Niet geregeld is dat de wettelijk vertegenwoordiger toestemming geeft voor cliënten"
        " die dat zelf niet kunnen.",
        "It is not arranged that the legal representative consents for clients who cannot"
        " do so themselves.",
    ),
    fix=(
        "Vraag bij cliënten met een mentor, curator of andere wettelijk vertegenwoordiger"
        " diens toestemming, en leg vast wie dat is.",
        "For clients with a mentor, guardian or other legal representative, ask their"
        " consent and record who they are.",
    ),
    source=_CONSENT + " (the legal representative where there is one)",
    weight=8,
    fires=_consent(legal_representative=False),
    passes=_consent(parents_under_16=False),
)
def representative_consent_missing(ctx: Context) -> Iterator[Hit]:
    yield from _consent_hit(ctx, lambda c: not c.legal_representative, "legal_representative")


@rule(
    "GUID014",
    "consent-withdrawal-missing",
    area=Area.GUIDELINES,
    level=Level.ADVICE,
    title=("Intrekken toestemming niet geregeld", "Withdrawing consent not arranged"),
    message=(
        "Er staat niet hoe een cliënt of verwant toestemming intrekt en wat er dan met de"
        " beelden gebeurt.",
        "It does not say how a client or relative withdraws consent and what then happens"
        " to the images.",
    ),
    fix=(
        "Beschrijf hoe intrekken werkt (net zo makkelijk als geven) en binnen welke termijn"
        " beelden offline gaan.",
        "Describe how consent is withdrawn (as easily as it is given) and how soon images"
        " come offline.",
    ),
    source=_CONSENT + "; AVG art. 7(3) (withdrawing as easy as giving)",
    weight=5,
    fires=_consent(withdrawal=""),
    passes=_consent(withdrawal="Mondeling bij de begeleider; die legt het vast."),
)
def consent_withdrawal_missing(ctx: Context) -> Iterator[Hit]:
    yield from _consent_hit(ctx, lambda c: not c.withdrawal.strip(), "withdrawal")
