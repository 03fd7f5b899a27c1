"""Profile: participation that contradicts the bodies listed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from socialstrategy.i18n import Text
from socialstrategy.scoring.areas import Area, Level
from socialstrategy.scoring.rule import Hit, rule
from socialstrategy.scoring.rules._edit import within
from socialstrategy.scoring.rules.profile._common import _CLIENT_VOICES
from socialstrategy.vocab import ClientParticipation, ParticipationBody, StaffRepresentation

if TYPE_CHECKING:
    from collections.abc import Iterator

    from socialstrategy.scoring.context import Context


def _contradictions(ctx: Context) -> Iterator[tuple[str, str, str, str, str]]:
    """(field, body in Dutch, in English, recorded choice in Dutch, in English) where the
    bodies name a council the recorded governance says is not there."""
    org = ctx.strategy.organisation
    staff, clients = org.staff_representation, org.client_participation
    if (
        staff not in {None, StaffRepresentation.WORKS_COUNCIL}
        and ParticipationBody.WORKS_COUNCIL in org.bodies
    ):
        assert staff is not None
        yield (
            "staff_representation",
            "een ondernemingsraad",
            "a works council",
            staff.label("nl").lower(),
            staff.label("en").lower(),
        )
    if clients not in {None, ClientParticipation.CLIENT_COUNCIL} and _CLIENT_VOICES.intersection(
        org.bodies
    ):
        assert clients is not None
        yield (
            "client_participation",
            "een cliëntenraad",
            "a client council",
            clients.label("nl").lower(),
            clients.label("en").lower(),
        )


@rule(
    "PROF014",
    "participation-contradicts-bodies",
    area=Area.PROFILE,
    level=Level.ADVICE,
    title=("Medezeggenschap spreekt zichzelf tegen", "Participation contradicts itself"),
    message=(
        "De medezeggenschap noemt {body}, maar bij wie meepraat staat '{recorded}':"
        " de adviezen gaan uit van dat laatste.",
        "The participation bodies name {body}, but who has a say is recorded as"
        " '{recorded}': the advice follows the latter.",
    ),
    fix=(
        "Maak de twee gelijk: haal de raad weg bij de medezeggenschap, of kies hem bij"
        " 'Wie stelt vast, wie praat mee'.",
        "Make the two agree: remove the council from the participation bodies, or choose"
        " it under 'Who adopts, who has a say'.",
    ),
    source="WOR art. 2 and 35c; Wmcz 2018 (the governance in effect, model/governance.py)",
    weight=5,
    mode="each",
    fires=within("organisation", staff_representation=StaffRepresentation.NONE),
    passes=within("organisation", staff_representation=StaffRepresentation.WORKS_COUNCIL),
)
def participation_contradicts_bodies(ctx: Context) -> Iterator[Hit]:
    for field, body_nl, body_en, recorded_nl, recorded_en in _contradictions(ctx):
        yield Hit(
            f"organisation.{field}",
            {
                "body": Text(body_nl, body_en),
                "recorded": Text(recorded_nl, recorded_en),
            },
        )
