"""Channels: serving goals and audiences, run by someone, and answering when promised.

Sources: the book review (seed 003: "sociale media geen doel op zich"; channels for
profiling with content, online care, complaints and crisis communication); the Dutch
webcare figures in DOMAIN.md (53% expect an answer within an hour, 49% got no answer in
the evening: evenings and weekends are the weak spot); DOMAIN.md crisis #2 and #6
(monitoring, owner, hours covered, response-time targets per channel) and guidelines
#14 (client contact over WhatsApp or DM); ZorgkaartNederland (DOMAIN.md, sector
specifics): review sites, like a professional's own account, cannot be closed by the
organisation, so no rule advises stopping them; they are claimed, watched and answered.

The one piece of arithmetic, :func:`longest_unwatched_stretch`, finds the longest
stretch of a week in which nobody watches a channel, so a response-time promise can be
held against the moderation hours.
"""

# The order registers the rules, and is their order in docs/rules.md.
# isort: off
from socialstrategy.scoring.rules.channels import week
from socialstrategy.scoring.rules.channels import links
from socialstrategy.scoring.rules.channels import response
from socialstrategy.scoring.rules.channels import platforms
from socialstrategy.scoring.rules.channels import watching
from socialstrategy.scoring.rules.channels import review_sites

# isort: on
from socialstrategy.scoring.rules.channels.week import Stretch, longest_unwatched_stretch

__all__ = [
    "Stretch",
    "links",
    "longest_unwatched_stretch",
    "platforms",
    "response",
    "review_sites",
    "watching",
    "week",
]
