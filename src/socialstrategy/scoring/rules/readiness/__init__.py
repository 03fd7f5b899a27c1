"""Readiness: the nine check questions of the Q&A, answered honestly and backed up.

Sources: the Q&A on making media use discussable (seed 000), whose nine check questions
are the readiness area; a "yes" must be shown by the rest of the plan (what clients do
online, the media guidance vision, reviews still to come, structural attention,
conversations that collect the questions of staff, clients and relatives, the
kartrekker, prevention, the crisis plan, the training), else it counts for no more than
"partly". DOMAIN.md ("Making it discussable and embedding it") for the kartrekker and
structural attention; the Q&A's advice to bundle what comes up in conversations and
councils for question 5; the book review (seed 003: social media change fast) for
question 3.
"""

# The order registers the rules, and is their order in docs/rules.md.
# isort: off
from socialstrategy.scoring.rules.readiness import answers
from socialstrategy.scoring.rules.readiness import evidence
# isort: on

__all__ = ["answers", "evidence"]
