"""Audiences: who we want to reach, what they do online and what they need from us."""

from __future__ import annotations

import attrs

from socialstrategy.model._fields import doc, id_field, line, text
from socialstrategy.vocab import AudienceKind, ChannelKind


@attrs.frozen(kw_only=True)
class Audience:
    """An audience (doelgroep)."""

    id: str = id_field("audience")
    kind: AudienceKind = doc("Kind of audience.")
    name: str = line("Name as the organisation uses it, e.g. 'Bewoners en hun naasten'.")
    online_behaviour: str = text("What this audience does online.")
    needs: str = text("What this audience needs from us.")
    insight_source: str = text("How we know: survey, client council, platform figures.")
    platforms: tuple[ChannelKind, ...] = doc("Platforms this audience uses.", default=())
