"""A part of the plan read whole in the planner: every model text in it, in the
documents' words, names for ids, in both languages."""

from __future__ import annotations

import datetime as dt
import re

import attrs
import pytest

import socialstrategy as ss
from socialstrategy.export.documents.parts import PARTS, part_markdown
from socialstrategy.model.paths import get_at
from socialstrategy.model.starters import unreviewed

TODAY = dt.date(2026, 12, 5)


def _prose(value: object) -> list[str]:
    """The texts a person wrote in *value* (sentences, not ids or one-word labels)."""
    if isinstance(value, str):
        return [value] if " " in value.strip() else []
    if isinstance(value, tuple):
        return [s for item in value for s in _prose(item)]
    if attrs.has(type(value)):
        return [s for f in attrs.fields(type(value)) for s in _prose(getattr(value, f.name))]
    return []


def _plain(markdown: str) -> str:
    """Markdown as a reader sees its words: escapes and entities undone, one space."""
    text = re.sub(r"\\(.)", r"\1", markdown).replace("&amp;", "&")
    return " ".join(text.replace("&lt;", "<").replace("&gt;", ">").split())


def _paths(s: ss.Strategy, part: str) -> tuple[str, ...]:
    if part == "crisis":  # the crisis plan's own fields, not its lists
        return tuple(f"crisis.{name}" for name in s.crisis.model_texts)
    if part == "crisis.all":  # the whole plan, lists and own fields
        return ("crisis",)
    if part == "guidelines.all":
        return ("guidelines", "media_guidance")
    return (part,)


@pytest.mark.parametrize("sector", list(ss.Sector))
@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_model_text_of_a_part_is_there_to_read(sector: ss.Sector, language: str) -> None:
    s = ss.new_strategy(sector, "Stichting Proef")
    report = ss.score(s, today=TODAY)
    read = 0
    for part in PARTS:
        shown = _plain(part_markdown(s, report, part, language, TODAY))  # type: ignore[arg-type]
        for path in unreviewed(s, *_paths(s, part)):
            for text in _prose(get_at(s, path)):
                assert " ".join(text.split()) in shown, (part, path, text)
                read += 1
    assert read > 60  # every part of a sector plan holds model texts to read


def test_ids_are_shown_by_name() -> None:
    s = ss.new_strategy(ss.Sector.DISABILITY_CARE, "Stichting Proef")
    report = ss.score(s, today=TODAY)
    shown = part_markdown(s, report, "crisis.scenarios", "nl", TODAY)
    lead = s.crisis.scenarios[0].lead
    assert lead
    role = next(r.name for r in s.organisation.roles if r.id == lead)
    assert f"**Leiding:** {role}" in shown
    assert lead not in re.sub(r"\\(.)", r"\1", shown).replace(role, "")
