"""Making it discussable: a kick-off, the councils, conversation starters, and structurally.

Sources: the Q&A "Hoe maken we mediagebruik bespreekbaar met medewerkers, cliënten en
verwanten?" (seed 000: kick-off or launch, statements to react to without judgement,
conversation starters such as the MediaJungle cards, an incident or question as a
starter, the relatives' and client council, teams organising their own sessions, "niet
bij een eenmalig project of enkele bijeenkomst", and check questions 4, 5 and 6); the
Leukeronline section of DOMAIN.md (one *kartrekker* while everyone stays responsible;
client and relatives' councils); participation bodies per sector (DOMAIN.md sector
specifics: verwantenraad in disability and elderly care, jongerenraad in youth care).
"""

# The order registers the rules, and is their order in docs/rules.md.
# isort: off
from socialstrategy.scoring.rules.engagement import activities
from socialstrategy.scoring.rules.engagement import ownership
from socialstrategy.scoring.rules.engagement import participation
# isort: on

__all__ = ["activities", "ownership", "participation"]
