"""Profile: who the organisation is, and a document that is owned and kept up to date.

Sources: the book review (seed 003: social media "gekoppeld aan de primaire processen";
support from directors and managers); the Q&A (seed 000: take the topic to the
cliëntenraad and verwantenraad; someone responsible); DOMAIN.md sector specifics
(participation bodies per sector) and guidelines #15 (works council's advice, a review
date); the Wmcz 2018 (a client council for care providers) and the WOR (a works council
from 50 employees), as the governance in effect reads them (:mod:`model.governance`).
"""

# The order registers the rules, and is their order in docs/rules.md.
# isort: off
from socialstrategy.scoring.rules.profile import organisation
from socialstrategy.scoring.rules.profile import participation
from socialstrategy.scoring.rules.profile import review
from socialstrategy.scoring.rules.profile import contradictions
from socialstrategy.scoring.rules.profile import accepted
from socialstrategy.scoring.rules.profile import lifecycle
# isort: on

__all__ = [
    "accepted",
    "contradictions",
    "lifecycle",
    "organisation",
    "participation",
    "review",
]
