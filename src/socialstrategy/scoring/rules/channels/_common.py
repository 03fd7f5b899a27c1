"""Helpers shared by the channel rules."""

from __future__ import annotations

from typing import Final

from socialstrategy.i18n import Text
from socialstrategy.vocab import ChannelKind, Purpose, Sector

_BOOK = "Gulden & Van der Wurff, Social media in zorg en welzijn (seed 003)"
_WEBCARE = (
    "DOMAIN.md figures (Dutch webcare: 53% expect an answer within an hour; 49% got no"
    " answer in the evening)"
)

#: Purposes where people write to us and wait for an answer.
CONVERSATION: Final = frozenset({Purpose.DIALOGUE, Purpose.WEBCARE, Purpose.ONLINE_CARE})
#: Platforms of third parties, where the public can comment and messages leave our hands.
SOCIAL_PLATFORMS: Final = frozenset(
    {
        ChannelKind.FACEBOOK,
        ChannelKind.INSTAGRAM,
        ChannelKind.LINKEDIN,
        ChannelKind.X,
        ChannelKind.YOUTUBE,
        ChannelKind.TIKTOK,
        ChannelKind.WHATSAPP,
    }
)
#: Platforms where anyone can comment under what we post.
_PUBLIC: Final = SOCIAL_PLATFORMS - {ChannelKind.WHATSAPP}
#: Platforms unfit for client contact: commercial apps outside the client file.
_UNSAFE_FOR_CLIENTS: Final = SOCIAL_PLATFORMS - {ChannelKind.YOUTUBE}
#: Channels people use at a set time, not ones where a message waits for an answer.
_SYNCHRONOUS: Final = frozenset({ChannelKind.VIDEO_CALLING})
#: The remedy for a small organisation (Governance.small): not evening and weekend
#: staffing, but saying on the channel when it answers, and where urgent matters go.
_SAY_WHEN: Final = Text(
    "Zet op het kanaal wanneer je reageert, bijvoorbeeld 'we reageren op werkdagen binnen"
    " 24 uur', en leg vast wanneer iemand het kanaal bekijkt; verwijs voor spoed naar"
    " {urgent}. De reactietijd telt dan op werkdagen.",
    "Say on the channel when you answer, for example 'we answer on working days within"
    " 24 hours', and record when someone looks at the channel; refer urgent matters to"
    " {urgent}. The response time then counts on working days.",
)
#: Longest first response people accept on social media, in hours.
_SOCIAL_PROMISE: Final = 24
#: Sectors whose clients review them a lot (Google, ZorgkaartNederland, Independer),
#: each as a message names an organisation of it.
_REVIEWED_SECTORS: Final = {
    Sector.HOSPITAL: Text("een ziekenhuis", "a hospital"),
    Sector.GP_CARE: Text("een huisartsenpraktijk", "a GP practice"),
    Sector.ELDERLY_CARE: Text("een ouderenzorgorganisatie", "an elderly care organisation"),
}
_REVIEWS = (
    "DOMAIN.md sector specifics (ZorgkaartNederland: the organisation answers; the editors"
    " mediate, never hand out the reviewer's details)"
)
