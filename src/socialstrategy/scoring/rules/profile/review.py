"""Profile: the plan's author and review dates."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from socialstrategy import fmt
from socialstrategy.scoring import codes
from socialstrategy.scoring.areas import Area, Level
from socialstrategy.scoring.rule import Hit, rule
from socialstrategy.scoring.rules._checks import date_passed, empty
from socialstrategy.scoring.rules._edit import within
from socialstrategy.scoring.rules.profile._common import _QA, _dates

if TYPE_CHECKING:
    from collections.abc import Iterator

    from socialstrategy.scoring.context import Context


no_author = rule(
    "PROF010",
    "no-author",
    area=Area.PROFILE,
    level=Level.ADVICE,
    title=("Geen eigenaar van het document", "No owner of the document"),
    message=(
        "Er staat niet wie het document heeft geschreven of beheert.",
        "The document does not say who wrote or owns it.",
    ),
    fix=(
        "Vul de auteur of eigenaar in: bij wie kun je terecht met vragen en wijzigingen?",
        "Fill in the author or owner: who takes questions and changes?",
    ),
    source=f"{_QA} (someone responsible); seed 003 (support from directors and managers)",
    weight=5,
    fires=within("meta", author=""),
    passes=within("meta", author="Manager communicatie"),
)(empty("meta.author"))


no_review_date = rule(
    "PROF011",
    "no-review-date",
    area=Area.PROFILE,
    level=Level.WARNING,
    title=("Geen herzieningsdatum", "No review date"),
    message=(
        "Er staat geen datum voor de volgende herziening; sociale media veranderen snel.",
        "There is no date for the next review; social media change fast.",
    ),
    fix=(
        "Plan de volgende herziening, uiterlijk over een jaar.",
        "Plan the next review, at most a year from now.",
    ),
    source="DOMAIN.md guidelines #15 (a review date); Q&A question 3 (future-proof)",
    weight=15,
    fires=within("meta", next_review=None),
    passes=within("meta", next_review=dt.date(2027, 6, 1)),
)(empty("meta.next_review"))


review_date_passed = rule(
    codes.REVIEW_DATE_PASSED,
    "review-date-passed",
    area=Area.PROFILE,
    level=Level.ERROR,
    title=("Herziening verlopen", "Review overdue"),
    message=(
        "De strategie had op {date} herzien moeten worden; die datum is voorbij.",
        "The strategy was due for review on {date}; that date has passed.",
    ),
    fix=(
        "Herzie de strategie, verhoog het revisienummer en plan de volgende herziening.",
        "Review the strategy, raise the revision number and plan the next review.",
    ),
    source="DOMAIN.md guidelines #15 (a review date); Q&A question 3 (future-proof)",
    weight=25,
    fires=within("meta", last_reviewed=dt.date(2025, 6, 1), next_review=dt.date(2026, 6, 1)),
    # Due today is not yet overdue (the tests score on 23 November 2026).
    passes=within("meta", next_review=dt.date(2026, 11, 23)),
)(date_passed("meta.next_review", _dates))


@rule(
    "PROF013",
    "review-date-far-off",
    area=Area.PROFILE,
    level=Level.ADVICE,
    title=("Herziening ver weg", "Review far off"),
    message=(
        "De volgende herziening staat pas op {date}, meer dan een jaar vooruit;"
        " kanalen en risico's veranderen sneller.",
        "The next review is not until {date}, more than a year ahead; channels"
        " and risks change faster.",
    ),
    fix=(
        "Herzie de strategie ten minste jaarlijks, ook als het plan voor meer jaren geldt.",
        "Review the strategy at least yearly, even when the plan covers several years.",
    ),
    source="Q&A question 3 (future-proof) and structural attention (seed 000)",
    weight=5,
    fires=within("meta", next_review=dt.date(2028, 12, 31)),
    passes=within("meta", next_review=dt.date(2027, 10, 1)),
)
def review_date_far_off(ctx: Context) -> Iterator[Hit]:
    due = ctx.strategy.meta.next_review
    if due is not None and due > fmt.years_later(ctx.today, 1):
        yield Hit("meta.next_review", _dates(due))
