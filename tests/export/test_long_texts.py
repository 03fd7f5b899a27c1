"""Titles and names as long as the model allows export in every format and document."""

from __future__ import annotations

import io

import attrs
import docx
import pypdf
import pytest

import socialstrategy as ss
from socialstrategy.export import DOCUMENTS, FORMATS, build, export
from socialstrategy.export.docx._properties import PROPERTY_LIMIT
from socialstrategy.files.jsonfile import loads_json
from tests.export.built import TODAY, strategy
from tests.export.rendered import squeeze
from tests.export.test_html import Page


def _long(start: str) -> str:
    """Three hundred characters of words: a renderer may wrap them anywhere."""
    text = start
    while len(text) < 300:
        text += " zorgvuldig"
    return text[:300]


TITLE = _long("Plan")
ORGANISATION = _long("Stichting")


@pytest.fixture(scope="module")
def long_plan() -> ss.Strategy:
    plan = strategy("zorggroep-de-linde")
    return attrs.evolve(
        plan,
        meta=attrs.evolve(plan.meta, title=TITLE, author=_long("Auteur")),
        organisation=attrs.evolve(plan.organisation, name=ORGANISATION),
        goals=tuple(attrs.evolve(g, title=_long(f"Doel {g.id}")) for g in plan.goals),
        channels=tuple(attrs.evolve(c, name=_long(f"Kanaal {c.id}")) for c in plan.channels),
        guidelines=attrs.evolve(plan.guidelines, title=_long("Richtlijn")),
        actions=tuple(attrs.evolve(a, title=_long(f"Actie {a.id}")) for a in plan.actions),
    )


def _text(fmt: str, data: bytes) -> str:
    """What a reader sees, parsed back from the file."""
    if fmt == "md":
        return data.decode("utf-8")
    if fmt == "html":
        return Page(data).all_text
    if fmt == "pdf":
        return "\n".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(data)).pages)
    word = docx.Document(io.BytesIO(data))
    assert len(word.core_properties.title) <= PROPERTY_LIMIT
    paragraphs = [p.text for p in word.paragraphs]
    cells = [cell.text for table in word.tables for row in table.rows for cell in row.cells]
    return "\n".join(paragraphs + cells)


def test_the_long_plan_is_valid(long_plan: ss.Strategy) -> None:
    assert ss.loads(ss.dumps(long_plan)) == long_plan


@pytest.mark.parametrize("fmt", sorted(FORMATS))
@pytest.mark.parametrize("kind", sorted(DOCUMENTS))
def test_every_document_exports_with_its_whole_title(
    long_plan: ss.Strategy, kind: str, fmt: str
) -> None:
    data = export(long_plan, fmt, language="nl", document=kind, today=TODAY)
    shown = squeeze(_text(fmt, data))
    document = build(long_plan, kind, language="nl", today=TODAY)
    assert squeeze(document.title) in shown
    assert squeeze(ORGANISATION) in squeeze(document.title + document.subtitle + shown)
    long_parts = [part for part in (document.title, document.subtitle) if len(part) >= 300]
    assert long_parts, "the document shows none of the long texts"
    for part in long_parts:
        assert squeeze(part) in shown


def test_the_word_properties_are_cut_with_an_ellipsis(long_plan: ss.Strategy) -> None:
    data = export(long_plan, "docx", language="nl", document="report", today=TODAY)
    props = docx.Document(io.BytesIO(data)).core_properties
    assert len(props.title) == PROPERTY_LIMIT
    assert props.title.endswith("…")
    assert TITLE.startswith(props.title[:-1].rstrip())
    assert len(props.author) == PROPERTY_LIMIT


def test_json_export_loads_back(long_plan: ss.Strategy) -> None:
    data = export(long_plan, "json", language="nl", document="report", today=TODAY)
    assert loads_json(data) == long_plan
