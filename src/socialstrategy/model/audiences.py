"""Audiences: who we want to reach, what they do online and what they need from us."""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from socialstrategy.model._fields import doc, id_field, line, text
from socialstrategy.model.people import distinct
from socialstrategy.vocab import AudienceKind, ChannelKind

if TYPE_CHECKING:
    from socialstrategy.model.strategy import Strategy


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


def insight_sources(strategy: Strategy) -> tuple[str, ...]:
    """How the plan knows what its audiences do online: each source it names, once, in
    the audiences' order (a survey or a council often tells about several audiences)."""
    return tuple(distinct(a.insight_source for a in strategy.audiences).values())
