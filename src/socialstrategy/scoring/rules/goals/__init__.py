"""Goals: serving the primary processes, SMART, and carried by channels and actions.

Sources: the book review (seed 003: "sociale media geen doel op zich … gekoppeld aan de
primaire processen"; "eerst denken, dan doen"); SMART goals and the Altimeter finding
that only 34% tie social strategy to outcomes (DOMAIN.md, figures).
"""

# The order registers the rules, and is their order in docs/rules.md.
# isort: off
from socialstrategy.scoring.rules.goals import purpose
from socialstrategy.scoring.rules.goals import measures
from socialstrategy.scoring.rules.goals import links
from socialstrategy.scoring.rules.goals import indicators
from socialstrategy.scoring.rules.goals import progress
# isort: on

__all__ = ["indicators", "links", "measures", "progress", "purpose"]
