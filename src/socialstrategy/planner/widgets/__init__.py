"""Reusable pieces of the planner's pages: headers, findings, fields and lists.

Fields take the model's value and the field path, and return the (possibly edited)
value; pages build a new strategy from what they return and hand it to
:func:`socialstrategy.planner.state.update`. Keys come from :func:`state.key`, so a
widget always starts from the model when a step is entered or a plan is (re)opened.

One module per kind of piece, all used through this package (``widgets.header(...)``):

- ``_language``: the manager's language and the planner's strings in it (``t``);
- ``_step``: a step's header, example, sections and links to other steps;
- ``_findings``: findings beside the parts they are about, one box per rule;
- ``_fields``: text, dates, numbers and switches, and ``build``;
- ``_choices``: terms of a vocabulary and other parts of the plan by name;
- ``_from_plan``: fields offering what the plan already says (``who``, ``same_as``);
- ``_lists``: a list part edited one item at a time (``pick``, ``add_remove``);
- ``_model_text``: the "Modeltekst" notices and the read-as-a-document dialog.
"""

from __future__ import annotations

from socialstrategy.planner.widgets._choices import (
    optional_term,
    ref,
    refs,
    term,
    terms,
    unique_labels,
)
from socialstrategy.planner.widgets._fields import build, date, flag, number, text, whole
from socialstrategy.planner.widgets._findings import (
    LEVEL_ICONS,
    FindingSlots,
    finding_list,
    findings,
)
from socialstrategy.planner.widgets._from_plan import same_as, who
from socialstrategy.planner.widgets._language import language, settle_language, t, words
from socialstrategy.planner.widgets._lists import add_remove, pick
from socialstrategy.planner.widgets._model_text import starter_notice, whole_notice
from socialstrategy.planner.widgets._step import (
    example,
    header,
    link,
    page_path,
    require_strategy,
    section,
    step_links,
)

__all__ = [
    "LEVEL_ICONS",
    "FindingSlots",
    "add_remove",
    "build",
    "date",
    "example",
    "finding_list",
    "findings",
    "flag",
    "header",
    "language",
    "link",
    "number",
    "optional_term",
    "page_path",
    "pick",
    "ref",
    "refs",
    "require_strategy",
    "same_as",
    "section",
    "settle_language",
    "starter_notice",
    "step_links",
    "t",
    "term",
    "terms",
    "text",
    "unique_labels",
    "who",
    "whole",
    "whole_notice",
    "words",
]
