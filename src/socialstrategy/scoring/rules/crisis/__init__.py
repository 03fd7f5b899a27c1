"""Crisis and incident plan: tiers, escalation, scenarios, legal clocks and aftercare.

Sources: DOMAIN.md "A crisis and webcare plan" items 1-12 (CDC CERC principles, the
Dutch communication guideline for forensic care: incident / calamiteit / crisis and the
process message, webcare escalation ladders); the legal clocks of Dutch care (AVG art. 33:
a data leak to the Autoriteit Persoonsgegevens within 72 hours; Wkkgz: calamities to the
IGJ, complaints through the klachtenfunctionaris); the Q&A check questions 7 ("weten we
hoe we incidenten kunnen voorkomen?") and 8 ("weten we wat we moeten doen in het geval
van een incident?") (seed 000); the book's chapter on complaints and crisis communication
(seed 003).

Crisis plan, the parts that decide and inform: triage, the response decision tree,
the stakeholder map and the message principles (DOMAIN.md crisis skeleton #3, #4, #9, #10).

Sources: CDC's CERC principles (be first, be right, be credible, express empathy,
promote action, show respect); the Dutch communication guideline for forensic care
(inside and outside informed in parallel; speak only about your own domain); webcare
response decision trees (monitor, correct, restore, escalate); Wkkgz art. 11 (calamities
reported to the IGJ). Their codes run from CRIS101 so they never meet those of the
plan's backbone, which grows from CRIS001.
"""

# The order registers the rules, and is their order in docs/rules.md.
# isort: off
from socialstrategy.scoring.rules.crisis import plan
from socialstrategy.scoring.rules.crisis import escalation
from socialstrategy.scoring.rules.crisis import tiers
from socialstrategy.scoring.rules.crisis import scenarios
from socialstrategy.scoring.rules.crisis import prevention
from socialstrategy.scoring.rules.crisis import legal_clocks
from socialstrategy.scoring.rules.crisis import fit
from socialstrategy.scoring.rules.crisis import triage
from socialstrategy.scoring.rules.crisis import responses
from socialstrategy.scoring.rules.crisis import stakeholders
from socialstrategy.scoring.rules.crisis import principles
# isort: on

__all__ = [
    "escalation",
    "fit",
    "legal_clocks",
    "plan",
    "prevention",
    "principles",
    "responses",
    "scenarios",
    "stakeholders",
    "tiers",
    "triage",
]
