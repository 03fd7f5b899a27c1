"""Who wrote the strategy, which revision it is, when it is reviewed, and which findings
the organisation decided to live with (``[[meta.accepted]]``)."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, Final

import attrs

from socialstrategy.i18n import Language, Text
from socialstrategy.model._fields import FieldError, count, day, doc, line

#: What a rule code looks like (GOAL003): the scoring registry holds the same pattern.
RULE_CODE_PATTERN: Final = r"^[A-Z]{3,5}[0-9]{3}$"
_RULE_CODE: Final = re.compile(RULE_CODE_PATTERN)


def _check_rule(_: object, attribute: attrs.Attribute[Any], value: str) -> None:
    if not _RULE_CODE.fullmatch(value):
        raise FieldError(
            attribute.name,
            Text(
                nl=f"'{value}' is geen regelcode zoals GOAL003",
                en=f"'{value}' is not a rule code like GOAL003",
            ),
        )


@attrs.frozen(kw_only=True)
class Acceptance:
    """A finding the organisation decided to live with: which rule, why, and until when.

    Like a linter's ``noqa``, but with a reason and a date: an accepted finding costs no
    points and is listed as accepted in every report; an acceptance without a reason, of
    an unknown rule, or past its *until* date does not apply (a finding says so).
    """

    rule: str = doc(
        "Code of the rule whose findings are accepted (GOAL003).",
        pattern=RULE_CODE_PATTERN,
        validator=_check_rule,
    )
    path: str = line(
        "Only the finding at this part (goals[2]) and the parts in it; empty: every"
        " finding of the rule."
    )
    reason: str = line(
        "Why the organisation lives with it, and who decided; without a reason the"
        " acceptance does not apply."
    )
    until: dt.date | None = day("Until when the acceptance holds; after it the finding is back.")


@attrs.frozen(kw_only=True)
class Meta:
    """The strategy document itself."""

    title: str = line("Title of the strategy document.")
    author: str = line("Who wrote or owns the document.")
    revision: int = count("Revision number, raised on every adopted change.", minimum=1, default=1)
    language: Language = doc("Language the content is written in.", default="nl")
    last_reviewed: dt.date | None = day("When the strategy was last reviewed.")
    next_review: dt.date | None = day("When the strategy is reviewed next.")
    accepted: tuple[Acceptance, ...] = doc(
        "Findings the organisation decided to live with, each with a reason and a date.",
        default=(),
    )
